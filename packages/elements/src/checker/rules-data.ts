import type { END as CoreEnd, RulesData } from '@sixin/core';
import { DataError } from '../shared/directory.js';
import type { RulesFieldKind } from '../shared/strings.js';

/** What `next` holds on an option that ends the questions (`END` of @sixin/core). */
const END: typeof CoreEnd = 'end';
const STATUSES = ['applies', 'may-apply', 'does-not-apply'];
const KINDS = new Set(['scope', 'support', 'safeguard']);
const LABELS = ['your-answers', 'result', 'reason', 'because', 'from-search', 'licensed', 'cites', 'contacts', 'confirm-with', 'bring', 'next-steps'];

type Record_ = Record<string, unknown>;
const isObject = (v: unknown): v is Record_ => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reports the first problem: where in rules.json, and what belongs there. */
function fail(path: string, expected: RulesFieldKind): never {
  throw new DataError({ code: 'rules-invalid', params: { path, expected } });
}

function object(value: unknown, path: string): Record_ {
  return isObject(value) ? value : fail(path, 'object');
}
function text(value: unknown, path: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fail(path, 'text');
}
function localized(value: unknown, path: string): void {
  const o = isObject(value) ? value : fail(path, 'localized');
  if (typeof o['zh-CN'] !== 'string' || !o['zh-CN'].trim() || typeof o.en !== 'string' || !o.en.trim()) fail(path, 'localized');
}
function optional(value: unknown, path: string, check: (v: unknown, p: string) => void): void {
  if (value !== undefined) check(value, path);
}
function list(value: unknown, path: string, each: (item: unknown, path: string, index: number) => void): unknown[] {
  if (!Array.isArray(value)) return fail(path, 'list');
  value.forEach((item, index) => each(item, `${path}[${index}]`, index));
  return value;
}
function oneOf(value: unknown, path: string, allowed: { has(id: string): boolean }, kind: RulesFieldKind): void {
  if (typeof value !== 'string' || !allowed.has(value)) fail(path, kind);
}
/** An item's place in a list, by id when it has one: `questions.prior-permit` reads better than `questions[11]`. */
const at = (path: string, item: unknown, index: number) =>
  isObject(item) && typeof item.id === 'string' && item.id ? `${path}.${item.id}` : `${path}[${index}]`;

/**
 * Checks that `value` is the `rules.json` that `sixin export` writes (format 1) and returns it typed: every field the
 * checker reads has the right type, and every id it follows exists (the first question, each `next`, the options
 * that rules and searches name, contacts, terms, cited clauses), and the questions never loop. Throws a
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
  const contacts = new Set<string>();
  list(value.contacts, 'contacts', (item, p, i) => {
    const c = object(item, p);
    contacts.add(text(c.id, `${p}.id`));
    localized(c.name, `${at('contacts', item, i)}.name`);
    optional(c.note, `${at('contacts', item, i)}.note`, localized);
  });
  const terms = new Set<string>();
  list(value.glossary, 'glossary', (item, p, i) => {
    const g = object(item, p);
    terms.add(text(g.id, `${p}.id`));
    localized(g.term, `${at('glossary', item, i)}.term`);
    localized(g.definition, `${at('glossary', item, i)}.definition`);
  });
  const clauses = new Set<string>();
  list(value.clauses, 'clauses', (item, p) => {
    const c = object(item, p);
    clauses.add(text(c.id, `${p}.id`));
    text(c.title, `${p}.title`);
    text(c.document, `${p}.document`);
  });
  const termList = (v: unknown, p: string) => list(v, p, (t, tp) => oneOf(t, tp, terms, 'term'));

  // Questions: shape first, so that the links between them can be followed safely afterwards.
  const options = new Map<string, Set<string>>();
  const questions = value.questions as unknown[];
  list(questions, 'questions', (item, p, i) => {
    const q = object(item, p);
    const id = text(q.id, `${p}.id`);
    const path = at('questions', item, i);
    if (options.has(id)) fail(path, 'unique');
    localized(q.title, `${path}.title`);
    optional(q.help, `${path}.help`, localized);
    optional(q.licensedNote, `${path}.licensedNote`, localized);
    termList(q.terms, `${path}.terms`);
    const ids = new Set<string>();
    list(q.options, `${path}.options`, (option, op, oi) => {
      const o = object(option, op);
      const optionId = text(o.id, `${op}.id`);
      if (ids.has(optionId)) fail(at(`${path}.options`, option, oi), 'unique');
      ids.add(optionId);
      localized(o.label, `${at(`${path}.options`, option, oi)}.label`);
      optional(o.hint, `${at(`${path}.options`, option, oi)}.hint`, localized);
      text(o.next, `${at(`${path}.options`, option, oi)}.next`);
    });
    if (ids.size < 2) fail(`${path}.options`, 'options');
    options.set(id, ids);
    optional(q.answeredBySearch, `${path}.answeredBySearch`, (v, vp) => oneOf(v, vp, ids, 'option'));
  });
  const questionIds = new Set([...options.keys(), END]);
  oneOf(value.start, 'start', options, 'question');
  for (const q of questions as Array<{ id: string; options: Array<{ id: string; next: string }> }>) {
    for (const o of q.options) oneOf(o.next, `questions.${q.id}.options.${o.id}.next`, questionIds, 'next');
  }
  findLoop(questions as Array<{ id: string; options: Array<{ next: string }> }>);

  list(value.measures, 'measures', (item, p, i) => {
    const m = object(item, p);
    text(m.id, `${p}.id`);
    const path = at('measures', item, i);
    localized(m.title, `${path}.title`);
    localized(m.summary, `${path}.summary`);
    oneOf(m.kind, `${path}.kind`, KINDS, 'measure-kind');
    list(m.cites, `${path}.cites`, (c, cp) => oneOf(c, cp, clauses, 'clause'));
    termList(m.terms, `${path}.terms`);
    const rules = list(m.rules, `${path}.rules`, (rule, rp) => {
      const r = object(rule, rp);
      const when = object(r.when, `${rp}.when`);
      for (const [question, chosen] of Object.entries(when)) {
        const known = options.get(question) ?? fail(`${rp}.when.${question}`, 'question');
        list(chosen, `${rp}.when.${question}`, (o, op) => oneOf(o, op, known, 'option'));
      }
      optional(r.licensed, `${rp}.licensed`, (v, vp) => typeof v === 'boolean' || fail(vp, 'boolean'));
      oneOf(r.status, `${rp}.status`, new Set(STATUSES), 'status');
      localized(r.reason, `${rp}.reason`);
      list(r.cites, `${rp}.cites`, (c, cp) => oneOf(c, cp, clauses, 'clause'));
      list(r.contacts, `${rp}.contacts`, (c, cp) => oneOf(c, cp, contacts, 'contact'));
      list(r.bring, `${rp}.bring`, localized);
      list(r.nextSteps, `${rp}.nextSteps`, localized);
    });
    if (!rules.length) fail(`${path}.rules`, 'outcome');
  });
  const statuses = object(value.statuses, 'statuses');
  for (const status of STATUSES) localized(statuses[status], `statuses.${status}`);
  const labels = object(value.labels, 'labels');
  for (const label of LABELS) localized(labels[label], `labels.${label}`);
  localized(value.disclaimer, 'disclaimer');
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
