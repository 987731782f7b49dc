/**
 * `npm run eval`: builds the search index from `content/`, runs the evaluation set and prints recall@3, the share of
 * out-of-directory queries answered "not found", and every miss. Exit code 1 when a target is not met.
 * `--all` also lists the queries that passed.
 */
import { createSearcher } from '@sixin/core';
import { buildSearchIndexFromContent } from '@sixin/core/node';
import { evaluate, loadEvalQueries, TARGET_NOT_FOUND, TARGET_RECALL_AT_3 } from './evaluate.ts';

const showAll = process.argv.includes('--all');
const searcher = createSearcher(buildSearchIndexFromContent('content'));
const queries = loadEvalQueries();
const report = evaluate(queries, (q) => searcher.search(q));

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
for (const o of report.outcomes) {
  const miss = o.recall !== undefined ? o.recall < 1 : !o.notFound;
  if (!miss && !showAll) continue;
  const label = o.query.expect.length ? `expected ${o.query.expect.join(', ')}` : 'expected not found';
  const mark = miss ? 'MISS' : 'ok  ';
  console.log(`${mark} [${o.query.kind}] ${o.query.q.replace(/\s+/g, ' ').slice(0, 70)}\n       ${label}; top 3: ${o.top3.join(', ') || '(none)'}`);
}
const byKind = new Map<string, { n: number; sum: number }>();
for (const o of report.outcomes) {
  if (o.recall === undefined) continue;
  const k = byKind.get(o.query.kind) ?? { n: 0, sum: 0 };
  k.n++;
  k.sum += o.recall;
  byKind.set(o.query.kind, k);
}
console.log(`\nqueries: ${queries.length} (${report.positives} with expected categories, ${report.negatives} outside the directory)`);
console.log(`recall@3:          ${pct(report.recallAt3)}  (target ≥ ${pct(TARGET_RECALL_AT_3)})`);
for (const [kind, k] of byKind) console.log(`  ${kind.padEnd(10)} ${pct(k.sum / k.n)}  (${k.n})`);
console.log(`precision@3:       ${pct(report.precisionAt3)}  (for information)`);
console.log(`negatives "not found": ${pct(report.notFoundShare)}  (target ≥ ${pct(TARGET_NOT_FOUND)})`);
process.exitCode = report.recallAt3 >= TARGET_RECALL_AT_3 && report.notFoundShare >= TARGET_NOT_FOUND ? 0 : 1;
