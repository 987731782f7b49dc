// Every string of the site's catalog is shown somewhere: a key that no page, component, layout, library or build
// script names is dead wording that drifts from the rest (issue 16). The check is by name: a key counts as used when
// some source file names it together with the section it is in (`t.plainWords.filterLabel`, or `const c =
// strings().changes` and `c.title` in one file); a record looked up by data (`e.dataDescriptions[f.file]`) counts
// as a whole. Both languages have the same keys (strings.test.ts), so checking the Chinese catalog checks both.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { STRINGS } from './strings.ts';

const site = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(astro|ts|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !path.endsWith('strings.ts')
      ? [path]
      : [];
  });
}

const sources = [
  ...sourceFiles(join(site, 'src')),
  ...sourceFiles(join(site, 'scripts')),
  join(site, 'astro.config.ts'),
].map((file) => readFileSync(file, 'utf8'));

const named = (key: string) => new RegExp(`(?<![\\w-])${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}(?![\\w-])`);
const lookedUp = (key: string) => new RegExp(`(?<![\\w-])${key}\\[`);

/** The keys of `catalog` that no source file names (with their section), as dotted paths. */
function unusedKeys(catalog: object, path: string[] = []): string[] {
  const section = path.at(-1);
  if (section && sources.some((s) => lookedUp(section).test(s))) return [];
  return Object.entries(catalog).flatMap(([key, value]) => {
    const here = [...path, key];
    if (value && typeof value === 'object' && !Array.isArray(value)) return unusedKeys(value, here);
    const used = sources.some((s) => named(key).test(s) && (!section || named(section).test(s)));
    return used ? [] : [here.join('.')];
  });
}

test('every key of the site catalog is used by some page, component or build script', () => {
  assert.deepEqual(unusedKeys(STRINGS['zh-CN']), []);
});
