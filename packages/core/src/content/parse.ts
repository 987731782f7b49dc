import type { z } from 'zod';
import { parseFrontMatter, type FrontMatter } from './frontmatter.js';
import { checkMarkdown } from './markdown.js';
import { CLAUSE_ID } from '../rules/types.js';
import type { Problem } from './problems.js';
import { checkSchema } from './schema-check.js';
import { FIELD_EXAMPLES, level1Schema, level2Schema, level3Schema, policySchema, LEVEL3_ID } from './schema.js';
import type { IndustryRef, PolicyBlock, ProductGroup } from '../model/types.js';

/** Validates front matter against a schema, reporting each issue at its field's line. */
export function checkFrontMatter<S extends z.ZodTypeAny>(
  schema: S,
  fm: FrontMatter,
  file: string,
  examples: Record<string, string> = FIELD_EXAMPLES,
): { value?: z.output<S>; problems: Problem[] } {
  return checkSchema(schema, fm.data, {
    file,
    lineOf: fm.lineOf,
    examples,
    fieldName: (path) => path.join('.') || 'front matter',
    rootTypeProblem: { code: 'frontmatter-missing', file, line: 1, params: {} },
  });
}

export interface ParsedEntry {
  level: 1 | 2 | 3;
  file: string;
  /** `code` for levels 1–2, `id` (the slug) for level 3. */
  key: string;
  name: string;
  parent: string | null;
  order?: number;
  status: 'official' | 'inferred';
  industries: IndustryRef[];
  products: ProductGroup[];
  keywords: string[];
  aliases: string[];
  notes: string;
  lineOf: FrontMatter['lineOf'];
}

const SCHEMAS = { 1: level1Schema, 2: level2Schema, 3: level3Schema } as const;

/** Where a directory file sits, so that a fix can name values from its own folder rather than a generic example. */
export interface EntryPlace {
  /** The folders under `directory/`: `['1']`, `['1', '1.3']`. */
  folders: string[];
  /** The file name without `.md` (`index` for levels 1–2). */
  fileName: string;
  /** The annex's level-1/2 names by code, when the policy could be read. */
  annex?: ReadonlyMap<string, string>;
}

/**
 * Example values for a file's messages, taken from its own place: the code and parent its folders give, the name
 * the annex gives that code, the id its file name gives. A level-3 direction's name is nowhere but in the file,
 * so it gets no example (see `name-missing-direction`): suggesting another category's name invites a copy.
 */
export function placeExamples(level: 1 | 2 | 3, place: EntryPlace): Record<string, string> {
  const [f1, f2] = place.folders;
  const own: Record<string, string> = {};
  if (level === 1) {
    own.code = `"${f1}"`;
    const name = place.annex?.get(f1);
    if (name) own.name = name;
  } else if (level === 2) {
    own.code = `"${f2}"`;
    own.parent = `"${f1}"`;
    const name = place.annex?.get(f2);
    if (name) own.name = name;
  } else {
    own.parent = `"${f2}"`;
    own.id = place.fileName;
  }
  return { ...FIELD_EXAMPLES, name: '…', ...own };
}

/** Parses one directory file whose level is known from its place in the tree. */
export function parseDirectoryEntry(
  text: string,
  file: string,
  level: 1 | 2 | 3,
  place?: EntryPlace,
): { entry?: ParsedEntry; problems: Problem[] } {
  const { frontMatter: fm, problems } = parseFrontMatter(text, file);
  if (!fm) return { problems };
  const checked = checkFrontMatter(SCHEMAS[level], fm, file, place ? placeExamples(level, place) : FIELD_EXAMPLES);
  if (level === 3) {
    for (const p of checked.problems) {
      if (p.code === 'field-missing' && p.params.field === 'name') {
        p.code = 'name-missing-direction';
        p.params = {};
      }
    }
  }
  if (!checked.value) return { problems: checked.problems };
  const v = checked.value as Record<string, unknown>;
  const name = String(v.name);
  if (!name) problems.push({ code: 'name-empty', file, line: fm.lineOf(['name']), params: {} });
  const industries = (v.industries as IndustryRef[] | undefined) ?? [];
  const body = level === 3 ? parseCategoryBody(fm.body, fm.bodyLine, file, industries) : { products: [], notes: fm.body.trim(), problems: [] };
  problems.push(...body.problems, ...checkMarkdown(fm.body, fm.bodyLine, file));
  if (level === 3 && !LEVEL3_ID.test(String(v.id))) {
    problems.push({ code: 'id-format', file, line: fm.lineOf(['id']), params: { id: String(v.id) } });
  }
  return {
    entry: {
      level,
      file,
      key: String(level === 3 ? v.id : v.code),
      name,
      parent: level === 1 ? null : String(v.parent),
      order: v.order as number | undefined,
      status: (v.status as 'official' | 'inferred' | undefined) ?? 'official',
      industries,
      products: body.products,
      keywords: (v.keywords as string[] | undefined) ?? [],
      aliases: (v.aliases as string[] | undefined) ?? [],
      notes: body.notes,
      lineOf: fm.lineOf,
    },
    problems,
  };
}

const PRODUCTS_HEADING = /^##\s+重点产品和服务\s*$/;

/** Splits a level-3 body into its product list (by industry class) and the remaining notes. */
export function parseCategoryBody(
  body: string,
  firstLine: number,
  file: string,
  industries: IndustryRef[],
): { products: ProductGroup[]; notes: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const products: ProductGroup[] = [];
  const notes: string[] = [];
  const known = new Set(industries.map((i) => i.code));
  let inProducts = false;
  let group: ProductGroup | undefined;
  body.split(/\r?\n/).forEach((line, i) => {
    const lineNo = firstLine + i;
    if (/^##\s/.test(line)) {
      inProducts = PRODUCTS_HEADING.test(line);
      group = undefined;
      if (!inProducts) notes.push(line);
      return;
    }
    if (!inProducts) {
      notes.push(line);
      return;
    }
    // Prefix checks rather than `/^###\s+(.*)$/`, which backtracked quadratically over a long run of spaces.
    const sub = afterMarker(line, '###');
    if (sub !== undefined) {
      const heading = sub;
      const code = /^(\d{4})(?:\s|$)/.exec(heading)?.[1];
      if (!code) {
        problems.push({ code: 'products-heading', file, line: lineNo, params: { heading } });
        group = undefined;
        return;
      }
      if (!known.has(code)) problems.push({ code: 'products-unknown-industry', file, line: lineNo, params: { heading, code } });
      group = { industry: code, items: [] };
      products.push(group);
      return;
    }
    const item = afterMarker(line, '-') ?? afterMarker(line, '*');
    if (item !== undefined) {
      if (!group) problems.push({ code: 'products-outside-section', file, line: lineNo, params: {} });
      else group.items.push(item);
      return;
    }
    // Anything else in the list would vanish from the page without a word: `· 产品` typed with a Chinese IME,
    // `-产品` without its space, or a sentence that belongs under 说明.
    const text = line.trim();
    if (!text) return;
    const marker = /^([-*－—–·•・、]|\d+[.、)）])\s*/.exec(text);
    problems.push({
      code: 'products-line-not-item',
      file,
      line: lineNo,
      params: marker ? { char: marker[1], text: text.slice(marker[0].length) } : { text },
    });
  });
  return { products, notes: notes.join('\n').trim(), problems };
}

/** The trimmed text after `marker` and at least one space at the start of `line`, or undefined. */
function afterMarker(line: string, marker: string): string | undefined {
  return line.startsWith(marker) && /\s/.test(line[marker.length] ?? '') ? line.slice(marker.length).trim() : undefined;
}

export interface ParsedPolicy {
  file: string;
  title: string;
  order: number;
  blocks: PolicyBlock[];
  /** File line of each block, for errors. */
  blockLines: number[];
  /** The text of each source line as the page shows it (heading without `{#id}`, table row without pipes), for the word-for-word check. */
  segments: Array<{ line: number; text: string }>;
}

/**
 * A Markdown heading, `## text {#clause}`, read from a trimmed line in one pass. (The regular expression it replaces,
 * `^(#{1,6})\s+(.*?)\s*(?:\{#([^}\s]*)\})?\s*$`, backtracked cubically: a heading with a few thousand spaces took
 * minutes.) The clause is the `{#…}` that ends the line, holding no space or `}`; an empty one is kept, to be reported.
 */
export function parseHeading(line: string): { depth: number; text: string; clause?: string } | undefined {
  let depth = 0;
  while (line[depth] === '#') depth++;
  if (depth < 1 || depth > 6 || !/\s/.test(line[depth] ?? '')) return undefined;
  let text = line.slice(depth).trim();
  let clause: string | undefined;
  if (text.endsWith('}')) {
    // The characters before the closing brace that are neither space nor `}`; the clause starts at the first `{#`.
    let start = text.length - 1;
    while (start > 0 && !/[}\s]/.test(text[start - 1]!)) start--;
    const open = text.indexOf('{#', start);
    if (open >= 0 && open + 2 < text.length) {
      clause = text.slice(open + 2, -1);
      text = text.slice(0, open).trimEnd();
    }
  }
  return clause === undefined ? { depth, text } : { depth, text, clause };
}

export { CLAUSE_ID };

/** Parses a policy document: headings (with optional `{#clause}` ids), paragraphs and pipe tables. */
export function parsePolicyDocument(text: string, file: string): { policy?: ParsedPolicy; problems: Problem[] } {
  const { frontMatter: fm, problems } = parseFrontMatter(text, file);
  if (!fm) return { problems };
  const checked = checkFrontMatter(policySchema, fm, file);
  if (!checked.value) return { problems: checked.problems };
  const blocks: PolicyBlock[] = [];
  const blockLines: number[] = [];
  const segments: ParsedPolicy['segments'] = [];
  let para: string[] = [];
  let table: string[][] = [];
  let start = 0;
  const flush = () => {
    if (para.length) {
      blocks.push({ type: 'paragraph', text: para.join('') });
      blockLines.push(start);
    }
    if (table.length) {
      const [header, ...rows] = table;
      blocks.push({ type: 'table', header, rows });
      blockLines.push(start);
    }
    para = [];
    table = [];
  };
  fm.body.split(/\r?\n/).forEach((raw, i) => {
    const lineNo = fm.bodyLine + i;
    const line = raw.trim();
    if (!line) return flush();
    const heading = parseHeading(line);
    if (heading) {
      flush();
      const { clause } = heading;
      if (clause !== undefined && !CLAUSE_ID.test(clause)) {
        problems.push({ code: 'policy-clause-format', file, line: lineNo, params: { clause } });
      }
      blocks.push({ type: 'heading', depth: heading.depth, text: heading.text, ...(clause ? { clause } : {}) });
      blockLines.push(lineNo);
      segments.push({ line: lineNo, text: heading.text });
      return;
    }
    if (line.startsWith('|')) {
      if (para.length) flush();
      if (!table.length) start = lineNo;
      if (/^\|[\s:|-]+\|$/.test(line)) return;
      const cells = line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      table.push(cells);
      segments.push({ line: lineNo, text: cells.join('') });
      return;
    }
    if (table.length) flush();
    if (!para.length) start = lineNo;
    para.push(line);
    segments.push({ line: lineNo, text: line });
  });
  flush();
  return { policy: { file, title: checked.value.title, order: checked.value.order, blocks, blockLines, segments }, problems };
}
