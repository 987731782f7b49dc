import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Category } from '@sixin/core';
import { ancestry, nestCategories, directionCounts } from './tree.ts';

const cat = (id: string, parent: string | null, children: string[], order = 1): Category => ({
  id,
  code: id.includes('/') ? null : id,
  level: (id.includes('/') ? 3 : id.includes('.') ? 2 : 1) as 1 | 2 | 3,
  name: `name ${id}`,
  parent,
  children,
  order,
  status: 'official',
  industries: [],
  products: [],
  keywords: [],
  aliases: [],
  notes: '',
  source: `${id}.md`,
});

const sample = [
  cat('2', null, ['2.1'], 2),
  cat('1.3/b', '1.3', []),
  cat('1', null, ['1.3', '1.1'], 1),
  cat('1.1', '1', ['1.1/a']),
  cat('1.3', '1', ['1.3/b']),
  cat('1.1/a', '1.1', []),
  cat('2.1', '2', []),
];

test('the tree nests children under their parents in the order the parent lists them', () => {
  const tree = nestCategories(sample);
  assert.deepEqual(
    tree.map((n) => n.category.id),
    ['1', '2'],
  );
  assert.deepEqual(
    tree[0].children.map((n) => n.category.id),
    ['1.3', '1.1'],
  );
  assert.deepEqual(
    tree[0].children[0].children.map((n) => n.category.id),
    ['1.3/b'],
  );
  assert.deepEqual(tree[1].children[0].children, []);
});

test('a child or parent missing from the list is an error, not a silently smaller tree', () => {
  assert.throws(() => nestCategories([cat('1', null, ['1.9'])]), /lists child 1\.9/);
  assert.throws(() => nestCategories([cat('1.1', '1', [])]), /names parent 1/);
});

test('ancestry runs from level 1 down to the category itself', () => {
  assert.deepEqual(
    ancestry('1.3/b', sample).map((c) => c.id),
    ['1', '1.3', '1.3/b'],
  );
  assert.deepEqual(
    ancestry('2', sample).map((c) => c.id),
    ['2'],
  );
  assert.throws(() => ancestry('9', sample), /not in the directory/);
});

test('direction counts add up level-3 directions under each ancestor', () => {
  const counts = directionCounts(sample);
  assert.equal(counts.get('1'), 2);
  assert.equal(counts.get('1.1'), 1);
  assert.equal(counts.get('1.3'), 1);
  assert.equal(counts.get('2'), undefined);
});
