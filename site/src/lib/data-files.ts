import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RulesData } from '@sixin/core';
import { ARTIFACTS, type TreeData } from '@sixin/core/node';
import type { SitePaths } from './paths.ts';

export interface DataFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** What the core package says the artifact holds (English), when it is one of its artifacts. */
  description?: string;
}

/** The JSON files `sixin export` wrote into public/data for this build, with their sizes. */
export function publishedDataFiles(paths: Pick<SitePaths, 'publicDir'>): DataFile[] {
  const dir = join(paths.publicDir, 'data');
  if (!existsSync(dir)) return [];
  const described = new Map(ARTIFACTS.map((a) => [a.file, a.description]));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length, description: described.get(file) };
    });
}

/** `12.3 KB` (1 KB = 1,024 bytes). */
export function formatKB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Reads a JSON file `sixin export` wrote into public/data, naming the build step that writes it when it is missing. */
function publishedJson(paths: Pick<SitePaths, 'publicDir'>, file: string): unknown {
  const path = join(paths.publicDir, 'data', file);
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: the build writes it (npm run build -w @sixin/site, or --prepare-only for the dev server)`,
    );
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * The checker's rules as this build published them (`public/data/rules.json`, written by `sixin export` from the
 * validated content before Astro runs): the very file the checker element reads, so a page made from it says what the
 * checker says.
 * @throws {Error} when the file is missing, naming the step that writes it.
 */
export function publishedRules(paths: Pick<SitePaths, 'publicDir'>): RulesData {
  return publishedJson(paths, 'rules.json') as RulesData;
}

/**
 * The tree as this build published it (`public/data/tree.json`): the nested list a page renders for
 * `<sixin-category-tree>` to upgrade is made from the same records the element fetches with `src`, so the tree works
 * the same either way (pinyin initials, keywords, aliases and industry classes included).
 * @throws {Error} when the file is missing, naming the step that writes it.
 */
export function publishedTree(paths: Pick<SitePaths, 'publicDir'>): TreeData {
  return publishedJson(paths, 'tree.json') as TreeData;
}
