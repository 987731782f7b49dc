/**
 * The browser entry (`@sixin/core`, which exports the search engine) must not pull in pinyin-pro (≈135 KB gzipped;
 * pinyin is computed at build time) or any Node module. Follows the value imports of the source from src/index.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Module specifiers a file imports or re-exports as values (`import type` and `export type` are erased). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(pattern)) if (!m[2]) out.push(m[3]);
  return out;
}

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of valueImports(file)) {
      if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

it('the browser entry reaches no Node module and no pinyin library', () => {
  const { files, packages } = reachable(join(SRC, 'index.ts'));
  const local = [...files].map((f) => relative(SRC, f));
  assert.ok(local.includes('search/engine.ts'), 'the engine is part of the browser entry');
  assert.ok(!local.includes('search/build-index.ts'), 'the index builder is Node-only');
  const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  for (const spec of packages) {
    assert.ok(!node.has(spec) && !spec.startsWith('node:'), `${spec} is a Node module`);
    assert.notEqual(spec, 'pinyin-pro');
  }
  assert.ok(packages.has('fuse.js/basic'), 'fuse.js (basic build) is the only search dependency shipped');
});
