// Every message of the elements' catalog and of core's search catalog is shown somewhere: a key that no code names is
// dead wording that drifts from the rest (issue 16). The elements' keys are checked by name (with the sections under
// the top level, which are handed around as objects); core's search messages by their id in quotes. The site's
// catalog has the same check beside it (site/src/i18n/strings-used.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SEARCH_MESSAGES } from '../../packages/core/src/search/messages.ts';
import { stringsFor } from '../../packages/elements/src/shared/strings.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourcesUnder(dir: string, skip: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path, skip);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !skip.test(path)
      ? [readFileSync(path, 'utf8')]
      : [];
  });
}

const named = (key: string) => new RegExp(`(?<![\\w-])${key}(?![\\w-])`);

test("every key of the elements' catalog is used by an element", () => {
  const sources = sourcesUnder(join(root, 'packages/elements/src'), /shared\/strings(\.en)?\.ts$/);
  const unused: string[] = [];
  const walk = (catalog: object, path: string[]) => {
    for (const [key, value] of Object.entries(catalog)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) walk(value, [...path, key]);
      else if (!sources.some((s) => named(key).test(s) && path.slice(1).every((p) => named(p).test(s))))
        unused.push([...path, key].join('.'));
    }
  };
  walk(stringsFor('zh-CN').strings, []);
  assert.deepEqual(unused, []);
});

test("every message of core's search catalog is used by the command or the element", () => {
  const sources = [
    ...sourcesUnder(join(root, 'packages/core/src'), /^$/),
    ...sourcesUnder(join(root, 'packages/elements/src'), /^$/),
  ];
  const unused = Object.keys(SEARCH_MESSAGES).filter((id) => !sources.some((s) => s.includes(`'${id}'`)));
  assert.deepEqual(unused, []);
});
