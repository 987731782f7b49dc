// How /admin/ reads and writes a content file: YAML front matter between --- lines, then the Markdown body. Decap's own
// front-matter format re-dumps the YAML on every save, which drops the `# …` comments editors put above `keywords:`
// (the data row a keyword comes from) and rewrites quoting and list style. This one keeps the file as it was read and,
// on save, changes only the values the editor changed in that text (the `yaml` package's Document API keeps comments,
// quoting and flow/block style), so an edit shows up in the file as the lines it touched and nothing else.
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type YAMLMap } from 'yaml';

/**
 * The format of every collection in the generated configuration (site/scripts/admin.ts); main.ts registers it with
 * Decap in place of Decap's own `frontmatter`.
 */
export const ADMIN_FORMAT = 'sixin-frontmatter';

/** The key under which an entry's data carries the text it was read from (never written to a file). */
export const SOURCE_KEY = '__sixinSource';

/** Options that print every front matter of content/ as it is written there (tests/site/admin-config.test.ts checks them all). */
const PRINT = { lineWidth: 0, flowCollectionPadding: false } as const;

const FRONT = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

function split(text: string): { front: string; tail: string } {
  const m = FRONT.exec(text);
  return m ? { front: m[1] ?? '', tail: text.slice(m[0].length) } : { front: '', tail: text };
}

/** The body as the editor shows it: the blank line after --- and the final line break are the file's, not the text's. */
const bodyOf = (tail: string) => tail.replace(/^\r?\n/, '').replace(/\r?\n$/, '');

export function fromFile(text: string): Record<string, unknown> {
  const { front, tail } = split(text);
  const doc = parseDocument(front);
  if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('\n'));
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const body = bodyOf(tail);
  return { ...data, ...(body.trim() ? { body } : {}), [SOURCE_KEY]: text };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field paths under `key` (`industries.code` → `code`): the order of a nested object's keys. */
const under = (order: string[], key: string) =>
  order.filter((p) => p.startsWith(`${key}.`)).map((p) => p.slice(key.length + 1));

const rankOf = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

/** `value` with the keys of every object in field order (the items of a list share the list's order). */
function sorted(value: unknown, order: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => sorted(v, order));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort((a, b) => rankOf(order, a) - rankOf(order, b))
      .map((k) => [k, sorted(value[k], under(order, k))]),
  );
}

/** `node` changed only where `value` differs from it; a node of another kind is replaced. */
function patch(doc: Document, node: unknown, value: unknown, order: string[]): unknown {
  if (isScalar(node) || isMap(node) || isSeq(node)) {
    if (same(node.toJSON(), value)) return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object') && typeof node.value === typeof value) {
    node.value = value;
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((v, i) =>
      i < node.items.length ? patch(doc, node.items[i], v, order) : doc.createNode(sorted(v, order)),
    );
    return node;
  }
  if (isMap(node) && isPlainObject(value)) {
    patchMap(doc, node, value, order);
    return node;
  }
  const fresh = doc.createNode(sorted(value, order)) as Node;
  // A list written [a, b] stays on one line when it is replaced (a string that became a list, say).
  if (isSeq(node) && isSeq(fresh)) fresh.flow = node.flow;
  return fresh;
}

/** Keys that are gone are removed, changed ones patched, new ones added after the key that precedes them in `order`. */
function patchMap(doc: Document, map: YAMLMap, value: Record<string, unknown>, order: string[]): void {
  const wanted = Object.entries(value).filter(([, v]) => v !== undefined);
  const keyOf = (item: { key: unknown }) => (isScalar(item.key) ? String(item.key.value) : String(item.key));
  map.items = map.items.filter((item) => wanted.some(([k]) => k === keyOf(item)));
  for (const [key, v] of wanted) {
    const item = map.items.find((i) => keyOf(i) === key);
    if (item) {
      item.value = patch(doc, item.value, v, under(order, key));
      continue;
    }
    const rank = order.indexOf(key);
    let after = map.items.length - 1;
    if (rank >= 0) while (after >= 0 && !(order.indexOf(keyOf(map.items[after])) < rank)) after--;
    map.items.splice(after + 1, 0, doc.createPair(key, sorted(v, under(order, key))));
  }
}

/**
 * The file text for `data`: the text it was read from with the changed values patched in, or (a new entry) the front
 * matter dumped in field order. `order` lists the fields' paths in the order of the configuration, nested ones
 * dotted (`industries.code`); Decap passes the top-level names as sortedKeys, main.ts adds the nested ones.
 */
export function toFile(data: Record<string, unknown>, order: string[] = []): string {
  const { body, [SOURCE_KEY]: source, ...meta } = data;
  const text = typeof body === 'string' ? body : '';
  if (typeof source === 'string') {
    const { front, tail } = split(source);
    const doc = parseDocument(front);
    if (!doc.errors.length && isMap(doc.contents)) {
      patchMap(doc, doc.contents, meta, order);
      const yaml = doc.toString(PRINT);
      return `---\n${yaml}---\n${bodyOf(tail) === text ? tail : bodyText(text)}`;
    }
  }
  return `---\n${stringify(sorted(meta, order), PRINT)}---\n${bodyText(text)}`;
}

/** The dotted paths of `fields` and the fields inside them, in order: the `order` of toFile. */
export function fieldPaths(fields: ReadonlyArray<{ name: string; fields?: unknown }>, prefix = ''): string[] {
  return fields.flatMap((f) => [
    `${prefix}${f.name}`,
    ...(Array.isArray(f.fields) ? fieldPaths(f.fields as typeof fields, `${prefix}${f.name}.`) : []),
  ]);
}

const bodyText = (body: string) => (body ? `\n${body}\n` : '');

/**
 * The format of the rules files (content/rules/*.yaml): the whole file as one text field, written back as it is. The
 * rules are nested lists and bilingual sentences with comments that explain them; editors change them as the text
 * content/rules/README.md describes, and the rules validator checks the result before it is saved.
 */
export const RULES_FORMAT = 'sixin-rules-text';

export const rulesText = {
  fromFile: (text: string): Record<string, unknown> => ({ text }),
  toFile: (data: Record<string, unknown>): string => {
    const text = typeof data.text === 'string' ? data.text : '';
    return text.endsWith('\n') ? text : `${text}\n`;
  },
};
