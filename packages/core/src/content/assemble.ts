import type { IndustryTable } from '../reference/industries.js';
import { INDUSTRY_LEVEL_ZH } from '../reference/industries.js';
import type { Category, Clause, DirectoryData, PolicyData, PolicyDocument } from '../model/types.js';
import type { ParsedEntry, ParsedPolicy } from './parse.js';
import { parseDirectoryEntry, parsePolicyDocument } from './parse.js';
import type { Problem } from './problems.js';
import { checkPolicyText, checkPublishedClauses } from './policy-reference.js';

/** One Markdown file of the content folder, as read from disk (or given by a test). */
export interface ContentFile {
  /** Path as shown to editors, such as `content/directory/1/1.3/index.md`. */
  file: string;
  /** Path inside its section folder (`directory/` or `policy/`), with forward slashes, such as `1/1.3/index.md`. */
  path: string;
  text: string;
}

export interface ContentInput {
  directory: ContentFile[];
  policy: ContentFile[];
  /** Display path of the directory folder, used to name files that should exist but do not. */
  directoryRoot: string;
  industries: IndustryTable;
  /**
   * The policy as published (`data/policy.txt`), to check `policy/` word for word. Without it (a browser that has
   * not fetched it) only the published clause ids are checked.
   */
  policyReference?: string;
}

export interface ContentResult {
  directory?: DirectoryData;
  policy?: PolicyData;
  problems: Problem[];
}

/** A reference to a policy clause from somewhere in the content (the eligibility rules, for example). */
export interface Citation {
  clause: string;
  file: string;
  line?: number;
}

type Placement = { level: 1 | 2 | 3; folders: string[]; fileName: string };

/** Where a file sits in the tree decides its level; anything else is outside the tree. */
function placeInTree(path: string): Placement | string {
  const parts = path.split('/');
  const fileName = parts[parts.length - 1].replace(/\.md$/, '');
  const folders = parts.slice(0, -1);
  if (fileName === 'index') {
    if (folders.length === 1) return { level: 1, folders, fileName };
    if (folders.length === 2) return { level: 2, folders, fileName };
    if (folders.length === 0) return 'an index.md directly in directory/ belongs to no category';
    return `it is ${folders.length} folders deep; the tree has two levels of folders`;
  }
  if (folders.length === 2) return { level: 3, folders, fileName };
  if (folders.length < 2) return 'a level-3 direction must sit inside a level-2 folder';
  return `it is ${folders.length} folders deep; the tree has two levels of folders`;
}

const byCode = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
};

export function assembleContent(input: ContentInput): ContentResult {
  const problems: Problem[] = [];
  const policyResult = assemblePolicy(input.policy, problems, input.policyReference);

  const entries: Array<{ entry: ParsedEntry; placement: Placement }> = [];
  // Categories whose own file could not be read: their children and annex rows are not reported again.
  const unreadable = new Set<string>();
  for (const f of input.directory) {
    const placement = placeInTree(f.path);
    if (typeof placement === 'string') {
      problems.push({ code: 'file-outside-tree', file: f.file, params: { reason: placement } });
      continue;
    }
    const parsed = parseDirectoryEntry(f.text, f.file, placement.level, { folders: placement.folders, fileName: placement.fileName, annex: policyResult.annexTable });
    problems.push(...parsed.problems);
    if (parsed.entry) entries.push({ entry: parsed.entry, placement });
    else if (placement.level < 3) unreadable.add(placement.folders[placement.level - 1]);
  }

  // Placement: code, id and parent must agree with the folders.
  for (const { entry, placement } of entries) {
    const [f1, f2] = placement.folders;
    const line = entry.lineOf([entry.level === 3 ? 'id' : 'code']);
    if (entry.level === 1 && entry.key !== f1) {
      problems.push({ code: 'code-folder-mismatch', file: entry.file, line, params: { code: entry.key, folder: f1, expected: `${input.directoryRoot}/${entry.key}/index.md` } });
    }
    if (entry.level === 2) {
      if (entry.key !== f2) {
        problems.push({ code: 'code-folder-mismatch', file: entry.file, line, params: { code: entry.key, folder: f2, expected: `${input.directoryRoot}/${entry.parent}/${entry.key}/index.md` } });
      }
      if (entry.parent !== f1) {
        problems.push({ code: 'parent-folder-mismatch', file: entry.file, line: entry.lineOf(['parent']), params: { parent: entry.parent ?? '', folder: f1 } });
      }
      if (!entry.key.startsWith(`${entry.parent}.`)) {
        problems.push({ code: 'code-parent-mismatch', file: entry.file, line, params: { code: entry.key, parent: entry.parent ?? '' } });
      }
    }
    if (entry.level === 3) {
      if (entry.key !== placement.fileName) {
        problems.push({ code: 'id-filename-mismatch', file: entry.file, line, params: { id: entry.key, file: `${placement.fileName}.md` } });
      }
      if (entry.parent !== f2) {
        problems.push({ code: 'parent-folder-mismatch', file: entry.file, line: entry.lineOf(['parent']), params: { parent: entry.parent ?? '', folder: f2 } });
      }
    }
  }

  // Identity: unique codes and ids; parents exist.
  const byId = new Map<string, ParsedEntry>();
  for (const { entry } of entries) {
    const id = entry.level === 3 ? `${entry.parent}/${entry.key}` : entry.key;
    const other = byId.get(id);
    if (other) {
      problems.push(
        entry.level === 3
          ? { code: 'duplicate-id', file: entry.file, line: entry.lineOf(['id']), params: { id: entry.key, other: other.file } }
          : { code: 'duplicate-code', file: entry.file, line: entry.lineOf(['code']), params: { code: entry.key, other: other.file } },
      );
      continue;
    }
    byId.set(id, entry);
  }
  for (const entry of byId.values()) {
    if (entry.parent === null || unreadable.has(entry.parent)) continue;
    const parent = byId.get(entry.parent);
    if (!parent || parent.level !== entry.level - 1) {
      const expected =
        entry.level === 2
          ? `${input.directoryRoot}/${entry.parent}/index.md`
          : `${input.directoryRoot}/${entry.parent.split('.')[0]}/${entry.parent}/index.md`;
      problems.push({ code: 'parent-unknown', file: entry.file, line: entry.lineOf(['parent']), params: { parent: entry.parent, expected } });
    }
  }

  // Levels 1–2 are the annex's, word for word.
  const annex = policyResult.annexTable;
  if (annex) {
    for (const entry of byId.values()) {
      if (entry.level === 3) continue;
      const expected = annex.get(entry.key);
      if (expected === undefined) {
        problems.push({ code: 'annex-unknown-code', file: entry.file, line: entry.lineOf(['code']), params: { code: entry.key } });
      } else if (expected !== entry.name) {
        problems.push({ code: 'annex-name-mismatch', file: entry.file, line: entry.lineOf(['name']), params: { name: entry.name, code: entry.key, expected } });
      }
    }
    for (const [code, name] of annex) {
      if (byId.has(code) || unreadable.has(code)) continue;
      const path = code.includes('.') ? `${code.split('.')[0]}/${code}` : code;
      problems.push({ code: 'annex-category-missing', file: `${input.directoryRoot}/${path}/index.md`, params: { code, name, expected: `${input.directoryRoot}/${path}/index.md` } });
    }
  }

  // Industry classes exist, are classes, and carry their official names.
  for (const entry of byId.values()) {
    const seen = new Set<string>();
    entry.industries.forEach((ref, i) => {
      const line = entry.lineOf(['industries', i, 'code']);
      if (seen.has(ref.code)) problems.push({ code: 'industry-duplicate', file: entry.file, line, params: { code: ref.code } });
      seen.add(ref.code);
      const official = input.industries.get(ref.code);
      if (!official) {
        const s = input.industries.suggestClasses(ref.code, ref.name)[0];
        problems.push({ code: 'industry-unknown', file: entry.file, line, params: { code: ref.code, suggestion: s ? `${s.code} ${s.name}` : '' } });
      } else if (official.level !== 'class') {
        const example = input.industries.firstClassUnder(official.code);
        problems.push({
          code: 'industry-not-class',
          file: entry.file,
          line,
          params: { code: ref.code, name: official.name, level: official.level, levelZh: INDUSTRY_LEVEL_ZH[official.level], example: example ? `${example.code} ${example.name}` : '' },
        });
      } else if (official.name !== ref.name) {
        const other = input.industries.classesNamed(ref.name)[0];
        problems.push({
          code: 'industry-name-mismatch',
          file: entry.file,
          line: entry.lineOf(['industries', i, 'name']),
          params: { code: ref.code, name: ref.name, expected: official.name, other: other ? `${other.code}` : '' },
        });
      }
    });
  }

  if (problems.length) return { policy: policyResult.policy, problems };
  return { directory: buildDirectory([...byId.values()], policyResult.policy), policy: policyResult.policy, problems };
}

function buildDirectory(entries: ParsedEntry[], policy: PolicyData | undefined): DirectoryData {
  const categories = new Map<string, Category>();
  for (const e of entries) {
    const id = e.level === 3 ? `${e.parent}/${e.key}` : e.key;
    categories.set(id, {
      id,
      code: e.level === 3 ? null : e.key,
      level: e.level,
      name: e.name,
      parent: e.parent,
      children: [],
      order: e.order ?? 0,
      status: e.status,
      industries: e.industries,
      products: e.products,
      keywords: e.keywords,
      aliases: e.aliases,
      notes: e.notes,
      source: e.file,
    });
  }
  const compare = (a: Category, b: Category) =>
    a.level === 3 ? (a.order || Infinity) - (b.order || Infinity) || a.name.localeCompare(b.name, 'zh-CN') : byCode(a.id, b.id);
  for (const c of categories.values()) if (c.parent) categories.get(c.parent)!.children.push(c.id);
  for (const c of categories.values()) c.children.sort((a, b) => compare(categories.get(a)!, categories.get(b)!));

  const ordered: Category[] = [];
  const visit = (c: Category) => {
    ordered.push(c);
    c.children.forEach((id) => visit(categories.get(id)!));
  };
  [...categories.values()].filter((c) => c.level === 1).sort(compare).forEach(visit);

  const industries: DirectoryData['industries'] = {};
  for (const c of ordered) {
    for (const ref of c.industries) {
      (industries[ref.code] ??= { name: ref.name, categories: [] }).categories.push(c.id);
    }
  }
  return {
    schemaVersion: 1,
    counts: {
      level1: ordered.filter((c) => c.level === 1).length,
      level2: ordered.filter((c) => c.level === 2).length,
      level3: ordered.filter((c) => c.level === 3).length,
      inferred: ordered.filter((c) => c.status === 'inferred').length,
      industries: Object.keys(industries).length,
    },
    categories: ordered,
    industries,
    clauses: (policy?.clauses ?? []).map(({ id, title, document }) => ({ id, title, document })),
  };
}

function assemblePolicy(files: ContentFile[], problems: Problem[], reference?: string): { policy?: PolicyData; annexTable?: Map<string, string> } {
  const parsed: ParsedPolicy[] = [];
  let readable = true;
  for (const f of files) {
    const r = parsePolicyDocument(f.text, f.file);
    problems.push(...r.problems);
    if (r.policy) parsed.push(r.policy);
    else readable = false;
  }
  parsed.sort((a, b) => a.order - b.order);
  // Against the published text only when every file was read: a missing file would show as a difference everywhere.
  if (readable && parsed.length) {
    problems.push(...checkPublishedClauses(parsed));
    if (reference !== undefined) problems.push(...checkPolicyText(parsed, reference));
  }

  const clauses: Clause[] = [];
  const where = new Map<string, string>();
  let annexTable: Map<string, string> | undefined;
  const documents: PolicyDocument[] = parsed.map((p) => {
    const id = p.file.split('/').pop()!.replace(/\.md$/, '');
    const stack: Array<{ depth: number; clause: Clause }> = [];
    p.blocks.forEach((block, i) => {
      const line = p.blockLines[i];
      if (block.type === 'heading') {
        while (stack.length && stack[stack.length - 1].depth >= block.depth) stack.pop();
        if (!block.clause) return;
        const other = where.get(block.clause);
        if (other) {
          problems.push({ code: 'policy-clause-duplicate', file: p.file, line, params: { clause: block.clause, other } });
          return;
        }
        where.set(block.clause, `${p.file}:${line}`);
        const clause: Clause = { id: block.clause, title: block.text, document: id, ancestors: stack.map((s) => s.clause.id), text: '' };
        clauses.push(clause);
        stack.push({ depth: block.depth, clause });
      } else if (block.type === 'paragraph') {
        const own = stack[stack.length - 1]?.clause;
        if (own) own.text = own.text ? `${own.text}\n${block.text}` : block.text;
      } else if (block.header[0] === '代码' && block.header[1] === '分类名称') {
        annexTable = new Map(block.rows.map((r) => [r[0], r[1]]));
      }
    });
    return { id, title: p.title, order: p.order, blocks: p.blocks, source: p.file };
  });
  if (!annexTable && parsed.length) {
    const annex = parsed.find((p) => p.file.endsWith('annex.md')) ?? parsed[parsed.length - 1];
    problems.push({ code: 'policy-annex-table-missing', file: annex.file, params: {} });
  }
  return { policy: { documents, clauses }, annexTable };
}

/** Checks that every cited clause exists in the policy. */
export function checkCitations(citations: Citation[], policy: PolicyData | undefined): Problem[] {
  if (!policy) return [];
  const known = new Set(policy.clauses.map((c) => c.id));
  const list = policy.clauses.map((c) => c.id).join(', ');
  return citations
    .filter((c) => !known.has(c.clause))
    .map((c) => ({ code: 'clause-unknown' as const, file: c.file, line: c.line, params: { clause: c.clause, known: list } }));
}
