import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE_DIR } from './site.ts';

// parse5 is a dev dependency of the site workspace; resolve it from there, so an older copy that another package
// pulls in at the top of node_modules is never picked up instead.
const { parse } = (await import(
  pathToFileURL(createRequire(join(SITE_DIR, 'package.json')).resolve('parse5')).href
)) as {
  parse: (html: string) => unknown;
};

/** The parts of parse5's tree these tests read (its default tree adapter). */
export interface Node {
  nodeName: string;
  parentNode?: Node | null;
  childNodes?: Node[];
  /** Text of a `#text` node. */
  value?: string;
}
export interface Element extends Node {
  tagName: string;
  attrs: Array<{ name: string; value: string }>;
  childNodes: Node[];
}

const isElement = (n: Node): n is Element => 'tagName' in n;

/** Parses a whole HTML document (the way browsers do). */
export function parseHtml(html: string): Element {
  const doc = parse(html) as Node;
  const root = doc.childNodes?.find((n): n is Element => isElement(n) && n.tagName === 'html');
  if (!root) throw new Error('document has no <html> element');
  return root;
}

// parse5 keeps <template> content apart from childNodes, which is right: it is not part of the page.
function children(el: Node): Node[] {
  return el.childNodes ?? [];
}

/** Every element under `root` (document order) that satisfies `match`. */
export function findAll(root: Node, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    if (isElement(n)) {
      if (match(n)) out.push(n);
    }
    for (const c of children(n)) visit(c);
  };
  visit(root);
  return out;
}

export const byTag = (tag: string) => (el: Element) => el.tagName === tag;

export function find(root: Node, match: (el: Element) => boolean): Element | undefined {
  return findAll(root, match)[0];
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Text content with whitespace collapsed. */
export function text(n: Node): string {
  const parts: string[] = [];
  const visit = (x: Node) => {
    if (x.nodeName === '#text') parts.push(x.value ?? '');
    for (const c of children(x)) visit(c);
  };
  visit(n);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Element children only. */
export function elementChildren(el: Element): Element[] {
  return el.childNodes.filter(isElement);
}

/** The nearest ancestor satisfying `match` (parse5 keeps parent links). */
export function closest(el: Element, match: (el: Element) => boolean): Element | undefined {
  for (let cur = el.parentNode; cur; cur = cur.parentNode) {
    if (isElement(cur) && match(cur)) return cur;
  }
  return undefined;
}
