import { existsSync, lstatSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../content/problems.js';
import type { DirectoryData } from '../model/types.js';
import {
  checkHistory,
  formatRevisionFile,
  parseRevisionFile,
  REVISION_DATE,
  UNRELEASED_FILE,
  type HistoryStep,
  type PublishedRevision,
  type Revision,
  type RevisionStamp,
  type UnreleasedChanges,
} from '../revisions/history.js';
import type { DirectoryDiff } from '../revisions/diff.js';
import { writeFileAtomic } from './write.js';

export interface RevisionsResult {
  /** Published revisions, oldest first, each with its frozen snapshot. */
  revisions: PublishedRevision[];
  unreleased?: UnreleasedChanges;
  problems: Problem[];
}

const display = (abs: string, cwd: string) => {
  const rel = relative(cwd, abs);
  return (rel && !rel.startsWith('..') ? rel : abs).split(sep).join('/');
};

/** Reads `content/revisions/`. A content folder without it has no published revision (and no problem). */
export function readRevisions(contentDir: string, cwd = process.cwd()): RevisionsResult {
  const root = resolve(cwd, contentDir, 'revisions');
  const out: RevisionsResult = { revisions: [], problems: [] };
  if (!existsSync(root) || !lstatSync(root).isDirectory()) return out;
  const names = readdirSync(root)
    .filter((n) => !n.startsWith('.'))
    .sort();
  for (const name of names) {
    const abs = join(root, name);
    const file = display(abs, cwd);
    if (name === UNRELEASED_FILE) {
      const r = parseRevisionFile(readFileSync(abs, 'utf8'), file, undefined);
      out.problems.push(...r.problems);
      out.unreleased = r.unreleased;
      continue;
    }
    const date = name.replace(/\.(md|json)$/, '');
    if (name === 'README.md' || (REVISION_DATE.test(date) && name.endsWith('.json') && names.includes(`${date}.md`)))
      continue;
    if (!REVISION_DATE.test(date) || !name.endsWith('.md') || !lstatSync(abs).isFile()) {
      out.problems.push({ code: 'revision-file-name', file, params: { name } });
      continue;
    }
    const r = parseRevisionFile(readFileSync(abs, 'utf8'), file, date);
    out.problems.push(...r.problems);
    if (!r.revision) continue;
    const snapshotFile = join(root, `${date}.json`);
    if (!existsSync(snapshotFile)) {
      out.problems.push({ code: 'revision-snapshot-missing', file, params: { path: display(snapshotFile, cwd) } });
      continue;
    }
    try {
      const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as DirectoryData;
      if (!Array.isArray(snapshot?.categories)) throw new Error('no categories');
      out.revisions.push({ ...r.revision, snapshot });
    } catch (err) {
      out.problems.push({
        code: 'revision-snapshot-invalid',
        file: display(snapshotFile, cwd),
        params: { reason: (err as Error).message },
      });
    }
  }
  return out;
}

export interface History {
  revisions: PublishedRevision[];
  /** Oldest first: each revision with what changed since the one before. */
  steps: HistoryStep[];
  unreleased?: UnreleasedChanges;
  /** Working content against the last revision, `null` when nothing changed (or nothing was released yet). */
  unreleasedDiff: DirectoryDiff | null;
  problems: Problem[];
}

/** Reads and checks the revision history of a content folder against its working directory. */
export function loadHistory(
  contentDir: string,
  working: Pick<DirectoryData, 'categories'> | undefined,
  cwd = process.cwd(),
): History {
  const read = readRevisions(contentDir, cwd);
  const pendingFile = display(resolve(cwd, contentDir, 'revisions', UNRELEASED_FILE), cwd);
  const checked = checkHistory(read.revisions, working, read.unreleased, pendingFile);
  return {
    revisions: read.revisions,
    steps: checked.steps,
    unreleased: read.unreleased,
    unreleasedDiff: checked.unreleasedDiff,
    problems: [...read.problems, ...checked.problems],
  };
}

/** Which revision the working content is: the last release, marked unreleased when it has changed since. */
export function revisionStamp(history: Pick<History, 'revisions' | 'unreleasedDiff'>): RevisionStamp | undefined {
  const last = history.revisions[history.revisions.length - 1];
  if (!last) return undefined;
  return history.unreleasedDiff ? { unreleased: true, after: last.date } : { date: last.date };
}

/** Writes `<date>.md` and its snapshot `<date>.json`, then removes the unreleased declarations it took over. */
export function writeRelease(
  contentDir: string,
  revision: Omit<Revision, 'file'>,
  snapshot: DirectoryData,
  cwd = process.cwd(),
): string[] {
  const root = resolve(cwd, contentDir, 'revisions');
  const md = join(root, `${revision.date}.md`);
  const json = join(root, `${revision.date}.json`);
  writeFileAtomic(json, `${JSON.stringify(snapshot)}\n`);
  writeFileAtomic(md, formatRevisionFile(revision));
  rmSync(join(root, UNRELEASED_FILE), { force: true });
  return [display(md, cwd), display(json, cwd)];
}
