// The test code and the framework examples (React TSX with its JSX types for the elements, Vue with its compiled
// template) type-check in strict mode against the elements' published declarations: an example that no longer
// matches the elements' API fails here, not in an embedder's build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { EMBED_DIR } from './support/paths.ts';

test('tests/embed and its React and Vue examples type-check', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', EMBED_DIR], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc -p tests/embed:\n${(error as { stdout?: string }).stdout ?? (error as Error).message}`);
  }
});
