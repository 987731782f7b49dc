import type { END as CoreEnd, RulesData } from '@sixin/core';
import { DataError } from '../shared/directory.js';
import type { RulesFieldKind } from '../shared/strings.js';

/** What `next` holds on an option that ends the questions (`END` of @sixin/core). */
const END: typeof CoreEnd = 'end';
const STATUSES = ['applies', 'may-apply', 'does-not-apply'];
const KINDS = new Set(['scope', 'support', 'safeguard']);
const LABELS = ['your-answers', 'result', 'reason', 'because', 'from-search', 'licensed', 'cites', 'contacts', 'confirm-with', 'bring', 'next-steps', 'outside', 'how-it-decides'];

type Check = (value: unknown, path: string) => void;
type Known = { has(id: string): boolean };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Reports the first problem: where in rules.json, and what belongs there. */
function fail(path: string, expected: RulesFieldKind): never {
  throw new DataError({ code: 'rules-invalid', params: { path, expected } });
}

// Small checks that compose into the shape of the file; each knows what it expects, the caller says where.
const text: Check = (v, p) => isText(v) || fail(p, 'text');
const localized: Check = (v, p) => (isObject(v) && isText(v['zh-CN']) && isText(v.en)) || fail(p, 'localized');
const optional = (check: Check): Check => (v, p) => v === undefined || check(v, p);
const oneOf = (known: () => Known, kind: RulesFieldKind): Check => (v, p) => (typeof v === 'string' && known().has(v)) || fail(p, kind);
/** A list; an item with an id is named by it (`questions.prior-permit` reads better than `questions[11]`). */
const list = (each: Check): Check => (v, p) => {
  if (!Array.isArray(v)) fail(p, 'list');
  v.forEach((item, i) => each(item, isObject(item) && isText(item.id) ? `${p}.${item.id}` : `${p}[${i}]`));
};
/** An object with these fields, checked in this order; `also` runs once they are all fine. */
const object = (fields: Record<string, Check>, also?: (o: Record<string, unknown>, p: string) => void): Check => (v, p) => {
  if (!isObject(v)) fail(p, 'object');
  for (const key in fields) fields[key](v[key], join(p, key));
  also?.(v, p);
};
/** Ids in a list that must each appear once; returns them. */
const uniqueIds = (items: unknown, path: string): Set<string> => {
  const ids = new Set<string>();
  for (const item of items as Array<{ id: string }>) {
    if (ids.has(item.id)) fail(`${path}.${item.id}`, 'unique');
    ids.add(item.id);
  }
  return ids;
};

/**
 * Checks that `value` is the `rules.json` that `sixin export` writes (format 1) and returns it typed: every field the
 * checker reads has the right type, and every id it follows exists (the first question, each `next`, the options
 * that rules and searches name, contacts, terms, cited clauses, the sources of explanations outside the policy), and
 * the questions never loop. Throws a
 * {@link DataError} naming the first problem by its place in the file; never returns data that could crash the
 * element or give a wrong result.
 */
export function parseRules(value: unknown): RulesData {
  if (!isObject(value) || !Array.isArray(value.questions) || !Array.isArray(value.measures)) {
    throw new DataError({ code: 'not-rules', params: {} });
  }
  if (value.schemaVersion !== 1) {
    throw new DataError({ code: 'rules-version', params: { version: String(value.schemaVersion) } });
  }
  const ids = (key: string) => new Set((value[key] as Array<{ id: string }>).map((item) => item.id));
  let contacts: Known, terms: Known, clauses: Known, sources: Known;
  const options = new Map<string, Set<string>>();
  const termList = list(oneOf(() => terms, 'term'));
  const clauseList = list(oneOf(() => clauses, 'clause'));
  // A sentence is localized text; one explaining something outside the policy names a known source.
  const sentence: Check = (v, p) => (localized(v, p), optional(oneOf(() => sources, 'source'))((v as Record<string, unknown>).outside, join(p, 'outside')));
  const sentences = list(sentence);

  const question = object(
    {
      id: text,
      title: localized,
      help: optional(sentences),
      licensedNote: optional(localized),
      terms: termList,
      options: list(object({ id: text, label: localized, hint: optional(localized), next: text })),
    },
    (q, p) => {
      if (options.has(q.id as string)) fail(p, 'unique');
      const optionIds = uniqueIds(q.options, `${p}.options`);
      if (optionIds.size < 2) fail(`${p}.options`, 'options');
      options.set(q.id as string, optionIds);
      optional(oneOf(() => optionIds, 'option'))(q.suggestedBySearch, `${p}.suggestedBySearch`);
    },
  );
  const when: Check = (v, p) => {
    if (!isObject(v)) fail(p, 'object');
    for (const [id, chosen] of Object.entries(v)) {
      const known = options.get(id) ?? fail(`${p}.${id}`, 'question');
      list(oneOf(() => known, 'option'))(chosen, `${p}.${id}`);
    }
  };
  const rule = object({
    when,
    licensed: optional((v, p) => typeof v === 'boolean' || fail(p, 'boolean')),
    status: oneOf(() => new Set(STATUSES), 'status'),
    reason: sentences,
    cites: clauseList,
    contacts: list(oneOf(() => contacts, 'contact')),
    bring: sentences,
    nextSteps: sentences,
  });
  const measure = object(
    { id: text, title: localized, summary: sentences, kind: oneOf(() => KINDS, 'measure-kind'), cites: clauseList, terms: termList, rules: list(rule) },
    (m, p) => (m.rules as unknown[]).length > 0 || fail(`${p}.rules`, 'outcome'),
  );
  const localizedEach = (keys: string[]) => object(Object.fromEntries(keys.map((key) => [key, localized])));

  object({
    sources: list(object({ id: text, name: localized })),
    clauses: list(object({ id: text, title: text, document: text })),
  })(value, '');
  sources = ids('sources');
  clauses = ids('clauses');
  object({
    contacts: list(object({ id: text, name: localized, note: optional(sentences) })),
    glossary: list(object({ id: text, term: localized, definition: sentences })),
  })(value, '');
  contacts = ids('contacts');
  terms = ids('glossary');
  list(question)(value.questions, 'questions');
  const questions = value.questions as Array<{ id: string; options: Array<{ id: string; next: string }> }>;
  oneOf(() => options, 'question')(value.start, 'start');
  const questionIds = new Set([...options.keys(), END]);
  for (const q of questions) for (const o of q.options) oneOf(() => questionIds, 'next')(o.next, `questions.${q.id}.options.${o.id}.next`);
  findLoop(questions);
  const expectations = object({ title: localized, intro: sentences, items: list(object({ id: text, title: localized, cites: clauseList, text: sentences })) });
  object({ measures: list(measure), expectations, statuses: localizedEach(STATUSES), labels: localizedEach(LABELS), disclaimer: localized })(value, '');
  return value as unknown as RulesData;
}

/** Fails when following `next` from some question comes back to it: the checker would ask forever. */
function findLoop(questions: Array<{ id: string; options: Array<{ next: string }> }>): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const done = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    if (id === END || done.has(id)) return;
    if (trail.includes(id)) fail(`questions: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`, 'no-loop');
    for (const option of byId.get(id)!.options) visit(option.next, [...trail, id]);
    done.add(id);
  };
  for (const q of questions) visit(q.id, []);
}
