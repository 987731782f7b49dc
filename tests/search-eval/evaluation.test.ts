/**
 * The evaluation sets as a test: fails when any set drops below what it reaches today (`FLOORS`), so a change cannot
 * make search worse unnoticed. The targets of issue 13 (recall@3 and "not found" ≥ 0.95, precision@3 ≥ 0.85,
 * generated out-of-directory classes ≥ 0.97) are printed with every miss by `npm run eval`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSearcher } from '@sixin/core';
import { buildSearchIndex, loadContentOrThrow, loadIndustryNotes, loadIndustryTable } from '@sixin/core/node';
import {
  evaluate,
  FLOORS,
  loadEvalSets,
  TARGET_GENERATED_OUTSIDE,
  TARGET_NOT_FOUND,
  TARGET_PRECISION_AT_3,
  TARGET_RECALL_AT_3,
  type EvalOutcome,
} from './evaluate.ts';

const { directory } = loadContentOrThrow('content');
const searcher = createSearcher(
  buildSearchIndex({ directory, industries: loadIndustryTable(), notes: loadIndustryNotes() }),
);
const sets = loadEvalSets(directory);

const misses = (outcomes: EvalOutcome[], keep: (o: EvalOutcome) => boolean) =>
  outcomes
    .filter(keep)
    .slice(0, 40)
    .map((o) => `  ${o.query.q.slice(0, 60)} → ${o.top3.join(', ') || '(none)'}`)
    .join('\n');

it('the hand-written sets are as large and varied as issues 3 and 13 ask', () => {
  const realStyle = sets.find((s) => s.name === 'real-style')!.queries;
  assert.ok(realStyle.length >= 120, `${realStyle.length} real-style queries`);
  for (const kind of ['modern', 'legacy', 'free', 'lookalike'] as const) {
    assert.ok(realStyle.filter((q) => q.kind === kind).length >= 25, `at least 25 real-style queries of kind ${kind}`);
  }
  assert.ok(
    realStyle.every((q) => q.why),
    'every real-style label names the data row that justifies it',
  );
  const tuning = sets.find((s) => s.name === 'tuning')!.queries;
  assert.ok(tuning.length >= 80 && tuning.filter((q) => !q.expect.length).length >= 20);
});

for (const set of sets) {
  describe(`evaluation set "${set.name}"`, () => {
    const report = evaluate(set.queries, (q) => searcher.search(q));
    const floor = FLOORS[set.name];
    it(`recall@3 stays at or above ${floor.recall} (target ${TARGET_RECALL_AT_3})`, () => {
      assert.ok(
        report.recallAt3 >= floor.recall,
        `recall@3 ${report.recallAt3.toFixed(3)}; misses:\n${misses(report.outcomes, (o) => (o.recall ?? 1) < 1)}`,
      );
    });
    const notFoundTarget = set.name === 'generated' ? TARGET_GENERATED_OUTSIDE : TARGET_NOT_FOUND;
    it(`"not found" on out-of-directory queries stays at or above ${floor.notFound} (target ${notFoundTarget})`, () => {
      assert.ok(
        report.notFoundShare >= floor.notFound,
        `not found ${report.notFoundShare.toFixed(3)}; wrongly found:\n${misses(report.outcomes, (o) => o.notFound === false)}`,
      );
    });
    it(`precision@3 stays at or above ${floor.precision} (target ${TARGET_PRECISION_AT_3})`, () => {
      assert.ok(report.precisionAt3 >= floor.precision, `precision@3 ${report.precisionAt3.toFixed(3)}`);
    });
  });
}
