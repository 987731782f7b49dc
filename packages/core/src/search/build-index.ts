/**
 * Builds the search index from validated content. Build time only (Node): it computes pinyin with pinyin-pro, which
 * is far too large to ship to browsers. The browser-side engine (`createSearcher`) reads the JSON this produces.
 */
import { pinyin } from 'pinyin-pro';
import type { Category, DirectoryData } from '../model/types.js';
import type { IndustryTable } from '../reference/industries.js';
import { loadContentOrThrow, loadIndustryNotes, loadIndustryTable } from '../node/load.js';
import { revisionStamp } from '../node/revisions.js';
import {
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  type IndexCategory,
  type IndexIndustry,
  type IndexTerm,
  type SearchIndex,
  type TermSourceCode,
} from './index-format.js';
import { activitiesOf, finalActivityWord, isActivityWord, onlyTrades } from './activity.js';
import { assertSearchIndex } from './index-format.js';
import { collectWords, contentRuns, hasContent } from './lexicon.js';
import { ClauseMatcher } from './match.js';
import { prepareIndex } from './prepare.js';
import { placeClause } from './results.js';
import { TUNING } from './tuning.js';
import type { SearchClause } from './types.js';
import { normalizeText } from './normalize.js';

export interface BuildSearchIndexInput {
  directory: DirectoryData;
  /** The GB/T 4754-2017 table, so that any typed code can be named (`loadIndustryTable()`). */
  industries: IndustryTable;
  /** Official notes per GB/T 4754-2017 code (`loadIndustryNotes()`); their ◇ parts become vocabulary. */
  notes: ReadonlyMap<string, string>;
}

/** Longest vocabulary phrase taken from notes and product lists; longer ones are descriptions, not names. */
const MAX_PHRASE = 24;

/** Sources whose terms carry pinyin: names people might type in pinyin. */
const PINYIN_SOURCES = new Set<TermSourceCode>(['n', 'd', 'i', 'k', 'a']);

function pinyinKey(text: string): string | undefined {
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  if (han.length < 2) return undefined;
  const full = pinyin(han, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
  const initials = pinyin(han, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
  return `${full}|${initials}`;
}

/** Cleans one phrase of the vocabulary: normalised, without list markers, trailing `等` or stray punctuation. */
function cleanPhrase(text: string): string {
  return normalizeText(text)
    .replace(/^[—\-–·•◇◆\s]+/u, '')
    .replace(/^(?:指|包括|主要包括|还包括|以及|如|例如)/u, '')
    .replace(/(?:等|等等|及其他|和其他)$/u, '')
    .replace(/^[\s,、:;.。]+|[\s,、:;.。]+$/gu, '')
    .trim();
}

/** A listed name that means something without its neighbours (`相关纺织品` does not: it leans on `旧服装`). */
function standsAlone(phrase: string): boolean {
  return Array.from(phrase).length >= 4 && hasContent(phrase) && !/^(?:相关|其他|其它|有关)/u.test(phrase);
}

/**
 * `网络安全认证、检测服务`: a piece that only says what is done is done to the thing of the piece before it
 * (网络安全检测服务), not to anything at all.
 */
function withSharedThing(names: string[]): string[] {
  const out = [...names];
  for (let i = 1; i < out.length; i++) {
    const runs = contentRuns(out[i]);
    if (!runs.every((run) => isActivityWord(run)) || !activitiesOf(out[i])) continue;
    const activity = finalActivityWord(out[i - 1]);
    if (activity) out[i] = out[i - 1].slice(0, -activity.length) + out[i];
  }
  return out;
}

function usable(phrase: string): boolean {
  const length = Array.from(phrase).length;
  return length >= 2 && length <= MAX_PHRASE && /[\p{Script=Han}a-z]/u.test(phrase);
}

/**
 * `质量、安全和环境等检验检测服务`: short words listed before 等 each say what the thing after it is about, so the line
 * names 质量检验检测服务, 安全检验检测服务 and 环境检验检测服务 too.
 */
function kindsBeforeEtc(line: string): string[] {
  const m = /^([^等]+)等([^等]+)$/u.exec(line);
  if (!m || !hasContent(m[2])) return [];
  const words = m[1].split(/[、和及与]/u).map(cleanPhrase);
  if (words.length < 2 || !words.every((word) => /^\p{Script=Han}{2,4}$/u.test(word))) return [];
  return words.map((word) => word + m[2]);
}

/**
 * The names in one product line: `数据存储、备份服务` stays whole; `动漫及衍生产品设计服务：A、B` gives its head and
 * each listed item; a parenthesised explanation is left out, except a short Latin name such as `（SaaS）`.
 */
export function productPhrases(item: string): string[] {
  const text = normalizeText(item);
  const out: string[] = [];
  const latinNames = [...text.matchAll(/\(([^()]{2,16})\)/gu)]
    .map((m) => m[1].trim())
    .filter((inner) => /^[a-z0-9][a-z0-9 .+\-/&]*$/u.test(inner) && /[a-z]/u.test(inner));
  // `氧化物纳米粉体原料（氧化锌纳米粉体、氧化硅纳米粉体…）`, `（壳聚糖纤维、海藻酸盐纤维）`: a bracketed list of kinds of one
  // thing (every item ends in the same word) names products people write on their own. Brackets that explain, list
  // uses or standards (`（用于航空航天、体育用品…）`, `（第三方检验、认证认可…）`) have no such shared head.
  const kinds = [...text.matchAll(/\((?:如|例如|包括|含)?([^()]*、[^()]*)\)/gu)].flatMap((m) => {
    const items = m[1].replace(/等$/u, '').split('、').map(cleanPhrase);
    const head = Array.from(items[0]).slice(-2).join('');
    return /^\p{Script=Han}{2}$/u.test(head) &&
      hasContent(head) &&
      items.every((item) => item.endsWith(head) && standsAlone(item) && !/[,;]/u.test(item))
      ? items
      : [];
  });
  let main = text;
  // Remove nested parentheses from the inside out.
  for (let guard = 0; guard < 5 && /\([^()]*\)/u.test(main); guard++) main = main.replace(/\([^()]*\)/gu, '');
  main = main.replace(/[()]/gu, '');
  const [head, list] = main.split(/:(.*)/su);
  const first = head.split(/[,;。]/u)[0];
  out.push(cleanPhrase(first));
  if (list) for (const piece of list.split(/[、,;。]/u)) out.push(cleanPhrase(piece));
  out.push(...latinNames, ...kinds, ...kindsBeforeEtc(first));
  return out.filter(usable);
}

/**
 * The vocabulary in a GB/T 4754-2017 note: the ◇ (includes) part only — the ◆ part lists what the class does NOT
 * include — split into the activities it names.
 */
export function notePhrases(note: string): string[] {
  const out: string[] = [];
  for (const rawLine of note.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('◆')) break;
    let body = line.replace(/^[◇—\-–\s]+/u, '');
    if (!body) continue;
    body = normalizeText(body);
    // `航空喷洒/撒飞行（农业植保、人工降水、城市消防、航空护林等）`: a bracketed list of examples names activities the
    // class includes, each of which stands alone; an exclusion (`（不含…）`) does not.
    for (const [, inner] of body.matchAll(/\(([^()]*)\)/gu)) {
      if (!/、/u.test(inner) || /^(?:不|除|非)|列入/u.test(inner)) continue;
      for (const item of inner
        .replace(/^(?:含|包括|如|例如|即)/u, '')
        .split('、')
        .map(cleanPhrase))
        if (standsAlone(item) && usable(item)) out.push(item);
    }
    for (let guard = 0; guard < 5 && /\([^()]*\)/u.test(body); guard++) body = body.replace(/\([^()]*\)/gu, '');
    body = body.replace(/[()]/gu, '');
    const [head, list] = body.split(/:(.*)/su);
    const heading = list ? headingShape(head) : undefined;
    // After "head：" the listed items are kinds of the head and stand alone. Elsewhere `、` may share one head
    // (`传输、覆盖、接收系统的设计、安装、调试、测试等服务`): a piece is cut there only if every part stands alone.
    const take = (piece: string, listItem: boolean) => {
      // "包括下列软件开发活动" introduces a list; it is not itself an activity.
      if (/下列|^本(?:门类|大类|中类|小类)|列入|^指$/u.test(piece.trim())) return;
      // "…，包括通用软件、工业软件、行业软件等" inside a sentence: what follows 包括 is the list.
      const text = piece.replace(/^.*?(?:包括|如)/u, '');
      // `室内外跳伞、滑翔伞、动力伞…等体育航空器材运动的器材…制造`: the items before 等 are named examples of what the
      // class makes, each a name of its own however short.
      const examples = /^([^等]+、[^等]+)等/u.exec(text)?.[1];
      if (examples)
        for (const item of examples.split('、').map(cleanPhrase))
          if (Array.from(item).length >= 3 && hasContent(item) && usable(item)) out.push(item);
      const names = withSharedThing(text.split('、').map(cleanPhrase));
      for (const phrase of listItem || names.every(standsAlone) ? names : [cleanPhrase(text)])
        if (usable(phrase)) out.push(phrase);
    };
    for (const piece of head.split(/[,;。]/u)) take(piece, false);
    if (list)
      for (const item of list.split(/[、,;。]/u)) {
        // `农药、化肥检验服务：农药、…`: an item that is neither a kind of the heading's thing nor says what is done
        // names what the heading does something to (农药检验服务), not a thing the class makes.
        const named = cleanPhrase(item);
        // Things a trade heading lists (`通讯设备批发：手机…`) are what is sold: they stay as they are.
        const bare =
          heading &&
          !onlyTrades(activitiesOf(heading.activity)) &&
          named &&
          !activitiesOf(named) &&
          !named.endsWith(heading.thing);
        take(bare ? named + heading.activity : item, true);
      }
  }
  return [...new Set(out)];
}

/**
 * What a note's heading names and does, from its last part (`农药、化肥检验服务` → 化肥, 检验服务; `软件开发` → 软件,
 * 开发); undefined when it says nothing is done.
 */
function headingShape(head: string): { thing: string; activity: string } | undefined {
  const last = Array.from(cleanPhrase(head.split('、').pop() ?? ''));
  for (let i = 1; i < last.length; i++)
    for (let length = 2; length <= 4 && i + length <= last.length; length++)
      if (isActivityWord(last.slice(i, i + length).join('')))
        return { thing: last.slice(Math.max(0, i - 2), i).join(''), activity: last.slice(i).join('') };
  return undefined;
}

/**
 * The kinds an official note lists under a heading, by heading: `— 集成实施服务：主机系统集成、网络系统集成、…` gives
 * 集成实施服务 → [主机系统集成, 网络系统集成, …]. A category that lists a class only in part names its part by key
 * products; when a product is such a heading, the kinds listed under it are that product too.
 */
export function noteKinds(note: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rawLine of note.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('◆')) break;
    if (!/^[—\-–]/u.test(line)) continue;
    const body = normalizeText(line.replace(/^[—\-–\s]+/u, ''));
    const [head, list] = body.split(/:(.*)/su);
    if (!list) continue;
    const name = productPhrases(head)[0];
    // A kind that writes the heading out whole (`初级形状丁基橡胶` under 丁基橡胶) adds only a qualifier, which the
    // heading matches anyway and which would let other qualifiers (`初级形状再生橡胶`, outside) match it. A Latin
    // abbreviation alone (`PLC` of a PLC programming tool) names more than the kind.
    const kinds = productPhrases(`${head}:${list}`)
      .slice(1)
      .filter((kind) => /\p{Script=Han}/u.test(kind) && (!name || !kind.includes(name)));
    if (name && kinds.length) out.set(name, kinds);
  }
  return out;
}

/**
 * Where the official notes send an activity that a class does not include: `— 城市生活污水治理和污水处理厂的活动，
 * 列入4620（污水处理及其再生利用）` gives `城市生活污水治理和污水处理厂` → 4620. The classification's authors wrote these
 * lines to tell neighbouring classes apart, which is exactly what matching needs.
 */
export function noteReferences(note: string): Array<{ phrase: string; code: string }> {
  const out: Array<{ phrase: string; code: string }> = [];
  let excluding = false;
  for (const rawLine of note.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('◆')) excluding = true;
    if (!excluding) continue;
    const m = /^[—\-–]\s*(.+?)[,，]\s*列入(\d{4})\s*[(（]/u.exec(line);
    if (!m || /分别/u.test(line)) continue;
    let body = normalizeText(m[1]);
    for (let guard = 0; guard < 5 && /\([^()]*\)/u.test(body); guard++) body = body.replace(/\([^()]*\)/gu, '');
    const phrase = cleanPhrase(body.replace(/[()]/gu, '').replace(/的?活动$/u, ''));
    if (usable(phrase)) out.push({ phrase, code: m[2] });
  }
  return out;
}

/**
 * Builds the compact search index (see `SearchIndex`) from the directory, the GB/T table and its notes:
 * 1. the directory's vocabulary: category and direction names, class names, the notes of classes listed as a whole,
 *    key products, editors' keywords and aliases;
 * 2. the pinyin of every word that vocabulary uses, so full pinyin of any of them can be typed;
 * 3. from the official notes of the classes the directory does not list (or lists only in part), every phrase that
 *    the directory's vocabulary alone would take for one of its categories: searched as they are, these phrases
 *    would be false answers; in the index they place such a clause in its own class, outside the directory.
 *    Phrases the directory's vocabulary does not answer anyway are left out: they change no result.
 */
export function buildSearchIndex(input: BuildSearchIndexInput): SearchIndex {
  const inside = directoryIndex(input);
  const outside = competingNotePhrases(input, inside);
  return { ...inside, terms: [...inside.terms, ...outside] };
}

/** The directory's own vocabulary (steps 1 and 2 of `buildSearchIndex`). */
function directoryIndex({ directory, industries, notes }: BuildSearchIndexInput): SearchIndex {
  const categoryIndex = new Map<string, number>();
  directory.categories.forEach((c, i) => categoryIndex.set(c.id, i));
  const categories: IndexCategory[] = directory.categories.map((c) => [
    c.id,
    c.code ?? '',
    c.name,
    c.parent === null ? -1 : categoryIndex.get(c.parent)!,
    c.status === 'inferred' ? 1 : 0,
  ]);

  // Which categories list each class, and whether as partial.
  const listing = new Map<string, number[]>();
  const wholeSomewhere = new Set<string>();
  for (const c of directory.categories) {
    for (const ref of c.industries) {
      const i = categoryIndex.get(c.id)!;
      const list = listing.get(ref.code) ?? [];
      list.push(ref.partial ? -(i + 1) : i);
      listing.set(ref.code, list);
      if (!ref.partial) wholeSomewhere.add(ref.code);
    }
  }
  const gb: IndexIndustry[] = [];
  const sections: Record<string, string[]> = {};
  for (const entry of industries.entries.values()) {
    if (entry.level === 'division' && entry.parent) (sections[entry.parent] ??= []).push(entry.code);
    const list = listing.get(entry.code);
    gb.push(list ? [entry.code, entry.name, list] : [entry.code, entry.name]);
  }

  // Terms, merged by (text, source, industry) so a phrase listed under several categories is stored once.
  const terms = new Map<string, { text: string; source: TermSourceCode; categories: Set<number>; industry: string }>();
  const add = (text: string, source: TermSourceCode, category: number | undefined, industry = '') => {
    const phrase = source === 'p' || source === 'o' ? text : cleanPhrase(text);
    if (!phrase) return;
    const key = `${source}\u0000${industry}\u0000${phrase}`;
    let term = terms.get(key);
    if (!term) {
      term = { text: phrase, source, categories: new Set(), industry };
      terms.set(key, term);
    }
    if (category !== undefined) term.categories.add(category);
  };

  const addEditorsWords = (c: Category, i: number) => {
    for (const k of c.keywords) add(k, 'k', i);
    for (const a of c.aliases) add(a, 'a', i);
  };
  for (const c of directory.categories) {
    const i = categoryIndex.get(c.id)!;
    if (c.level === 2) {
      add(c.name, 'n', i);
      addEditorsWords(c, i);
    } else if (c.level === 3) {
      add(c.name, 'd', i);
      addEditorsWords(c, i);
      for (const group of c.products) {
        const kinds = wholeSomewhere.has(group.industry) ? undefined : noteKinds(notes.get(group.industry) ?? '');
        for (const item of group.items)
          for (const phrase of productPhrases(item)) {
            add(phrase, 'p', i, group.industry);
            for (const kind of kinds?.get(phrase) ?? []) add(kind, 'p', i, group.industry);
          }
      }
    } else {
      // Level-1 names are too broad to decide a level-2 category; their keywords still count for every child.
      for (const childId of c.children) addEditorsWords(c, categoryIndex.get(childId)!);
    }
  }
  for (const code of [...listing.keys()].sort()) {
    add(industries.get(code)?.name ?? directory.industries[code]?.name ?? code, 'i', undefined, code);
    if (!wholeSomewhere.has(code)) continue;
    // Notes describe the whole class: they are vocabulary only where the whole class belongs to a category.
    for (const phrase of notePhrases(notes.get(code) ?? '')) add(phrase, 'o', undefined, code);
  }
  // What other classes' notes send to a class the directory lists as a whole speaks for that class too.
  for (const note of [...notes.keys()].sort()) {
    for (const { phrase, code } of noteReferences(notes.get(note) ?? ''))
      if (wholeSomewhere.has(code)) add(phrase, 'o', undefined, code);
  }

  // `塑性体改性沥青防水卷材（APP）`: a Latin name alone is the product's, unless the editors' words of another category
  // use it for something else (`APP开发`, 1.3): then people mean that, and the product's own name still finds it.
  const editorsLatin = new Map<string, Set<number>>();
  for (const t of terms.values()) {
    if (t.source !== 'k' && t.source !== 'a') continue;
    for (const word of t.text.match(/[a-z][a-z0-9]*/gu) ?? []) {
      const set = editorsLatin.get(word) ?? new Set<number>();
      for (const c of t.categories) set.add(c);
      editorsLatin.set(word, set);
    }
  }
  for (const [key, t] of terms) {
    if (t.source !== 'p' || !/^[a-z][a-z0-9]*$/u.test(t.text)) continue;
    const users = [...(editorsLatin.get(t.text) ?? [])];
    if (users.length && users.every((c) => !t.categories.has(c))) terms.delete(key);
  }

  const out: IndexTerm[] = [];
  for (const t of terms.values()) {
    const cats = [...t.categories].sort((a, b) => a - b);
    const py = PINYIN_SOURCES.has(t.source) ? pinyinKey(t.text) : undefined;
    if (py) out.push([t.text, t.source, cats, t.industry, py]);
    else if (t.industry) out.push([t.text, t.source, cats, t.industry]);
    else if (cats.length) out.push([t.text, t.source, cats]);
    else out.push([t.text, t.source]);
  }
  return {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    categories,
    industries: gb,
    sections,
    terms: out,
    pinyinWords: pinyinWords(out),
  };
}

/**
 * `pinyin word,…` for every word of two to four Han characters the vocabulary writes on its own (the words the
 * engine cuts text into), the most used word for each pinyin.
 */
function pinyinWords(terms: IndexTerm[]): string {
  const runs = terms.filter((t) => t[1] !== 'x').map((t) => contentRuns(t[0]));
  // The words the engine cuts text into, and whole content runs of three or four characters that several terms write
  // (`物联网`, which the cutter reads as 物|联网).
  const words = collectWords(runs);
  const runUses = new Map<string, number>();
  for (const textRuns of runs)
    for (const run of new Set(textRuns))
      if (/^\p{Script=Han}{3,4}$/u.test(run)) runUses.set(run, (runUses.get(run) ?? 0) + 1);
  for (const [run, count] of runUses) if (count >= 2) words.add(run);
  const uses = new Map<string, number>();
  for (const textRuns of runs) {
    const seen = new Set<string>();
    for (const run of textRuns) {
      const chars = Array.from(run);
      for (let i = 0; i < chars.length; i++) {
        for (let len = 2; len <= 4 && i + len <= chars.length; len++) {
          const word = chars.slice(i, i + len).join('');
          if (words.has(word) && !seen.has(word)) {
            seen.add(word);
            uses.set(word, (uses.get(word) ?? 0) + 1);
          }
        }
      }
    }
  }
  const best = new Map<string, { word: string; uses: number }>();
  for (const [word, count] of uses) {
    if (!/^\p{Script=Han}{2,4}$/u.test(word)) continue;
    const key = pinyin(word, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
    if (!/^[a-z]+$/u.test(key)) continue;
    const current = best.get(key);
    if (!current || count > current.uses || (count === current.uses && word < current.word))
      best.set(key, { word, uses: count });
  }
  return [...best]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { word }]) => `${key} ${word}`)
    .join(',');
}

/** Step 3 of `buildSearchIndex`: the note phrases of classes outside the directory that compete with it. */
function competingNotePhrases(
  { directory, industries, notes }: BuildSearchIndexInput,
  inside: SearchIndex,
): IndexTerm[] {
  const listed = new Set<string>();
  for (const c of directory.categories) for (const ref of c.industries) listed.add(ref.code);
  const candidates: Array<{ phrase: string; code: string }> = [];
  for (const entry of industries.entries.values()) {
    if (entry.level !== 'class' || listed.has(entry.code)) continue;
    for (const phrase of notePhrases(notes.get(entry.code) ?? '')) candidates.push({ phrase, code: entry.code });
  }
  for (const note of [...notes.keys()].sort()) {
    for (const ref of noteReferences(notes.get(note) ?? ''))
      if (!listed.has(ref.code) && industries.get(ref.code)?.level === 'class') candidates.push(ref);
  }
  const insideTexts = new Set(inside.terms.map((t) => t[0]));
  assertSearchIndex(inside);
  const prepared = prepareIndex(inside);
  const matcher = new ClauseMatcher(prepared);
  // Whether the directory's vocabulary alone would answer the phrase with a category: its best evidence reaches the
  // reporting score and no class outside (by name) places it better. One clause, no typo correction: what the
  // phrase says as written.
  const answers = new Map<string, boolean>();
  const wouldAnswer = (phrase: string): boolean => {
    let known = answers.get(phrase);
    if (known === undefined) {
      const matches = matcher.match(phrase, 0);
      const shell: SearchClause = { text: phrase, licensed: false, qualifiers: [], generic: false, matches: [] };
      known = placeClause(prepared, shell, matches).some((e) => e.score >= TUNING.reportScore);
      answers.set(phrase, known);
    }
    return known;
  };
  const out: IndexTerm[] = [];
  const seen = new Set<string>();
  for (const { phrase, code } of candidates) {
    const key = `${code}\u0000${phrase}`;
    if (seen.has(key) || insideTexts.has(phrase)) continue;
    seen.add(key);
    if (wouldAnswer(phrase)) out.push([phrase, 'x', [], code]);
  }
  return out;
}

/**
 * Reads and validates `content/`, then builds its search index with the GB/T 4754-2017 table and notes shipped in
 * the package. Throws a `ContentError` listing every problem when the content is not valid.
 */
export function buildSearchIndexFromContent(contentDir = 'content', options: { cwd?: string } = {}): SearchIndex {
  const { directory, history } = loadContentOrThrow(contentDir, options);
  const index = buildSearchIndex({ directory, industries: loadIndustryTable(), notes: loadIndustryNotes() });
  // Stamped like the exported index, so an answer from the content folder names its revision too.
  const revision = history && revisionStamp(history);
  return revision ? { ...index, revision } : index;
}
