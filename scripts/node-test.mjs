#!/usr/bin/env node
// Runs Node's test runner (through tsx) on every *.test.ts under the given folders.
// Node 20's `node --test` does not expand glob patterns itself, so the files are found here.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const skip = new Set(['node_modules', 'dist', '.astro']);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    if (skip.has(name)) continue;
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) walk(abs);
    else if (name.endsWith('.test.ts')) files.push(abs);
  }
};
const folders = process.argv.slice(2);
if (!folders.length) {
  console.error('usage: node scripts/node-test.mjs <folder> [folder …]');
  process.exit(2);
}
for (const f of folders) walk(resolve(f));
if (!files.length) {
  console.error(`no *.test.ts files under ${folders.join(', ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
