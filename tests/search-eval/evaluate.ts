/**
 * Measures the search engine on the evaluation set (`queries.yaml`): recall@3 on queries that have expected
 * categories, and the share of out-of-directory queries answered "not found".
 *
 * Run: `npm run eval` (prints the figures and each miss). `evaluation.test.ts` fails below the targets.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { SearchResult } from '@sixin/core';

export const TARGET_RECALL_AT_3 = 0.95;
export const TARGET_NOT_FOUND = 0.95;

export type EvalKind = 'phrase' | 'paragraph' | 'free' | 'code' | 'pinyin' | 'typo';

export interface EvalQuery {
  q: string;
  expect: string[];
  kind: EvalKind;
}

export const QUERIES_FILE = fileURLToPath(new URL('./queries.yaml', import.meta.url));

/** Reads and checks the evaluation set; a malformed entry is an error naming it. */
export function loadEvalQueries(file = QUERIES_FILE): EvalQuery[] {
  const doc = parse(readFileSync(file, 'utf8')) as { queries?: unknown };
  if (!doc || !Array.isArray(doc.queries)) throw new Error(`${file}: expected a "queries:" list`);
  return doc.queries.map((entry: unknown, i: number) => {
    const e = entry as Partial<EvalQuery>;
    if (typeof e?.q !== 'string' || !e.q.trim()) throw new Error(`${file}: query #${i + 1} has no text "q"`);
    if (!Array.isArray(e.expect) || !e.expect.every((c) => typeof c === 'string' && /^\d\.\d$/.test(c))) {
      throw new Error(`${file}: query #${i + 1} ("${e.q.slice(0, 20)}") needs "expect" as a list of level-2 codes`);
    }
    const kinds: EvalKind[] = ['phrase', 'paragraph', 'free', 'code', 'pinyin', 'typo'];
    if (!kinds.includes(e.kind as EvalKind)) throw new Error(`${file}: query #${i + 1} has an unknown kind "${String(e.kind)}"`);
    return { q: e.q, expect: e.expect, kind: e.kind as EvalKind };
  });
}

export interface EvalOutcome {
  query: EvalQuery;
  top3: string[];
  /** For queries with expectations: expected codes found in the top three / min(expected, 3). */
  recall?: number;
  /** For out-of-directory queries: whether the answer was "not found". */
  notFound?: boolean;
}

export interface EvalReport {
  outcomes: EvalOutcome[];
  recallAt3: number;
  notFoundShare: number;
  positives: number;
  negatives: number;
  /** Share of first-three answers that were expected, on queries with expectations (for information). */
  precisionAt3: number;
}

/** Scores any search function (this engine, or a baseline such as plain fuse.js) on the evaluation set. */
export function evaluate(queries: EvalQuery[], search: (q: string) => Pick<SearchResult, 'categories' | 'notFound'>): EvalReport {
  const outcomes: EvalOutcome[] = [];
  let recallSum = 0;
  let positives = 0;
  let notFound = 0;
  let negatives = 0;
  let precisionHits = 0;
  let precisionTotal = 0;
  for (const query of queries) {
    const result = search(query.q);
    const top3 = result.categories.slice(0, 3).map((c) => c.code);
    if (query.expect.length) {
      const found = query.expect.filter((c) => top3.includes(c)).length;
      const recall = found / Math.min(query.expect.length, 3);
      recallSum += recall;
      positives++;
      precisionHits += top3.filter((c) => query.expect.includes(c)).length;
      precisionTotal += top3.length;
      outcomes.push({ query, top3, recall });
    } else {
      const ok = result.categories.length === 0;
      if (ok) notFound++;
      negatives++;
      outcomes.push({ query, top3, notFound: ok });
    }
  }
  return {
    outcomes,
    recallAt3: positives ? recallSum / positives : 0,
    notFoundShare: negatives ? notFound / negatives : 0,
    positives,
    negatives,
    precisionAt3: precisionTotal ? precisionHits / precisionTotal : 0,
  };
}
