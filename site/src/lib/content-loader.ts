import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
import { ARTIFACTS, loadContent, main as sixin } from '@sixin/core/node';
import type { Loader, LoaderContext } from 'astro/loaders';
import { joinChineseLines } from './notes-markdown.ts';
import { sitePaths, type SitePaths } from './paths.ts';

export { joinChineseLines };

const DEV_HINT =
  '内容检查发现上面的问题（文件:行号: 问题和修改方法）。改正并保存文件后，页面会自动更新；也可以运行 npx sixin validate content 查看。';

/**
 * Thrown when the content folder has problems. The message is exactly the lines `npx sixin validate` prints
 * (`file:line: what is wrong and how to fix it`), so the failed build tells editors what to change.
 */
export class ContentProblemsError extends Error {
  readonly problems: Problem[];
  readonly hint: string;
  constructor(problems: Problem[]) {
    super(
      sortProblems(problems)
        .map((p) => formatProblem(p))
        .join('\n'),
    );
    this.name = 'ContentProblemsError';
    this.problems = problems;
    // Astro's dev overlay shows `hint` under the message.
    this.hint = DEV_HINT;
    // Editors need the file:line list, not where in the loader it was noticed: keep the stack trace out of the report.
    this.stack = this.message;
  }
}

export interface ValidatedContent {
  directory: DirectoryData;
  policy: PolicyData;
}

/**
 * What the dev server found wrong with the content the last time it read it, shown on every page it serves (Astro's
 * error overlay) until the files are fixed. Kept on globalThis: the content loader and the pages' middleware are
 * separate module instances in the dev server.
 */
const DEV_PROBLEMS = Symbol.for('sixin.devContentProblems');
type DevProblemsHolder = { [DEV_PROBLEMS]?: ContentProblemsError };

/** The problems the dev server's last read of the content found, if any (never set by `astro build`). */
export function devContentProblems(): ContentProblemsError | undefined {
  return (globalThis as DevProblemsHolder)[DEV_PROBLEMS];
}

function setDevContentProblems(error: ContentProblemsError | undefined): void {
  (globalThis as DevProblemsHolder)[DEV_PROBLEMS] = error;
}

let exporting: Promise<unknown> | undefined;

/**
 * When the dev server started on broken content, `--prepare-only` could not write the data files (public/data) the
 * pages read; once the content is fixed they are written here, the way `npm run dev` would have written them.
 */
function exportMissingData(paths: SitePaths): Promise<unknown> {
  const dataDir = join(paths.publicDir, 'data');
  if (ARTIFACTS.every((a) => existsSync(join(dataDir, a.file)))) return Promise.resolve();
  exporting ??= Promise.resolve(
    sixin(['export', paths.contentDir, '--out-dir', dataDir], {
      cwd: paths.projectRoot,
      stdout: () => {},
      stderr: (line: string) => process.stderr.write(`${line}\n`),
    }),
  ).finally(() => (exporting = undefined));
  return exporting;
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
      // Only the dev server has a watcher. There, a problem does not stop the server: it is logged in the terminal and
      // every page shows it in Astro's error overlay (src/middleware.ts) until the file is fixed and saved.
      const dev = Boolean(ctx.watcher);
      const refill = async () => {
        try {
          await fill(ctx);
          if (dev) {
            await exportMissingData(paths);
            setDevContentProblems(undefined);
          }
          lastReported = '';
        } catch (err) {
          if (!dev || !(err instanceof ContentProblemsError)) throw err;
          setDevContentProblems(err);
          if (err.message !== lastReported) ctx.logger.error(err.message);
          lastReported = err.message;
        }
      };
      await refill();
      // In the dev server, an edited content file reloads the collection (and shows its problems, if any).
      ctx.watcher?.add(paths.contentDir);
      ctx.watcher?.on('all', async (_event, file) => {
        const rel = relative(paths.contentDir, file);
        if (rel.startsWith('..') || rel.split(sep).includes('node_modules')) return;
        forgetValidatedContent();
        await refill().catch((err: Error) => ctx.logger.error(err.message));
      });
    },
  };
}
