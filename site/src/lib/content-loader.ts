import { relative, sep } from 'node:path';
import {
  formatProblem,
  sortProblems,
  type Category,
  type Clause,
  type DirectoryData,
  type PolicyData,
  type PolicyDocument,
  type Problem,
} from '@sixin/core';
import { loadContent } from '@sixin/core/node';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sitePaths, type SitePaths } from './paths.ts';

/**
 * Thrown when the content folder has problems. The message is exactly the lines `npx sixin validate` prints
 * (`file:line: what is wrong and how to fix it`), so the failed build tells editors what to change.
 */
export class ContentProblemsError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      sortProblems(problems)
        .map((p) => formatProblem(p))
        .join('\n'),
    );
    this.name = 'ContentProblemsError';
    this.problems = problems;
    // Editors need the file:line list, not where in the loader it was noticed: keep the stack trace out of the report.
    this.stack = this.message;
  }
}

export interface ValidatedContent {
  directory: DirectoryData;
  policy: PolicyData;
}

const cache = new Map<string, ValidatedContent>();
// Every collection re-reads the folder after an edit; the same problems are reported once, not once per collection.
let lastReported = '';

/**
 * Reads and validates the content folder with the core package (its schemas and cross-checks), once per build.
 * Problem paths are shown relative to the project root, as `npx sixin validate content` shows them from there.
 * @throws {ContentProblemsError} when anything in the content is wrong.
 */
export function readValidatedContent(
  paths: Pick<SitePaths, 'contentDir' | 'projectRoot'> = sitePaths(),
): ValidatedContent {
  const hit = cache.get(paths.contentDir);
  if (hit) return hit;
  const result = loadContent(paths.contentDir, { cwd: paths.projectRoot });
  if (result.problems.length || !result.directory || !result.policy) {
    throw new ContentProblemsError(result.problems);
  }
  const value = { directory: result.directory, policy: result.policy };
  cache.set(paths.contentDir, value);
  return value;
}

/** Forgets what was read, so the next read sees edits (the dev server calls this when a content file changes). */
export function forgetValidatedContent(): void {
  cache.clear();
}

/** One GB/T 4754-2017 class with the categories that list it, as the industries page shows it. */
export interface IndustryEntry {
  code: string;
  name: string;
  /** Categories listing the class, in directory order; `partial` is the `*` mark of that listing. */
  categories: Array<{ id: string; partial: boolean }>;
}

/** What each collection holds. `position` keeps the order of the source (tree order, document order). */
export interface CollectionRecords {
  categories: Array<Category & { position: number }>;
  policy: Array<PolicyDocument & { position: number }>;
  clauses: Array<Clause & { position: number }>;
  industries: Array<IndustryEntry & { position: number }>;
}
export type CollectionKind = keyof CollectionRecords;

/** Turns validated content into the records of one collection. Pure, so it is tested without Astro. */
export function collectionRecords<K extends CollectionKind>(kind: K, content: ValidatedContent): CollectionRecords[K] {
  const { directory, policy } = content;
  const records: CollectionRecords = {
    categories: directory.categories.map((c, position) => ({ ...c, position })),
    policy: [...policy.documents].sort((a, b) => a.order - b.order).map((d, position) => ({ ...d, position })),
    clauses: policy.clauses.map((c, position) => ({ ...c, position })),
    industries: industryEntries(directory).map((e, position) => ({ ...e, position })),
  };
  return records[kind];
}

function industryEntries(directory: DirectoryData): IndustryEntry[] {
  const byCategory = new Map(directory.categories.map((c) => [c.id, c]));
  return Object.entries(directory.industries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, entry]) => ({
      code,
      name: entry.name,
      categories: entry.categories.map((id) => ({
        id,
        partial: byCategory.get(id)?.industries.find((i) => i.code === code)?.partial ?? false,
      })),
    }));
}

const CJK_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
// A line that opens a Markdown block of its own (heading, list item, quote, table row, fence) is never joined.
const BLOCK_START = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||```|~~~)/;

/**
 * Joins lines that Markdown would join with a space when both sides are Chinese: a line break inside a Chinese
 * paragraph is only a line break in the source, and a space between two Chinese sentences is a typesetting error.
 */
export function joinChineseLines(markdown: string): string {
  const out: string[] = [];
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const prev = out.length ? out[out.length - 1] : '';
    const joinable =
      prev &&
      line &&
      !BLOCK_START.test(prev.trimStart()) &&
      !BLOCK_START.test(line) &&
      CJK_END.test(prev) &&
      CJK_START.test(line);
    if (joinable) out[out.length - 1] = prev + line;
    else out.push(raw);
  }
  return out.join('\n');
}

const recordId = (kind: CollectionKind, record: { id?: string; code?: string | null }) =>
  (kind === 'industries' ? record.code : record.id) as string;

/**
 * An Astro content loader over the whole content folder. Every collection validates the folder through the core
 * package; a problem anywhere fails the build with the validator's own `file:line` lines.
 */
export function sixinLoader(kind: CollectionKind, paths: SitePaths = sitePaths()): Loader {
  const fill = async (ctx: LoaderContext) => {
    const records = collectionRecords(kind, readValidatedContent(paths));
    ctx.store.clear();
    for (const record of records) {
      const id = recordId(kind, record);
      const data = await ctx.parseData({ id, data: record as unknown as Record<string, unknown> });
      const notes = kind === 'categories' ? (record as Category).notes : '';
      ctx.store.set({
        id,
        data,
        digest: ctx.generateDigest(record as unknown as Record<string, unknown>),
        ...(notes ? { rendered: await ctx.renderMarkdown(joinChineseLines(notes)) } : {}),
      });
    }
  };
  return {
    name: `sixin-${kind}`,
    load: async (ctx) => {
      await fill(ctx);
      // In the dev server, an edited content file reloads the collection (and shows its problems, if any).
      ctx.watcher?.add(paths.contentDir);
      ctx.watcher?.on('all', async (_event, file) => {
        const rel = relative(paths.contentDir, file);
        if (rel.startsWith('..') || rel.split(sep).includes('node_modules')) return;
        forgetValidatedContent();
        try {
          await fill(ctx);
          lastReported = '';
        } catch (err) {
          const message = (err as Error).message;
          if (message !== lastReported) ctx.logger.error(message);
          lastReported = message;
        }
      });
    },
  };
}
