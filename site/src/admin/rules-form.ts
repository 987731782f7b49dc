// How /admin/ edits questions.yaml and measures.yaml as forms without losing a comment. Decap's own YAML format
// re-dumps the whole file on save, which would drop the bilingual comments that explain the rules, the anchors that
// share a sentence between outcomes (&name / *name) and the flow style of short maps ({zh-CN: 是, en: Yes}). These
// formats read the file with the `yaml` package's Document API, give Decap the data in the shape its list and object
// widgets can show (see toForm), and on save put the form's data back into shape (fromForm) and apply it to the
// Document read from the same text: a node whose value the form did not change is left as it is, with its comments,
// anchors, quoting and style; a changed scalar gets its new value in place; lists and maps are patched item by item.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  YAMLSeq,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import { SOURCE_KEY } from './frontmatter.ts';

/** The rules files edited as forms, with the Decap format each one's file collection names. */
export const RULES_FORMS = {
  questions: 'sixin-rules-questions',
  measures: 'sixin-rules-measures',
} as const;

export type RulesFormKind = keyof typeof RULES_FORMS;

/**
 * The order keys of a rules map are written in when the form adds one: the order of the fields in each schema of
 * packages/core/src/rules/schema.ts (question, option, measure, rule, sentence). One list serves them all because no
 * two keys are in opposite orders in two of them; tests/site/admin-config.test.ts checks this against the forms.
 */
export const KEY_ORDER = [
  'id',
  'title',
  'help',
  'summary',
  'kind',
  'when',
  'licensed',
  'status',
  'reason',
  'cites',
  'terms',
  'contacts',
  'bring',
  'next-steps',
  'suggested-by-search',
  'licensed-note',
  'options',
  'rules',
  'label',
  'hint',
  'next',
  'zh-CN',
  'en',
  'policy-terms',
  'outside',
];

/** Keys kept when the form leaves them empty, so that the validator says what is missing (`the text is empty`). */
const KEEP_EMPTY = new Set(['zh-CN', 'en', 'id']);

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// ---- The file's shape ⇄ the form's shape -------------------------------------------------------------------------

/** One sentence or a list of them (help, summary, reason): always a list in the form. */
const sentencesToForm = (v: unknown) =>
  v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(sentenceToForm);

/** `policy-terms: {"4.2": [words]}` becomes a list of `{clause, words}`: a clause is chosen in a select. */
function sentenceToForm(s: unknown): unknown {
  if (!isObj(s)) return s;
  const terms = s['policy-terms'];
  return isObj(terms)
    ? { ...s, 'policy-terms': Object.entries(terms).map(([clause, words]) => ({ clause, words })) }
    : s;
}

/** `when: {question: option | [options]}` becomes a list of `{question, answers: [options]}`. */
const whenToForm = (v: unknown) =>
  isObj(v)
    ? Object.entries(v).map(([question, answers]) => ({
        question,
        answers: Array.isArray(answers) ? answers : [answers],
      }))
    : v;

/** The data of a rules file (as the validator reads it: every scalar a string) in the shape of the form. */
export function toForm(kind: RulesFormKind, data: unknown): unknown[] {
  if (!Array.isArray(data)) return [];
  if (kind === 'questions') {
    return data.map((q) => (isObj(q) && q.help !== undefined ? { ...q, help: sentencesToForm(q.help) } : q));
  }
  return data.map((m) => {
    if (!isObj(m)) return m;
    const rules = Array.isArray(m.rules)
      ? m.rules.map((r) => {
          if (!isObj(r)) return r;
          const out: Obj = { ...r };
          if (r.when !== undefined) out.when = whenToForm(r.when);
          if (r.reason !== undefined) out.reason = sentencesToForm(r.reason);
          for (const k of ['bring', 'next-steps'])
            if (Array.isArray(r[k])) out[k] = (r[k] as unknown[]).map(sentenceToForm);
          return out;
        })
      : m.rules;
    return { ...m, ...(m.summary !== undefined ? { summary: sentencesToForm(m.summary) } : {}), rules };
  });
}

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isObj(v) && Object.values(v).every(isEmpty));

/**
 * `value` without the keys the form left empty (an optional hint nobody filled in, a list with nothing in it), unless
 * the file had them already; the texts and ids stay, empty, for the validator to name.
 */
function clean(value: unknown, orig: unknown): unknown {
  if (Array.isArray(value)) {
    const o = Array.isArray(orig) ? orig : [];
    return value.map((v, i) => clean(v, o[matchIndex(v, i, o)]));
  }
  if (!isObj(value)) return value;
  const o = isObj(orig) ? orig : {};
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    const c = clean(v, o[k]);
    if (isEmpty(c) && !KEEP_EMPTY.has(k) && !(k in o && same(o[k], c))) continue;
    out[k] = c;
  }
  return out;
}

function sentenceFromForm(s: unknown): unknown {
  if (!isObj(s) || !Array.isArray(s['policy-terms'])) return s;
  const terms = s['policy-terms'] as Array<{ clause?: string; words?: unknown }>;
  return {
    ...s,
    'policy-terms': Object.fromEntries(
      terms.map((t) => [String(t.clause ?? ''), Array.isArray(t.words) ? t.words : []]),
    ),
  };
}

/** A list of one sentence goes back as the single sentence it was read from (and stays a list if it was one). */
function sentencesFromForm(v: unknown, orig: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const list = v.map(sentenceFromForm);
  return list.length === 1 && isObj(orig) ? list[0] : list;
}

function whenFromForm(v: unknown, orig: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const o = isObj(orig) ? orig : {};
  return Object.fromEntries(
    (v as Array<{ question?: string; answers?: unknown }>).map(({ question = '', answers }) => {
      const list = Array.isArray(answers) ? answers : [];
      return [question, list.length === 1 && !Array.isArray(o[question]) ? list[0] : list];
    }),
  );
}

/** The form's data back in the shape of the file; `orig` is the file as it was read (to keep `x` or `[x]` as written). */
export function fromForm(kind: RulesFormKind, form: unknown, orig: unknown): unknown[] {
  const items = Array.isArray(form) ? form : [];
  const o = Array.isArray(orig) ? orig : [];
  const shaped = items.map((item, i) => {
    if (!isObj(item)) return item;
    const was = o[matchIndex(item, i, o)];
    const w = isObj(was) ? was : {};
    if (kind === 'questions') {
      return item.help === undefined ? item : { ...item, help: sentencesFromForm(item.help, w.help) };
    }
    const wasRules = Array.isArray(w.rules) ? w.rules : [];
    const rules = Array.isArray(item.rules)
      ? item.rules.map((r: unknown, j: number) => {
          if (!isObj(r)) return r;
          const wr = isObj(wasRules[j]) ? (wasRules[j] as Obj) : {};
          const out: Obj = { ...r };
          if (r.when !== undefined) out.when = whenFromForm(r.when, wr.when);
          if (r.reason !== undefined) out.reason = sentencesFromForm(r.reason, wr.reason);
          for (const k of ['bring', 'next-steps'])
            if (Array.isArray(r[k])) out[k] = (r[k] as unknown[]).map(sentenceFromForm);
          // A new `licensed` is written true/false, as the file's others are (the select gives text).
          if (r.licensed === 'true' || r.licensed === 'false') out.licensed = r.licensed === 'true';
          return out;
        })
      : item.rules;
    return {
      ...item,
      ...(item.summary !== undefined ? { summary: sentencesFromForm(item.summary, w.summary) } : {}),
      rules,
    };
  });
  return clean(shaped, o) as unknown[];
}

// ---- Applying the data to the Document ---------------------------------------------------------------------------

/** Where `value` was in `orig`: the item with the same id, or (items without ids: sentences) the same position. */
function matchIndex(value: unknown, i: number, orig: unknown[]): number {
  if (isObj(value) && typeof value.id === 'string' && value.id) {
    return orig.findIndex((o) => isObj(o) && o.id === value.id);
  }
  return i < orig.length && !(isObj(orig[i]) && typeof (orig[i] as Obj).id === 'string' && isObj(value)) ? i : -1;
}

const rank = (k: string) => (KEY_ORDER.includes(k) ? KEY_ORDER.indexOf(k) : KEY_ORDER.length);

/** `value` with the keys of each map in KEY_ORDER: what a new node is created from. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isObj(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort((a, b) => rank(a) - rank(b))
      .map((k) => [k, sorted(value[k])]),
  );
}

/** Keys whose new values are written on one line, as the files write them: `cites: ["4.2"]`, `when: {a: b}`. */
const FLOW_KEYS = new Set(['policy-terms', 'when', 'cites', 'terms', 'contacts', 'label']);

function fresh(doc: Document, value: unknown): unknown {
  const node = doc.createNode(sorted(value));
  // Not yaml's `visit`: this one stops at a flow key, whose value is written on one line whole.
  const flowShortMaps = (n: unknown) => {
    if (isSeq(n)) n.items.forEach(flowShortMaps);
    if (!isMap(n)) return;
    for (const pair of n.items) {
      if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && (isMap(pair.value) || isSeq(pair.value))) {
        pair.value.flow = true;
      } else flowShortMaps(pair.value);
    }
  };
  flowShortMaps(node);
  return node;
}

/**
 * The node for `value` where `node` was, `orig` being the value the file had there: the node itself when the value is
 * unchanged (an alias stays an alias), patched in place when it can be, a new node otherwise. A changed value where the
 * file had an alias (*name) gets a node of its own; one changed where the anchor (&name) is changes every alias too.
 */
function patch(doc: Document, node: unknown, value: unknown, orig: unknown): unknown {
  if (node !== undefined && same(orig, value)) return node;
  const target = isAlias(node) ? undefined : node;
  if (isScalar(target) && !isObj(value) && !Array.isArray(value)) {
    target.value =
      typeof target.value === 'boolean' && (value === 'true' || value === 'false') ? value === 'true' : value;
    return target;
  }
  if (isSeq(target) && Array.isArray(value)) {
    const o = Array.isArray(orig) ? orig : [];
    const items = target.items;
    target.items = value.map((v, i) => {
      const j = matchIndex(v, i, o);
      return j >= 0 && j < items.length ? patch(doc, items[j], v, o[j]) : fresh(doc, v);
    }) as typeof target.items;
    return target;
  }
  if (isMap(target) && isObj(value)) {
    patchMap(doc, target, value, isObj(orig) ? orig : {});
    return target;
  }
  // One sentence that became several: the sentence stays the first item, its anchor (&name) with it.
  if (isMap(target) && Array.isArray(value) && value.length > 1 && isObj(value[0])) {
    const seq = new YAMLSeq(doc.schema);
    seq.items = [patch(doc, target, value[0], orig), ...value.slice(1).map((v) => fresh(doc, v))];
    return seq;
  }
  const made = fresh(doc, value);
  if ((isSeq(target) || isMap(target)) && (isSeq(made) || isMap(made))) made.flow = target.flow;
  return made;
}

function patchMap(doc: Document, map: YAMLMap, value: Obj, orig: Obj): void {
  const keyOf = (item: { key: unknown }) => (isScalar(item.key) ? String(item.key.value) : String(item.key));
  const wanted = Object.entries(value).filter(([, v]) => v !== undefined);
  map.items = map.items.filter((item) => wanted.some(([k]) => k === keyOf(item)));
  for (const [key, v] of wanted) {
    const item = map.items.find((i) => keyOf(i) === key);
    if (item) {
      item.value = patch(doc, item.value, v, orig[key]);
      continue;
    }
    let after = map.items.length - 1;
    while (after >= 0 && rank(keyOf(map.items[after])) > rank(key)) after--;
    const pair = doc.createPair(key, null);
    pair.value = fresh(doc, v) as typeof pair.value;
    if (FLOW_KEYS.has(key) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
    map.items.splice(after + 1, 0, pair);
  }
}

/**
 * A sentence written once (&name) and reused (*name) whose first place the form removed: the first reuse becomes the
 * sentence itself, with the anchor, so that the others still find it.
 */
function keepAnchors(doc: Document, anchored: Map<string, Node>): void {
  const seen = new Set<string>();
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        const source = anchored.get(node.source);
        if (seen.has(node.source) || !source) return undefined;
        seen.add(node.source);
        return source.clone() as Node;
      }
      if (node.anchor) seen.add(node.anchor);
      return undefined;
    },
  });
}

/** Prints the rules files as they are written in content/rules/ (long lines stay on one line). */
const PRINT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** The rules file's data as the validator reads it (the failsafe schema: every scalar a string). */
const readData = (text: string) => parseDocument(text, { schema: 'failsafe' }).toJS({ maxAliasCount: -1 }) as unknown;

/** The format Decap registers for one rules file: `{ [kind]: items, __sixinSource: text }` ⇄ the file's text. */
export function rulesForm(kind: RulesFormKind) {
  return {
    fromFile(text: string): Record<string, unknown> {
      const doc = parseDocument(text);
      if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('\n'));
      return { [kind]: toForm(kind, readData(text)), [SOURCE_KEY]: text };
    },
    toFile(data: Record<string, unknown>): string {
      const source = typeof data[SOURCE_KEY] === 'string' ? (data[SOURCE_KEY] as string) : '';
      const doc = parseDocument(source);
      const orig = source ? readData(source) : [];
      const value = fromForm(kind, data[kind], orig);
      if (same(orig, value)) return source;
      const anchored = new Map<string, Node>();
      visit(doc, {
        Node(_, node) {
          if (!isAlias(node) && node.anchor) anchored.set(node.anchor, node.clone() as Node);
        },
      });
      doc.contents = patch(doc, doc.contents ?? undefined, value, orig) as typeof doc.contents;
      keepAnchors(doc, anchored);
      return doc.toString(PRINT);
    },
  };
}
