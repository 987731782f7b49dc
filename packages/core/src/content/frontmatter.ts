import { LineCounter, parseDocument, isMap, isSeq, isNode, type Node } from 'yaml';
import type { Problem } from './problems.js';
import { findTypingSlips, yamlReasonZh } from './typing.js';

export interface FrontMatter {
  /** Parsed YAML with every scalar kept as written (a string): codes like 0111 keep their leading zero. */
  data: unknown;
  /** 1-based line in the file of a value (or key) at `path`; the opening --- line when not found. */
  lineOf(path: ReadonlyArray<string | number>): number;
  /** The Markdown after the closing ---. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---\s*$/;

export function parseFrontMatter(text: string, file: string): { frontMatter?: FrontMatter; problems: Problem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { problems: [{ code: 'frontmatter-missing', file, line: 1, params: {} }] };
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) return { problems: [{ code: 'frontmatter-unclosed', file, line: 1, params: {} }] };

  const yamlLines = lines.slice(1, close);
  // IME slips first: the parser would misread them or fail with a reason about something else.
  const slips = findTypingSlips(yamlLines, 2, file);
  if (slips.length) return { problems: slips };
  const yamlText = yamlLines.join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  // Only the first YAML error: the parser's later errors are follow-ons of the first slip, not separate mistakes.
  const err = doc.errors[0];
  const problems: Problem[] = [];
  if (err) {
    let line = counter.linePos(err.pos[0]).line;
    const opened = (find: (t: string) => boolean) => {
      for (let l = line; l >= 1; l--) if (find(yamlLines[l - 1] ?? '')) return l;
      return line;
    };
    // The parser notices an unclosed [ or { or quote only on a later line; point at the line that opened it.
    if (/^Flow (sequence|mapping)/.test(err.message)) {
      line = opened((t) => count(t, '[') > count(t, ']') || count(t, '{') > count(t, '}'));
    } else if (err.code === 'MISSING_CHAR' && /"quote/.test(err.message)) {
      line = opened((t) => count(t, '"') % 2 === 1);
    } else if (err.code === 'MISSING_CHAR' && /'quote/.test(err.message)) {
      line = opened((t) => count(t, "'") % 2 === 1);
    }
    problems.push({
      code: 'yaml-syntax',
      file,
      line: 1 + line,
      params: { reason: err.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, ''), reasonZh: yamlReasonZh(err.code, err.message) },
    });
  }
  if (problems.length) return { problems };

  const lineOf = (path: ReadonlyArray<string | number>): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = nodeAt(doc.contents as Node | null, path.slice(0, depth));
      if (node?.range) return 1 + counter.linePos(node.range[0]).line;
    }
    return 1;
  };

  return {
    frontMatter: {
      data: doc.toJS() ?? {},
      lineOf,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
    problems,
  };
}

/** The key node (for a map entry) or item node (for a sequence) at `path`, so errors point at the field's own line. */
export function nodeAt(root: Node | null, path: ReadonlyArray<string | number>): Node | undefined {
  let cur: unknown = root;
  let found: Node | undefined;
  for (const key of path) {
    if (isMap(cur)) {
      const pair = cur.items.find((p) => isNode(p.key) && String((p.key as { value?: unknown }).value) === String(key));
      if (!pair) return undefined;
      found = pair.key as Node;
      cur = pair.value;
    } else if (isSeq(cur) && typeof key === 'number') {
      const item = cur.items[key];
      if (!isNode(item)) return undefined;
      found = item;
      cur = item;
    } else return undefined;
  }
  return found;
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}
