/**
 * Published revisions of the directory (`content/revisions/<date>.md` with its frozen snapshot `<date>.json`) and
 * the unreleased changes of the working content. Browser-safe: reading the files is in `node/revisions.ts`.
 */
import { z } from 'zod';
import { parseFrontMatter } from '../content/frontmatter.js';
import { checkSchema } from '../content/schema-check.js';
import type { Problem } from '../content/problems.js';
import type { DirectoryData } from '../model/types.js';
import { diffDirectories, isEmptyDiff, type DirectoryDiff, type RevisionDeclaration } from './diff.js';

export const REVISION_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The file in `revisions/` where editors declare what replaces ids they removed before the next release. */
export const UNRELEASED_FILE = 'unreleased.md';

/** One published revision. Its id is its date (`2021-12-30`), used in URLs such as `/data/2021-12-30/`. */
export interface Revision {
  date: string;
  /** What the revision rests on: a 文号 or a department's notice, as written by the editors. */
  basis: string;
  /** What changed, in plain Chinese (Markdown text). */
  summary: string;
  declaration: RevisionDeclaration;
  /** Path of the revision file, for problems. */
  file: string;
}

export interface PublishedRevision extends Revision {
  snapshot: DirectoryData;
}

export interface UnreleasedChanges {
  declaration: RevisionDeclaration;
  summary: string;
  file: string;
}

/** Marks a data file with the directory revision it holds, so answers can be read against the right directory. */
export type RevisionStamp =
  /** The data are exactly this published revision. */
  | { date: string }
  /** The working content, changed since the published revision `after`: no published revision, so no `date`. */
  | { unreleased: true; after: string };

const ID_MAP = z.record(z.string().min(1), z.string().min(1));
const released = z
  .object({
    date: z.string().regex(REVISION_DATE, 'a date written YYYY-MM-DD'),
    basis: z.string().trim().min(1, 'the basis may not be empty'),
    'replaced-by': ID_MAP.optional(),
    withdrawn: ID_MAP.optional(),
  })
  .strict();
const unreleased = z.object({ 'replaced-by': ID_MAP.optional(), withdrawn: ID_MAP.optional() }).strict();

const EXAMPLES = {
  date: '2021-12-30',
  basis: '江北府办发〔2021〕79号',
  'replaced-by': '{"1.3/old-id": "1.3/new-id"}',
  withdrawn: '{"1.3/old-id": 不再列入的原因}',
};

/** Reads a revision file (`<date>.md`) or, with `date` undefined, the unreleased declarations. */
export function parseRevisionFile(
  text: string,
  file: string,
  date: string | undefined,
): { revision?: Revision; unreleased?: UnreleasedChanges; problems: Problem[] } {
  const parsed = parseFrontMatter(text, file);
  if (!parsed.frontMatter) return { problems: parsed.problems };
  const fm = parsed.frontMatter;
  if (parsed.problems.length) return { problems: parsed.problems };
  const options = {
    file,
    lineOf: fm.lineOf,
    examples: EXAMPLES,
    fieldName: (p: ReadonlyArray<string | number>) => p.join('.'),
  };
  const summary = fm.body.trim();
  if (date === undefined) {
    const { value, problems } = checkSchema(unreleased, fm.data, options);
    if (!value) return { problems };
    return {
      unreleased: {
        declaration: { replacedBy: value['replaced-by'] ?? {}, withdrawn: value.withdrawn ?? {} },
        summary,
        file,
      },
      problems,
    };
  }
  const { value, problems } = checkSchema(released, fm.data, options);
  if (!value) return { problems };
  if (value.date !== date)
    problems.push({
      code: 'revision-date-mismatch',
      file,
      line: fm.lineOf(['date']),
      params: { date: value.date, name: date },
    });
  if (!summary) problems.push({ code: 'revision-summary-empty', file, line: fm.bodyLine, params: {} });
  if (problems.length) return { problems };
  return {
    revision: {
      date,
      basis: value.basis.trim(),
      summary,
      declaration: { replacedBy: value['replaced-by'] ?? {}, withdrawn: value.withdrawn ?? {} },
      file,
    },
    problems,
  };
}

/** The text of a revision file as `sixin release` writes it. */
export function formatRevisionFile(revision: Omit<Revision, 'file'>): string {
  const lines = ['---', `date: ${revision.date}`, `basis: ${JSON.stringify(revision.basis)}`];
  const map = (key: string, m: Record<string, string>) => {
    const entries = Object.entries(m);
    if (!entries.length) return;
    lines.push(`${key}:`);
    for (const [k, v] of entries) lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  };
  map('replaced-by', revision.declaration.replacedBy);
  map('withdrawn', revision.declaration.withdrawn);
  lines.push('---', '', revision.summary.trim(), '');
  return lines.join('\n');
}

/** One step of the history: a revision and what changed since the one before it (`null` for the first). */
export interface HistoryStep {
  revision: PublishedRevision;
  diff: DirectoryDiff | null;
}

/**
 * Checks the history: every published id that a revision (or the working content, against the last revision)
 * dropped is declared replaced or withdrawn, every declaration names ids that were published and targets that exist.
 * Returns the steps (oldest first) and the unreleased diff.
 */
export function checkHistory(
  revisions: PublishedRevision[],
  working: Pick<DirectoryData, 'categories'> | undefined,
  pending: UnreleasedChanges | undefined,
  pendingFile: string,
): { steps: HistoryStep[]; unreleasedDiff: DirectoryDiff | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const steps: HistoryStep[] = [];
  const check = (
    from: PublishedRevision,
    to: Pick<DirectoryData, 'categories'>,
    declaration: RevisionDeclaration,
    file: string,
    label: string,
  ) => {
    const diff = diffDirectories(from.snapshot, to, declaration);
    const before = new Set(from.snapshot.categories.map((c) => c.id));
    const after = new Set(to.categories.map((c) => c.id));
    for (const c of diff.undeclared) {
      problems.push({
        code: 'revision-removal-undeclared',
        file,
        params: { id: c.id, name: c.name, since: from.date, target: label },
      });
    }
    for (const [old, target] of Object.entries(declaration.replacedBy)) {
      if (!before.has(old) || after.has(old))
        problems.push({ code: 'revision-declared-id-not-removed', file, params: { id: old, since: from.date } });
      if (!after.has(target))
        problems.push({ code: 'revision-replacement-unknown', file, params: { id: old, target } });
    }
    for (const old of Object.keys(declaration.withdrawn)) {
      if (!before.has(old) || after.has(old))
        problems.push({ code: 'revision-declared-id-not-removed', file, params: { id: old, since: from.date } });
    }
    return diff;
  };
  revisions.forEach((revision, i) => {
    const prev = revisions[i - 1];
    if (prev && prev.date >= revision.date)
      problems.push({
        code: 'revision-order',
        file: revision.file,
        params: { date: revision.date, previous: prev.date },
      });
    steps.push({
      revision,
      diff: prev ? check(prev, revision.snapshot, revision.declaration, revision.file, revision.date) : null,
    });
  });
  const last = revisions[revisions.length - 1];
  let unreleasedDiff: DirectoryDiff | null = null;
  if (last && working) {
    unreleasedDiff = check(
      last,
      working,
      pending?.declaration ?? { replacedBy: {}, withdrawn: {} },
      pending?.file ?? pendingFile,
      '',
    );
    if (isEmptyDiff(unreleasedDiff)) unreleasedDiff = null;
  }
  return { steps, unreleasedDiff, problems };
}
