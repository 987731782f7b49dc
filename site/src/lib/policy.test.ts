import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContentOrThrow } from '@sixin/core/node';
import { clauseLabel, policyToc } from './policy.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const { policy } = loadContentOrThrow(join(root, 'content'), { cwd: root });

test('clauses are labelled the way people cite them', () => {
  assert.equal(clauseLabel('4.2', policy.clauses), '四（二）营造宽松开放的市场准入环境');
  assert.equal(clauseLabel('2', policy.clauses), '二、基本原则');
  assert.equal(clauseLabel('annex.1', policy.clauses), '一、分类目的');
});

test('an unknown clause is an error naming the known ones', () => {
  assert.throws(() => clauseLabel('4.9', policy.clauses), /no clause "4\.9".*4\.2/);
});

test('the table of contents nests every clause heading under its section', () => {
  const toc = policyToc(policy.documents);
  assert.deepEqual(
    toc.map((e) => e.clause),
    ['notice', 'measures', 'annex'],
  );
  const measures = toc[1];
  assert.deepEqual(
    measures.children.map((e) => e.clause),
    ['1', '2', '3', '4', '5'],
  );
  assert.deepEqual(
    measures.children[3].children.map((e) => e.clause),
    ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'],
  );
  const flat = (entries: typeof toc): string[] => entries.flatMap((e) => [e.clause, ...flat(e.children)]);
  assert.deepEqual(
    flat(toc),
    policy.clauses.map((c) => c.id),
  );
});
