import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { notPlain, notPlainProblem } from './plain-files.js';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleContent, type ContentFile, type ContentResult } from '../content/assemble.js';
import { ContentError, type Problem } from '../content/problems.js';
import { PUBLISHED_POLICY_SHA256 } from '../content/policy-reference.js';
import { parseCsv } from '../reference/csv.js';
import { IndustryTable } from '../reference/industries.js';
import { loadRules } from '../rules/load.js';
import type { RulesData } from '../rules/types.js';
import { loadHistory, type History } from './revisions.js';

/** Folder of the reference data shipped with the package (`packages/core/data`). */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

const toDisplay = (abs: string, cwd: string) => {
  const rel = relative(cwd, abs);
  return (rel && !rel.startsWith('..') ? rel : abs).split(sep).join('/');
};

let industriesCache: IndustryTable | undefined;

/** The GB/T 4754-2017 table shipped with the package. Throws a ContentError naming the file when it is missing. */
export function loadIndustryTable(dataDir = DATA_DIR): IndustryTable {
  if (dataDir === DATA_DIR && industriesCache) return industriesCache;
  const file = join(dataDir, 'gbt4754_2017.csv');
  if (!existsSync(file)) {
    throw new ContentError([{ code: 'reference-data-missing', file, params: { path: file } }]);
  }
  const table = IndustryTable.fromCsv(readFileSync(file, 'utf8'));
  if (dataDir === DATA_DIR) industriesCache = table;
  return table;
}

/**
 * The policy as published (`data/policy.txt`), checked against its pinned SHA-256: a copy edited to agree with an
 * edited `content/policy` is a problem, not a new reference.
 */
export function loadPolicyReference(dataDir = DATA_DIR, cwd = process.cwd()): { text?: string; problems: Problem[] } {
  const file = join(dataDir, 'policy.txt');
  const shown = toDisplay(file, cwd);
  if (!existsSync(file))
    return { problems: [{ code: 'policy-reference-missing', file: shown, params: { path: shown } }] };
  const bytes = readFileSync(file);
  if (createHash('sha256').update(bytes).digest('hex') !== PUBLISHED_POLICY_SHA256) {
    return { problems: [{ code: 'policy-reference-changed', file: shown, params: { path: shown } }] };
  }
  return { text: bytes.toString('utf8'), problems: [] };
}

/** Official notes (◇ includes, ◆ excludes) of each GB/T 4754-2017 code, for search vocabulary. */
export function loadIndustryNotes(dataDir = DATA_DIR): Map<string, string> {
  const file = join(dataDir, 'gbt4754_2017_notes.csv');
  if (!existsSync(file)) throw new ContentError([{ code: 'reference-data-missing', file, params: { path: file } }]);
  return new Map(readCsvRecords(file).map((r) => [r.code, r.description]));
}

function readCsvRecords(file: string) {
  return parseCsv(readFileSync(file, 'utf8'));
}

function listMarkdown(root: string, cwd: string, problems: Problem[]): string[] {
  const out: string[] = [];
  // Folders still to read: a list of its own, not recursion, so a deep tree cannot overflow the stack.
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const found: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const abs = join(dir, name);
      const stats = lstatSync(abs);
      const refused = notPlain(stats);
      if (refused) problems.push(notPlainProblem(refused, toDisplay(abs, cwd)));
      else if (stats.isDirectory()) found.push(abs);
      else if (name.endsWith('.md') && !(dir === root && name === 'README.md')) out.push(abs);
    }
    // Reversed onto the stack, so folders are read in name order, as before.
    pending.push(...found.reverse());
  }
  return out.sort();
}

export interface LoadOptions {
  /** Paths in problems are shown relative to this folder (default: the current directory). */
  cwd?: string;
  industries?: IndustryTable;
  /** Folder of the reference data (default: the package's `data/`); tests point it elsewhere. */
  dataDir?: string;
}

/** The raw Markdown files of one section (`directory`, `policy`, …) of the content folder. */
export function readSection(
  contentDir: string,
  section: string,
  cwd = process.cwd(),
): { files: ContentFile[]; problems: Problem[] } {
  const root = resolve(contentDir, section);
  if (existsSync(root) && lstatSync(root).isSymbolicLink())
    return { files: [], problems: [notPlainProblem('symlink', toDisplay(root, cwd))] };
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return {
      files: [],
      problems: [{ code: 'folder-missing', file: toDisplay(root, cwd), params: { path: toDisplay(root, cwd) } }],
    };
  }
  const problems: Problem[] = [];
  const files: ContentFile[] = [];
  for (const abs of listMarkdown(root, cwd, problems)) {
    const file = toDisplay(abs, cwd);
    try {
      files.push({ file, path: relative(root, abs).split(sep).join('/'), text: readFileSync(abs, 'utf8') });
    } catch (err) {
      problems.push({ code: 'file-unreadable', file, params: { reason: (err as Error).message } });
    }
  }
  return { files, problems };
}

/** What {@link loadContent} returns: the directory and policy, plus the eligibility rules when `rules/` exists. */
export interface LoadedContent extends ContentResult {
  rules?: RulesData;
  /** The published revisions of the directory and what changed since the last one (`content/revisions/`). */
  history?: History;
}

/**
 * Reads and validates the whole content folder. Returns the directory and policy, or every problem found
 * (each with file, line and a fix); never throws for bad content.
 */
export function loadContent(contentDir = 'content', options: LoadOptions = {}): LoadedContent {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, contentDir);
  if (!existsSync(root)) {
    return {
      problems: [{ code: 'content-missing', file: toDisplay(root, cwd), params: { path: toDisplay(root, cwd) } }],
    };
  }
  const directory = readSection(root, 'directory', cwd);
  const policy = readSection(root, 'policy', cwd);
  let industries: IndustryTable;
  try {
    industries = options.industries ?? loadIndustryTable();
  } catch (err) {
    if (err instanceof ContentError) return { problems: err.problems };
    throw err;
  }
  const reference = loadPolicyReference(options.dataDir, cwd);
  const result = assembleContent({
    directory: directory.files,
    policy: policy.files,
    directoryRoot: toDisplay(join(root, 'directory'), cwd),
    industries,
    policyReference: reference.text,
  });
  result.problems.unshift(...directory.problems, ...policy.problems, ...reference.problems);
  const rules = loadRules(root, result.policy, cwd);
  // A renumbered heading is reported at the heading; the rules citing its published id are follow-ons of that one slip.
  const renumbered = new Set(
    result.problems
      .filter((p) => p.code === 'policy-clause-changed' || p.code === 'policy-clause-removed')
      .map((p) => String(p.params.published)),
  );
  result.problems.push(
    ...rules.problems.filter((p) => !(p.code === 'clause-unknown' && renumbered.has(String(p.params.clause)))),
  );
  // The history is checked against a valid directory only: a broken file would look like a removed category.
  const history = result.problems.length ? undefined : loadHistory(root, result.directory, cwd);
  if (history) result.problems.push(...history.problems);
  if (result.problems.length) delete result.directory;
  if (result.problems.length) return result;
  return { ...result, ...(rules.rules ? { rules: rules.rules } : {}), history };
}

/** Like {@link loadContent}, but throws a {@link ContentError} listing every problem. For builds. */
export function loadContentOrThrow(contentDir = 'content', options: LoadOptions = {}) {
  const result = loadContent(contentDir, options);
  if (result.problems.length || !result.directory || !result.policy) throw new ContentError(result.problems);
  return { directory: result.directory, policy: result.policy, history: result.history };
}
