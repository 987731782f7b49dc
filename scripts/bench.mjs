#!/usr/bin/env node
// Runs every benchmark in the repository, one after another, and prints their figures.
// A benchmark is a file named *.bench.ts (run with tsx) or *.bench.mjs; it prints its own table.
import { spawnSync } from 'node:child_process';
import { findFiles } from './find-files.mjs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const found = findFiles(
  ['packages', 'site', 'tests'].map((top) => join(root, top)),
  /\.bench\.(ts|mjs)$/,
);

const only = process.argv.slice(2);
let failed = 0;
for (const file of found) {
  const rel = relative(root, file);
  if (only.length && !only.some((o) => rel.includes(o))) continue;
  console.log(`\n## ${rel}\n`);
  const args = file.endsWith('.ts') ? ['--import', 'tsx', file] : [file];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) failed++;
}
if (!found.length) console.log('no benchmarks found');
process.exitCode = failed ? 1 : 0;
