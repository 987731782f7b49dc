import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, test } from 'node:test';
import { strings } from '../src/i18n/strings.ts';
import type { SitePaths } from '../src/lib/paths.ts';
import { exportData, publishWidgets, removeScratch, swapInto, type BuildLog } from './build-steps.ts';

const scratch = mkdtempSync(join(tmpdir(), 'sixin-site-build-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const t = strings();
const projectRoot = join(import.meta.dirname, '..', '..');

let paths: SitePaths;
let lines: string[];
const log: BuildLog = { info: (l) => lines.push(l), error: (l) => lines.push(l) };
beforeEach(() => {
  rmSync(join(scratch, 'p'), { recursive: true, force: true });
  const root = join(scratch, 'p');
  paths = {
    siteDir: join(root, 'site'),
    projectRoot: root,
    contentDir: join(projectRoot, 'content'),
    publicDir: join(root, 'site', 'public'),
    elementsDir: join(root, 'packages', 'elements'),
  };
  mkdirSync(paths.publicDir, { recursive: true });
  lines = [];
});

test('without a built bundle no widget is published, and one left by an earlier build is removed', () => {
  mkdirSync(join(paths.publicDir, 'widgets', '0.0.1'), { recursive: true });
  writeFileSync(join(paths.publicDir, 'widgets', 'sixin-elements.js'), 'stale');
  assert.equal(publishWidgets(paths, t, log), undefined);
  assert.equal(existsSync(join(paths.publicDir, 'widgets')), false);
  assert.match(lines.join('\n'), /未找到组件脚本/);
});

test('a built bundle is published at the stable and the versioned URL, with its source map', () => {
  const bundleDir = join(paths.elementsDir, 'dist', 'bundle');
  mkdirSync(bundleDir, { recursive: true });
  writeFileSync(join(paths.elementsDir, 'package.json'), JSON.stringify({ version: '2.0.1' }));
  writeFileSync(
    join(bundleDir, 'sixin-elements.js'),
    'customElements.define("x-y", class extends HTMLElement {});\n//# sourceMappingURL=sixin-elements.js.map',
  );
  writeFileSync(join(bundleDir, 'sixin-elements.js.map'), '{}');
  assert.equal(publishWidgets(paths, t, log), '2.0.1');
  for (const dir of ['widgets', 'widgets/2.0.1']) {
    assert.equal(
      readFileSync(join(paths.publicDir, dir, 'sixin-elements.js'), 'utf8'),
      readFileSync(join(bundleDir, 'sixin-elements.js'), 'utf8'),
    );
    assert.ok(existsSync(join(paths.publicDir, dir, 'sixin-elements.js.map')));
  }
});

test('the files the bundle loads on demand are published beside it, at both URLs', () => {
  const bundleDir = join(paths.elementsDir, 'dist', 'bundle');
  mkdirSync(bundleDir, { recursive: true });
  writeFileSync(join(paths.elementsDir, 'package.json'), JSON.stringify({ version: '2.0.2' }));
  writeFileSync(join(bundleDir, 'sixin-elements.js'), 'import("./sixin-search-engine-0123abcd.js");');
  writeFileSync(join(bundleDir, 'sixin-search-engine-0123abcd.js'), 'export const engine = 1;');
  assert.equal(publishWidgets(paths, t, log), '2.0.2');
  for (const dir of ['widgets', 'widgets/2.0.2']) {
    assert.equal(
      readFileSync(join(paths.publicDir, dir, 'sixin-search-engine-0123abcd.js'), 'utf8'),
      'export const engine = 1;',
    );
  }
});

test('swapping puts the new build in place and removes the old one', () => {
  const dist = join(paths.siteDir, 'dist');
  const fresh = join(paths.siteDir, '.dist-building-1');
  mkdirSync(dist);
  writeFileSync(join(dist, 'old.html'), 'old');
  mkdirSync(fresh);
  writeFileSync(join(fresh, 'new.html'), 'new');
  swapInto(dist, fresh);
  assert.deepEqual(readdirSync(dist), ['new.html']);
  assert.deepEqual(
    readdirSync(paths.siteDir).filter((n) => n.startsWith('.dist-')),
    [],
  );
});

test('swapping works when there was no earlier build', () => {
  const dist = join(paths.siteDir, 'dist');
  const fresh = join(paths.siteDir, '.dist-building-2');
  mkdirSync(fresh, { recursive: true });
  writeFileSync(join(fresh, 'index.html'), 'new');
  swapInto(dist, fresh);
  assert.deepEqual(readdirSync(dist), ['index.html']);
});

test('scratch folders of an interrupted build are cleared, nothing else', () => {
  for (const name of ['.dist-building-9', '.dist-old-9', 'dist', 'src'])
    mkdirSync(join(paths.siteDir, name), { recursive: true });
  removeScratch(paths.siteDir);
  assert.deepEqual(readdirSync(paths.siteDir).sort(), ['dist', 'public', 'src']);
});

test('exporting writes every data file from valid content, with paths shown from the project root', async () => {
  assert.equal(await exportData(paths, log), true);
  const files = readdirSync(join(paths.publicDir, 'data'));
  assert.ok(files.includes('directory.json'), files.join(', '));
});

test('exporting bad content writes nothing and reports file:line problems', async () => {
  const broken = join(scratch, 'broken');
  mkdirSync(join(broken, 'directory'), { recursive: true });
  mkdirSync(join(broken, 'policy'), { recursive: true });
  writeFileSync(join(broken, 'directory', 'stray.md'), 'no front matter');
  assert.equal(await exportData({ ...paths, contentDir: broken, projectRoot: scratch }, log), false);
  assert.equal(existsSync(join(paths.publicDir, 'data')), false);
  assert.match(lines.join('\n'), /^broken\/directory\/stray\.md(:\d+)?: /m);
});
