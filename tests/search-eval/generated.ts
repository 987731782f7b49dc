/**
 * Evaluation sets generated from the data, so that nobody can tune them by hand (issue 13). `generatedQueries`:
 * - `outside-name`: the official name of every GB/T 4754-2017 class the directory does not list → "not found";
 * - `outside-note`: one activity from the official note of each such class (the first item its ◇ part lists, or its
 *   first sentence) → "not found";
 * - `inside-name`: the official name of every class some category lists as a whole (no `*`) → those categories
 *   in the top three.
 *
 * A note phrase that the directory itself writes word for word (as a name, key product, keyword or alias) is left
 * out: the national table then says two things about it and neither answer would be wrong.
 *
 * `productQueries`: every key product or service a direction lists, in its own wording (`风力发电增速齿轮箱`) → the
 * level-2 categories that list it, in the top three. Older scopes name their products this way.
 */
import type { DirectoryData } from '@sixin/core';
import { loadIndustryNotes, loadIndustryTable } from '@sixin/core/node';
import type { EvalQuery } from './evaluate.ts';

/** Han characters of a phrase, for comparing wording and measuring length. */
const han = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

/** The first activity an official note lists under ◇, cleaned of list markers, sub-lists and brackets. */
export function firstNoteActivity(note: string): string | undefined {
  const includes = note.split(/\n(?=◆)/u)[0];
  const lines = includes.split('\n').map((line) => line.trim());
  const item = lines.find((line) => line.startsWith('—'));
  let phrase: string;
  if (item) {
    phrase = item.replace(/^—\s*/u, '').split(/[：:]/u)[0];
  } else {
    const sentence = (lines[0] ?? '').replace(/^◇\s*/u, '').split(/[；;。，,]/u)[0];
    phrase = sentence.replace(/^(?:指|包括|主要包括)(?:对|下列)?/u, '');
  }
  phrase = phrase
    .replace(/[（(][^）)]*[）)]/gu, '')
    .replace(/(?:等|等等|活动)$/u, '')
    .trim();
  const length = han(phrase).length;
  if (length < 3 || length > 16 || /下列|^其他|^其它|未列明/u.test(phrase)) return undefined;
  return phrase;
}

export function generatedQueries(directory: DirectoryData): EvalQuery[] {
  const table = loadIndustryTable();
  const notes = loadIndustryNotes();
  const level2Of = level2Lookup(directory);
  const wholly = new Map<string, Set<string>>();
  const listed = new Set<string>();
  const directoryWords = new Set<string>();
  for (const c of directory.categories) {
    directoryWords.add(han(c.name));
    for (const word of [...c.keywords, ...c.aliases]) directoryWords.add(han(word));
    for (const group of c.products) for (const item of group.items) directoryWords.add(han(item));
    for (const ref of c.industries) {
      listed.add(ref.code);
      if (ref.partial) continue;
      const code = level2Of(c.id);
      if (!code) continue;
      const set = wholly.get(ref.code) ?? new Set<string>();
      set.add(code);
      wholly.set(ref.code, set);
    }
  }

  const out: EvalQuery[] = [];
  for (const entry of table.entries.values()) {
    if (entry.level !== 'class') continue;
    if (!listed.has(entry.code)) {
      out.push({
        q: entry.name,
        expect: [],
        kind: 'outside-name',
        why: `GB/T ${entry.code} ${entry.name}, not listed`,
      });
      const phrase = firstNoteActivity(notes.get(entry.code) ?? '');
      if (phrase && han(phrase) !== han(entry.name) && !directoryWords.has(han(phrase))) {
        out.push({
          q: phrase,
          expect: [],
          kind: 'outside-note',
          why: `note of GB/T ${entry.code} ${entry.name}, not listed`,
        });
      }
    } else if (wholly.has(entry.code)) {
      const expect = [...wholly.get(entry.code)!].sort();
      out.push({
        q: entry.name,
        expect,
        kind: 'inside-name',
        why: `GB/T ${entry.code} listed as a whole by ${expect.join(', ')}`,
      });
    }
  }
  return out;
}

/** The level-2 code of a category, following its parents. */
function level2Lookup(directory: DirectoryData): (id: string) => string | undefined {
  const byId = new Map(directory.categories.map((c) => [c.id, c]));
  return (id) => {
    let category = byId.get(id);
    while (category && category.level > 2) category = category.parent ? byId.get(category.parent) : undefined;
    return category?.level === 2 ? (category.code ?? undefined) : undefined;
  };
}

export function productQueries(directory: DirectoryData): EvalQuery[] {
  const level2Of = level2Lookup(directory);
  const listedBy = new Map<string, { expect: Set<string>; classes: Set<string> }>();
  for (const c of directory.categories) {
    const code = level2Of(c.id);
    if (!code) continue;
    for (const group of c.products)
      for (const item of group.items) {
        const entry = listedBy.get(item) ?? { expect: new Set<string>(), classes: new Set<string>() };
        entry.expect.add(code);
        entry.classes.add(group.industry);
        listedBy.set(item, entry);
      }
  }
  return [...listedBy].map(([item, { expect, classes }]) => ({
    q: item,
    expect: [...expect].sort(),
    kind: 'inside-product' as const,
    why: `key product of GB/T ${[...classes].join(', ')} listed by ${[...expect].sort().join(', ')}`,
  }));
}
