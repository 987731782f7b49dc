import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { elementsVersion, widgetBundle } from './widgets.ts';

const scratch = mkdtempSync(join(tmpdir(), 'sixin-site-widgets-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const elementsDir = join(scratch, 'elements');
const publicDir = join(scratch, 'public');

test('no elements package and no published bundle: nothing to load', () => {
  assert.equal(elementsVersion({ elementsDir }), undefined);
  assert.deepEqual(widgetBundle({ elementsDir, publicDir }), { published: false, version: undefined });
});

test('a published bundle comes with the elements package version', () => {
  mkdirSync(elementsDir, { recursive: true });
  writeFileSync(join(elementsDir, 'package.json'), JSON.stringify({ name: '@sixin/elements', version: '1.2.3' }));
  mkdirSync(join(publicDir, 'widgets'), { recursive: true });
  writeFileSync(join(publicDir, 'widgets', 'sixin-elements.js'), 'export {};');
  assert.deepEqual(widgetBundle({ elementsDir, publicDir }), { published: true, version: '1.2.3' });
});

test('the standalone bundle, when published, comes with its gzipped size for the embed page', () => {
  writeFileSync(join(publicDir, 'widgets', 'sixin-elements.standalone.js'), 'export const everything = 1;'.repeat(100));
  const bundle = widgetBundle({ elementsDir, publicDir });
  assert.equal(bundle.version, '1.2.3');
  assert.ok(
    bundle.standaloneGzipBytes! > 0 && bundle.standaloneGzipBytes! < 2800,
    `${bundle.standaloneGzipBytes} bytes`,
  );
});

test('a version that cannot be a path segment is not used in a URL', () => {
  writeFileSync(join(elementsDir, 'package.json'), JSON.stringify({ version: '../../etc' }));
  assert.equal(elementsVersion({ elementsDir }), undefined);
});
