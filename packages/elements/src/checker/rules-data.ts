import {
  CLAUSE_ID,
  END,
  MEASURE_KINDS,
  MEASURE_STATUSES as STATUSES,
  RULE_ID,
  RULE_LABELS as LABELS,
  type Localized,
  type RulesData,
  type Sentence,
} from '@sixin/core/rules';
import { DataError, own } from '../shared/directory.js';
import type { RulesFieldKind } from '../shared/strings.js';

const KINDS = new Set<string>(MEASURE_KINDS);

/** Checks a value found at `path` and returns a copy of it made of checked parts only. */
type Check<T = unknown> = (value: unknown, path: string) => T;
type Known = { has(id: string): boolean };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Reports the first problem: where in rules.json, and what belongs there. */
function fail(path: string, expected: RulesFieldKind): never {
  throw new DataError({ code: 'rules-invalid', params: { path, expected } });
}

// Small checks that compose into the shape of the file; each knows what it expects, the caller says where. Each
// returns a fresh copy holding only what it checked, read from the data's own properties: a field that the data
// lacks is never taken from a prototype that the host page changed, and nothing unchecked reaches the engine.
const text: Check<string> = (v, p) => (isText(v) ? v : fail(p, 'text'));
const pattern =
  (re: RegExp): Check<string> =>
  (v, p) =>
    typeof v === 'string' && re.test(v) ? v : fail(p, 'id');
const ruleId = pattern(RULE_ID);
const localized: Check<Localized> = (v, p) => {
  const zh = isObject(v) ? own(v, 'zh-CN') : undefined;
  const en = isObject(v) ? own(v, 'en') : undefined;
  return isText(zh) && isText(en) ? { 'zh-CN': zh, en } : fail(p, 'localized');
};
const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, p) =>
    v === undefined ? undefined : check(v, p);
const oneOf =
  (known: () => Known, kind: RulesFieldKind): Check<string> =>
  (v, p) =>
    typeof v === 'string' && known().has(v) ? v : fail(p, kind);
/** A list; an item with a well-formed id is named by it (`questions.prior-permit` reads better than `questions[11]`). */
const list =
  <T>(each: Check<T>): Check<T[]> =>
  (v, p) => {
    if (!Array.isArray(v)) fail(p, 'list');
    return Array.from(v, (item: unknown, i) => {
      const id = isObject(item) ? own(item, 'id') : undefined;
      return each(item, typeof id === 'string' && RULE_ID.test(id) ? `${p}.${id}` : `${p}[${i}]`);
    });
  };
/** An object with these fields, checked in this order; `also` runs on the copy once they are all fine. */
const object =
  <T>(fields: Record<string, Check>, also?: (o: T, p: string) => void): Check<T> =>
  (v, p) => {
    if (!isObject(v)) fail(p, 'object');
    const copy: Record<string, unknown> = {};
    // Every field is an own property of the copy, even when undefined, so that reading it never reaches a prototype.
    for (const [key, check] of Object.entries(fields)) copy[key] = check(own(v, key), join(p, key));
    also?.(copy as T, p);
    return copy as T;
  };
/** Ids in a list that must each appear once; returns them. */
const uniqueIds = (items: Array<{ id: string }>, path: string): Set<string> => {
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) fail(`${path}.${item.id}`, 'unique');
    ids.add(item.id);
  }
  return ids;
};

/**
 * Checks that `value` is the `rules.json` that `sixin export` writes (format 1) and returns a checked copy: every
 * field the checker reads has the right type, every id has the form of an id, and every id it follows exists (the
 * first question, each `next`, the options that rules and searches name, contacts, terms, cited clauses, the sources
 * of explanations outside the policy), and the questions never loop. Throws a {@link DataError} naming the first
 * problem by its place in the file; never returns data that could crash the element or give a wrong result.
 */
export function parseRules(value: unknown): RulesData {
  if (!isObject(value) || !Array.isArray(own(value, 'questions')) || !Array.isArray(own(value, 'measures'))) {
    throw new DataError({ code: 'not-rules', params: {} });
  }
  if (own(value, 'schemaVersion') !== 1) {
    throw new DataError({ code: 'rules-version', params: { version: String(own(value, 'schemaVersion')) } });
  }
  let contacts: Known, terms: Known, clauses: Known, sources: Known;
  const options = new Map<string, Set<string>>();
  const termList = list(oneOf(() => terms, 'term'));
  const clauseList = list(oneOf(() => clauses, 'clause'));
  // A sentence is localized text; one explaining something outside the policy names a known source.
  const sentence: Check<Sentence> = (v, p) => {
    const words: Sentence = localized(v, p);
    const outside = optional(oneOf(() => sources, 'source'))(
      own(v as Record<string, unknown>, 'outside'),
      join(p, 'outside'),
    );
    if (outside !== undefined) words.outside = outside;
    return words;
  };
  const sentences = list(sentence);

  type Question = RulesData['questions'][number];
  const question = object<Question>(
    {
      id: ruleId,
      title: localized,
      help: optional(sentences),
      licensedNote: optional(localized),
      terms: termList,
      options: list(object({ id: ruleId, label: localized, hint: optional(localized), next: text })),
      suggestedBySearch: optional(text),
    },
    (q, p) => {
      if (options.has(q.id)) fail(p, 'unique');
      const optionIds = uniqueIds(q.options, `${p}.options`);
      if (optionIds.size < 2) fail(`${p}.options`, 'options');
      options.set(q.id, optionIds);
      optional(oneOf(() => optionIds, 'option'))(q.suggestedBySearch, `${p}.suggestedBySearch`);
    },
  );
  const when: Check<Record<string, string[]>> = (v, p) => {
    if (!isObject(v)) fail(p, 'object');
    const copy: Record<string, string[]> = {};
    for (const [id, chosen] of Object.entries(v)) {
      const known = options.get(id) ?? fail(`${p}.${id}`, 'question');
      copy[id] = list(oneOf(() => known, 'option'))(chosen, `${p}.${id}`);
    }
    return copy;
  };
  const rule = object({
    when,
    licensed: optional((v, p) => (typeof v === 'boolean' ? v : fail(p, 'boolean'))),
    status: oneOf(() => new Set<string>(STATUSES), 'status'),
    reason: sentences,
    cites: clauseList,
    contacts: list(oneOf(() => contacts, 'contact')),
    bring: sentences,
    nextSteps: sentences,
  });
  const measure = object<{ rules: unknown[] }>(
    {
      id: ruleId,
      title: localized,
      summary: sentences,
      kind: oneOf(() => KINDS, 'measure-kind'),
      cites: clauseList,
      terms: termList,
      rules: list(rule),
    },
    (m, p) => m.rules.length > 0 || fail(`${p}.rules`, 'outcome'),
  );
  const localizedEach = (keys: readonly string[]) => object(Object.fromEntries(keys.map((key) => [key, localized])));
  const idsOf = (items: Array<{ id: string }>) => new Set(items.map((item) => item.id));

  const cited = object<Pick<RulesData, 'sources' | 'clauses'>>({
    sources: list(object({ id: ruleId, name: localized })),
    clauses: list(object({ id: pattern(CLAUSE_ID), title: text, document: ruleId })),
  })(value, '');
  sources = idsOf(cited.sources);
  clauses = idsOf(cited.clauses);
  const shared = object<Pick<RulesData, 'contacts' | 'glossary'>>({
    contacts: list(object({ id: ruleId, name: localized, note: optional(sentences) })),
    glossary: list(object({ id: ruleId, term: localized, definition: sentences })),
  })(value, '');
  contacts = idsOf(shared.contacts);
  terms = idsOf(shared.glossary);
  const questions = list(question)(own(value, 'questions'), 'questions');
  const start = oneOf(() => options, 'question')(own(value, 'start'), 'start');
  const questionIds = new Set([...options.keys(), END]);
  for (const q of questions)
    for (const o of q.options) oneOf(() => questionIds, 'next')(o.next, `questions.${q.id}.options.${o.id}.next`);
  findLoop(questions);
  const rest = object<Pick<RulesData, 'measures' | 'expectations' | 'statuses' | 'labels' | 'disclaimer'>>({
    measures: list(measure),
    expectations: object({
      title: localized,
      intro: sentences,
      items: list(object({ id: ruleId, title: localized, cites: clauseList, text: sentences })),
    }),
    statuses: localizedEach(STATUSES),
    labels: localizedEach(LABELS),
    disclaimer: localized,
  })(value, '');
  return { schemaVersion: 1, start, questions, ...cited, ...shared, ...rest };
}

/**
 * Fails when following `next` from some question comes back to it: the checker would ask forever. Walks with a
 * list of its own rather than by recursion, so that a chain of thousands of questions cannot overflow the stack.
 */
function findLoop(questions: Array<{ id: string; options: Array<{ next: string }> }>): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const done = new Set<string>();
  for (const first of questions) {
    // The questions being followed, from `first`, and for each the index of its next option to follow.
    const trail: string[] = [];
    const place = new Map<string, number>();
    const nextOption: number[] = [];
    const enter = (id: string) => {
      if (id === END || done.has(id)) return;
      const at = place.get(id);
      if (at !== undefined) {
        const loop = [...trail.slice(at), id];
        const shown = loop.length > 8 ? [...loop.slice(0, 4), '…', ...loop.slice(-3)] : loop;
        fail(`questions: ${shown.join(' → ')}`, 'no-loop');
      }
      place.set(id, trail.length);
      trail.push(id);
      nextOption.push(0);
    };
    enter(first.id);
    while (trail.length) {
      const top = trail.length - 1;
      const id = trail[top]!;
      const option = byId.get(id)!.options[nextOption[top]!];
      if (option) {
        nextOption[top]!++;
        enter(option.next);
      } else {
        trail.pop();
        nextOption.pop();
        place.delete(id);
        done.add(id);
      }
    }
  }
}
