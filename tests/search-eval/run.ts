/**
 * `npm run eval`: builds the search index from `content/`, runs every evaluation set (see `evaluate.ts`) and prints,
 * per set and per kind of query, recall@3, "not found" on out-of-directory queries and precision@3, then every miss.
 * Exit code 1 when a target is not met.
 *
 *   npm run eval                 figures and misses (generated sets: the first 25 misses of each kind)
 *   npm run eval -- --all        every query, passed or not
 *   npm run eval -- --set blind  one set only
 */
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
  type EvalFigures,
  type EvalReport,
} from './evaluate.ts';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const onlySet = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;

const { directory } = loadContentOrThrow('content');
const searcher = createSearcher(
  buildSearchIndex({ directory, industries: loadIndustryTable(), notes: loadIndustryNotes() }),
);
const sets = loadEvalSets(directory).filter((s) => !onlySet || s.name === onlySet);
if (!sets.length) {
  console.error(`no evaluation set named "${onlySet}"`);
  process.exit(2);
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(6);
const line = (label: string, f: EvalFigures) =>
  `${label.padEnd(14)} recall@3 ${f.positives ? pct(f.recallAt3) : '     -'} (${String(f.positives).padStart(3)})` +
  `   not found ${f.negatives ? pct(f.notFoundShare) : '     -'} (${String(f.negatives).padStart(3)})` +
  `   precision@3 ${f.positives ? pct(f.precisionAt3) : '     -'}`;

function printMisses(report: EvalReport, generated: boolean) {
  const shown = new Map<string, number>();
  for (const o of report.outcomes) {
    const miss = o.recall !== undefined ? o.recall < 1 : !o.notFound;
    if (!miss && !showAll) continue;
    const count = shown.get(o.query.kind) ?? 0;
    shown.set(o.query.kind, count + 1);
    if (generated && !showAll && count >= 25) continue;
    const label = o.query.expect.length ? `expected ${o.query.expect.join(', ')}` : 'expected not found';
    console.log(
      `  ${miss ? 'MISS' : 'ok  '} [${o.query.kind}] ${o.query.q.replace(/\s+/g, ' ').slice(0, 70)}\n         ${label}; top 3: ${o.top3.join(', ') || '(none)'}`,
    );
  }
}

let failed = false;
for (const set of sets) {
  const report = evaluate(set.queries, (q) => searcher.search(q));
  const generated = set.name === 'generated' || set.name === 'products';
  console.log(`\n== ${set.name}: ${set.description}, ${set.queries.length} queries`);
  printMisses(report, generated);
  console.log(line('all', report));
  for (const [kind, f] of report.byKind) console.log(line(`  ${kind}`, f));
  if (set.name === 'products') {
    failed ||= report.recallAt3 < TARGET_RECALL_AT_3;
  } else if (generated) {
    const outside = report.outcomes.filter((o) => o.query.kind.startsWith('outside'));
    const share = outside.filter((o) => o.notFound).length / Math.max(1, outside.length);
    console.log(`outside classes "not found": ${pct(share)} (target ≥ ${pct(TARGET_GENERATED_OUTSIDE)})`);
    failed ||= share < TARGET_GENERATED_OUTSIDE || report.recallAt3 < TARGET_RECALL_AT_3;
  } else {
    failed ||=
      report.recallAt3 < TARGET_RECALL_AT_3 ||
      report.notFoundShare < TARGET_NOT_FOUND ||
      report.precisionAt3 < TARGET_PRECISION_AT_3;
  }
}
console.log(
  `\ntargets: recall@3 ≥ ${pct(TARGET_RECALL_AT_3)}, not found ≥ ${pct(TARGET_NOT_FOUND)}, precision@3 ≥ ${pct(TARGET_PRECISION_AT_3)} on every set`,
);
console.log(
  `floors (what evaluation.test.ts holds): ${Object.entries(FLOORS)
    .map(([name, f]) => `${name} ${pct(f.recall)}/${pct(f.notFound)}/${pct(f.precision)}`)
    .join('; ')}`,
);
console.log(failed ? 'Not every target is met (exit code 1).' : 'Every target is met.');
process.exitCode = failed ? 1 : 0;
