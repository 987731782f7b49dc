#!/usr/bin/env node
// Runs Node's test runner (through tsx) on every *.test.ts under the given folders.
// Node 20's `node --test` does not expand glob patterns itself, so the files are found here.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findFiles } from './find-files.mjs';

const folders = process.argv.slice(2);
if (!folders.length) {
  console.error('usage: node scripts/node-test.mjs <folder> [folder …]');
  process.exit(2);
}
const files = findFiles(
  folders.map((f) => resolve(f)),
  /\.test\.ts$/,
);
if (!files.length) {
  console.error(`no *.test.ts files under ${folders.join(', ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
