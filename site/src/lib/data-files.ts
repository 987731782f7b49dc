import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTIFACTS } from '@sixin/core/node';
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
