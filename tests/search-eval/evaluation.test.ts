/**
 * The evaluation set as a test: fails when recall@3 or the share of out-of-directory queries answered "not found"
 * drops below the targets of issue 3. `npm run eval` prints the same figures with every miss.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createSearcher } from '@sixin/core';
import { buildSearchIndexFromContent } from '@sixin/core/node';
import { evaluate, loadEvalQueries, TARGET_NOT_FOUND, TARGET_RECALL_AT_3 } from './evaluate.ts';

const queries = loadEvalQueries();
const searcher = createSearcher(buildSearchIndexFromContent('content'));
const report = evaluate(queries, (q) => searcher.search(q));

const misses = (keep: (o: (typeof report.outcomes)[number]) => boolean) =>
  report.outcomes
    .filter(keep)
    .map((o) => `  ${o.query.q.slice(0, 60)} → ${o.top3.join(', ') || '(none)'}`)
    .join('\n');

it('the evaluation set is as large and varied as the issue asks', () => {
  assert.ok(queries.length >= 80, `${queries.length} queries`);
  assert.ok(report.negatives >= 20, `${report.negatives} out-of-directory queries`);
  const described = queries.filter((q) => q.kind === 'paragraph' || q.kind === 'free').length;
  assert.ok(described * 3 >= queries.length, `${described} of ${queries.length} are paragraphs or free descriptions`);
});

it(`recall@3 is at least ${TARGET_RECALL_AT_3}`, () => {
  assert.ok(
    report.recallAt3 >= TARGET_RECALL_AT_3,
    `recall@3 ${report.recallAt3.toFixed(3)}; misses:\n${misses((o) => (o.recall ?? 1) < 1)}`,
  );
});

it(`at least ${TARGET_NOT_FOUND} of out-of-directory queries are answered "not found"`, () => {
  assert.ok(
    report.notFoundShare >= TARGET_NOT_FOUND,
    `not found ${report.notFoundShare.toFixed(3)}; wrongly found:\n${misses((o) => o.notFound === false)}`,
  );
});
