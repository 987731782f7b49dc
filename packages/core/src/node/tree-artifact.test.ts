import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli.js';
import { loadContentOrThrow } from './load.js';
import { treeData, nameInitials, type TreeData } from './tree-artifact.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const { directory } = loadContentOrThrow('content', { cwd: repoRoot });

test('the tree keeps every category in the same order, without products, notes or source paths', () => {
  const tree = treeData(directory);
  assert.equal(tree.kind, 'tree');
  assert.deepEqual(
    tree.categories.map((c) => c.id),
    directory.categories.map((c) => c.id),
  );
  assert.deepEqual(tree.counts, directory.counts);
  for (const c of tree.categories) {
    assert.ok(!('products' in c) && !('notes' in c) && !('source' in c), `${c.id} still carries page-only fields`);
  }
  const software = tree.categories.find((c) => c.id === '1.3/xinxing-ruanjian-kaifa');
  const original = directory.categories.find((c) => c.id === '1.3/xinxing-ruanjian-kaifa');
  assert.ok(software && original);
  assert.deepEqual(software.industries, original.industries);
  assert.equal(software.code, null, 'level-3 directions have no official code and must not get one');
});

test('inferred 新材料 items stay marked as inferred', () => {
  const tree = treeData(directory);
  assert.equal(tree.categories.filter((c) => c.status === 'inferred').length, directory.counts.inferred);
});

test('pinyin initials follow the reading in context and keep digits and Latin letters', () => {
  assert.equal(nameInitials('新材料产业'), 'xclcy');
  assert.equal(nameInitials('银行服务'), 'yhfw');
  assert.equal(nameInitials('行业应用'), 'hyyy');
  assert.equal(nameInitials('5G 通信设备'), '5gtxsb');
  assert.equal(treeData(directory).categories.find((c) => c.id === '3')?.initials, 'xclcy');
});

test('sixin export --out-dir writes tree.json next to directory.json', async () => {
  const out = mkdtempSync(join(tmpdir(), 'sixin-tree-'));
  try {
    const errors: string[] = [];
    const code = await main(['export', 'content', '--out-dir', out], {
      cwd: repoRoot,
      stdout: () => {},
      stderr: (t) => errors.push(t),
    });
    assert.equal(code, 0, errors.join('\n'));
    const tree = JSON.parse(readFileSync(join(out, 'tree.json'), 'utf8')) as TreeData;
    assert.equal(tree.categories.length, directory.categories.length);
    const full = readFileSync(join(out, 'directory.json'), 'utf8');
    assert.ok(
      readFileSync(join(out, 'tree.json'), 'utf8').length < full.length / 2,
      'tree.json should be much smaller than directory.json',
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
