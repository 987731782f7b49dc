/**
 * Measures the search engine on the evaluation sets: recall@3 on queries that have expected categories, the share of
 * out-of-directory queries answered "not found", and precision@3 — for each set and each kind of query.
 *
 * The sets (issue 13):
 * - `tuning`     `queries.yaml`: the first set (issue 3), which the engine was tuned on;
 * - `real-style` `real-style.yaml`: 140 real-style scopes written before the issue-13 engine and committed first;
 * - `blind`      `blind.yaml`: written after tuning and run without further changes;
 * - `generated`  from the data (`generated.ts`): every GB/T class outside the directory and every whole class inside.
 *
 * Run: `npm run eval` (prints the figures and each miss). `evaluation.test.ts` fails below the targets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { DirectoryData, SearchResult } from '@sixin/core';
import { generatedQueries, productQueries } from './generated.ts';

export const TARGET_RECALL_AT_3 = 0.95;
export const TARGET_NOT_FOUND = 0.95;
export const TARGET_PRECISION_AT_3 = 0.85;
/** "Not found" on the generated out-of-directory classes (names and note phrases). */
export const TARGET_GENERATED_OUTSIDE = 0.97;

/**
 * What each set reaches today, rounded down: `evaluation.test.ts` fails when a change falls below it, so no change
 * makes search worse unnoticed. Where a floor is below the target, the target is not met yet: `npm run eval` says so.
 * Raise a floor when the engine improves; never lower one to make a change pass.
 */
export const FLOORS: Record<EvalSet['name'], { recall: number; notFound: number; precision: number }> = {
  // Precision 0.84 → 0.82 on purpose: an item no leading category answers is told its own best category (b164fec),
  // which adds honest 'possible' answers the labels do not list (生物化工产品技术研发 → 4.5, 地理遥感信息服务 → 8.2).
  tuning: { recall: 0.97, notFound: 0.99, precision: 0.85 },
  'real-style': { recall: 0.98, notFound: 0.97, precision: 0.89 },
  blind: { recall: 0.99, notFound: 0.99, precision: 0.88 },
  blind2: { recall: 0.93, notFound: 0.99, precision: 0.74 },
  blind3: { recall: 0.93, notFound: 0.99, precision: 0.92 },
  blind4: { recall: 0.93, notFound: 0.99, precision: 0.82 },
  blind5: { recall: 0.93, notFound: 0.99, precision: 0.96 },
  blind6: { recall: 0.9, notFound: 0.99, precision: 0.82 },
  blind7: { recall: 0.84, notFound: 0.99, precision: 0.79 },
  blind8: { recall: 0.84, notFound: 0.99, precision: 0.85 },
  blind9: { recall: 0.93, notFound: 0.99, precision: 0.93 },
  blind10: { recall: 0.9, notFound: 0.93, precision: 0.93 },
  blind11: { recall: 0.95, notFound: 0.93, precision: 0.96 },
  blind12: { recall: 0.99, notFound: 0.99, precision: 0.91 },
  blind13: { recall: 0.95, notFound: 0.93, precision: 0.91 },
  blind14: { recall: 0.87, notFound: 0.99, precision: 0.91 },
  blind15: { recall: 0.87, notFound: 0.93, precision: 0.94 },
  blind16: { recall: 0.9, notFound: 0.99, precision: 0.96 },
  blind17: { recall: 0.9, notFound: 0.93, precision: 0.8 },
  // Precision 0.78 → 0.76 on purpose: the company's name is read for its trade. Its NEV engineering institute's name
  // (新能源汽车工程研究院) then reads as 6.4's 其他新能源工程技术研究, beside its 9.1 and 5.2; the label is 5.4, a miss
  // before and after. The same rule found five labels elsewhere (blind15, blind16, blind20, blind21).
  blind18: { recall: 0.76, notFound: 0.99, precision: 0.76 },
  blind19: { recall: 0.96, notFound: 0.99, precision: 0.94 },
  blind20: { recall: 0.89, notFound: 0.99, precision: 0.85 },
  blind21: { recall: 0.73, notFound: 0.87, precision: 0.89 },
  // Recall 0.85 → 0.84 on purpose, the same session it was written: 代理 became an activity of its own (freight
  // forwarding is not transport), which turned two of its and blind17's negatives into "not found" and cost one of
  // the two labels of an ad agency's scope (设计、制作、代理、发布…广告 no longer reaches 8.4 beside 8.3).
  blind22: { recall: 0.84, notFound: 0.93, precision: 0.9 },
  blind23: { recall: 0.73, notFound: 0.81, precision: 0.85 },
  blind24: { recall: 0.75, notFound: 0.87, precision: 0.89 },
  blind25: { recall: 0.79, notFound: 0.87, precision: 0.87 },
  blind26: { recall: 0.84, notFound: 0.99, precision: 0.75 },
  generated: { recall: 0.99, notFound: 0.99, precision: 0.99 },
  // Every listed key product in its own wording: not a target of issue 13, a check that the directory's own words
  // find their categories (a product's activity word, 风力发电增速齿轮箱, once made it find nothing).
  // Precision 0.91 → 0.90 with keywords round 5: a keyword inside a product's wording adds its category beside the
  // product's own (`机床滚珠丝杠用钢` → 2.1 beside 3.1 through 滚珠丝杠), as a scope naming both would.
  products: { recall: 0.97, notFound: 0, precision: 0.92 },
};

export const EVAL_KINDS = [
  // issue 3
  'phrase',
  'paragraph',
  'free',
  'code',
  'pinyin',
  'typo',
  // issue 13, real-style
  'modern',
  'legacy',
  'lookalike',
  // issue 13, generated from the data
  'outside-name',
  'outside-note',
  'inside-name',
  'inside-product',
] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

export interface EvalQuery {
  q: string;
  expect: string[];
  kind: EvalKind;
  /** The data row that justifies the label. */
  why?: string;
}

export interface EvalSet {
  name: 'tuning' | 'real-style' | BlindSetName | 'generated' | 'products';
  description: string;
  queries: EvalQuery[];
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
export const QUERIES_FILE = here('./queries.yaml');
export const REAL_STYLE_FILE = here('./real-style.yaml');

/** Reads and checks one evaluation file; a malformed entry is an error naming it. */
export function loadEvalQueries(file = QUERIES_FILE): EvalQuery[] {
  const doc = parse(readFileSync(file, 'utf8')) as { queries?: unknown };
  if (!doc || !Array.isArray(doc.queries)) throw new Error(`${file}: expected a "queries:" list`);
  return doc.queries.map((entry: unknown, i: number) => {
    const e = entry as Partial<EvalQuery>;
    if (typeof e?.q !== 'string' || !e.q.trim()) throw new Error(`${file}: query #${i + 1} has no text "q"`);
    if (!Array.isArray(e.expect) || !e.expect.every((c) => typeof c === 'string' && /^\d\.\d$/.test(c))) {
      throw new Error(`${file}: query #${i + 1} ("${e.q.slice(0, 20)}") needs "expect" as a list of level-2 codes`);
    }
    if (!EVAL_KINDS.includes(e.kind as EvalKind))
      throw new Error(`${file}: query #${i + 1} has an unknown kind "${String(e.kind)}"`);
    if (e.why !== undefined && typeof e.why !== 'string')
      throw new Error(`${file}: query #${i + 1} has a "why" that is not text`);
    return { q: e.q, expect: e.expect, kind: e.kind as EvalKind, ...(e.why ? { why: e.why } : {}) };
  });
}

/**
 * The blind batches, oldest first, each with how it was written and its first run: sets written after tuning (and from
 * blind4 on, committed before they were ever searched). A batch is left out until its file exists.
 */
const BLIND_SETS = [
  ['blind', 'blind.yaml (written after tuning; first run 85.0 / 90.0 / 81.6 %, then tuned on)'],
  ['blind2', 'blind2.yaml (written after the last change blind.yaml saw; its first run is the figure)'],
  [
    'blind3',
    'blind3.yaml (written after the precision change; first run 78.3 / 100 / 91.2 %, then tuned on for free phrasing)',
  ],
  [
    'blind4',
    'blind4.yaml (written and committed before it was ever searched; first run 80.0 / 100 / 80.0 %, not tuned on)',
  ],
  [
    'blind5',
    'blind5.yaml (written and committed before it was ever searched; first run 66.7 / 83.3 / 90.9 %, then tuned on)',
  ],
  [
    'blind6',
    'blind6.yaml (written after this round of tuning, committed before it was ever searched; its first run is the figure: 71.9 / 93.8 / 74.2 %, the engine at the start of the round: 59.4 / 93.8 / 65.5 %)',
  ],
  [
    'blind7',
    'blind7.yaml (written by someone who never ran the engine, committed before it was ever searched; its first run is the figure: 65.6 / 93.8 / 72.4 %, the engine and content at the start of that session: 62.5 / 93.8 / 69.0 %; then tuned on)',
  ],
  [
    'blind8',
    'blind8.yaml (written by someone who never ran the engine, committed before it was ever searched; its first run is the figure: 73.4 / 100 / 83.3 %, the same as the engine and content at the start of that session; then tuned on)',
  ],
  [
    'blind9',
    'blind9.yaml (written by someone who never ran the engine, committed before it was ever searched; its first run is the figure: 87.5 / 100 / 87.5 % (free 72.7 recall), the same as the engine at the start of that session)',
  ],
  [
    'blind10',
    'blind10.yaml (written by someone who never ran the engine, committed before it was ever searched; its first run is the figure: 81.3 / 93.8 / 81.8 % (modern 100, legacy 84.6, free 42.9 recall); the engine at the start of that session scores the same)',
  ],
  [
    'blind11',
    'blind11.yaml (written by someone who never ran the engine, committed before it was ever searched; its first run is the figure: 82.8 / 93.8 / 90.0 % (modern 79.2, legacy 76.9, free 100 recall), the engine and content at the start of that session)',
  ],
  [
    'blind12',
    "blind12.yaml (written by someone who never ran the engine, after that session's engine changes and keywords, committed before it was ever searched; its first run is the figure: 96.9 / 100 / 89.2 % (modern 100, legacy 100, free 85.7 recall); the engine and content at the start of that session: 96.9 / 93.8 / 89.2 %)",
  ],
  [
    'blind13',
    "blind13.yaml (written by someone who never ran the engine, after that session's engine changes and keywords, committed before it was ever searched; its first run is the figure: 89.1 / 81.3 / 91.2 % (modern 100, legacy 95.5, free 57.1 recall; lookalikes 75 % not found); the engine and content at the start of that session: 89.1 / 81.3 / 88.6 %; then a training clause and a 销售： list were fixed: 89.1 / 93.8 / 91.2 %; later sessions' changes: 92.2 / 93.8 / 91.4 %; then 光模块 a keyword of 1.2 too (its own miss and blind8's): 95.3 / 93.8 / 91.7 %)",
  ],
  [
    'blind14',
    "blind14.yaml (written by someone who never ran the engine, after that session's first engine and keyword changes, committed before it was ever searched; its first run is the figure: 76.6 / 93.8 / 84.4 % (modern 79.2, legacy 100, free 28.6 recall; lookalikes 87.5 % not found); the engine and content at the start of that session: 76.6 / 100 / 84.4 % (a keyword of that session, 虚拟现实设备, made VR虚拟现实体验馆 a false answer; the venue rule then fixed it)",
  ],
  [
    'blind15',
    "blind15.yaml (written by someone who never ran the engine, after that session's engine changes and keywords round 6, committed before it was ever searched; its first run is the figure: 79.7 / 81.3 / 90.6 % (modern 70.8, legacy 92.3, free 71.4 recall; lookalikes 75 % not found), the same as the engine and content at the start of that session; then its venue and school lookalikes were fixed: 79.7 / 93.8 / 90.6 %; then the company's name in a pasted licence was read for its trade (its own low-E glass maker, 7.1): 87.5 / 93.8 / 94.1 %)",
  ],
  [
    'blind16',
    "blind16.yaml (written by someone who never ran the engine, after that session's context reading and two scope-wording keywords, committed before it was ever searched; its first run is the figure: 89.1 / 93.8 / 88.6 % (modern 87.5, legacy 88.5, free 92.9 recall; lookalikes 100 % not found); the engine and content at the start of that session: 87.5 / 93.8 / 86.1 %; then the selling rule for 、 lists made its hotel negative not found: 89.1 / 100 / 88.6 %; then the company's name in a pasted licence was read for its trade (its own hydrogen fuel-cell systems maker, 1.2): 90.6 / 100 / 97.0 %)",
  ],
  [
    'blind17',
    "blind17.yaml (written by someone who never ran the engine, after all of that session's engine changes and keywords round 7, committed before it was ever searched; its first run is the figure: 84.4 / 87.5 / 75.0 % (modern 91.7, legacy 84.6, free 71.4 recall; lookalikes 87.5 % not found), the same as the engine and content at the start of that session; then the keyword 安全运维 became 网络安全运维: 84.4 / 87.5 / 77.1 %; then a term must name every thing a clause names to hold it (its 汽车维护诊断设备 miss): 87.5 / 87.5 / 77.8 %; then 和 before what is provided, and information or matching offered through an own site or app read as an internet platform (its own freight-matching miss): 90.6 / 93.8 / 78.4 %)",
  ],
  [
    'blind18',
    "blind18.yaml (written by someone who never ran the engine, after that session's first three engine changes, committed before it was ever searched; its first run is the figure: 75.0 / 87.5 / 74.4 % (modern 83.3, legacy 84.6, free 42.9 recall; lookalikes 87.5 % not found); the engine and content at the start of that session: 75.0 / 87.5 / 72.5 %; then a word before 行业 stopped naming the business (its 芯片行业猎头 lookalike): 75.0 / 93.8 / 74.4 %; next session, weak hints in several clauses stopped adding up (its auto-finance negative) and an exact class name listed in part went to the part whose direction names the thing (its special ceramics): 75.0 / 100 / 78.4 %; then what comes before 用 became what a thing is for (its supercapacitor storage system, found before through the bare qualifier 新能源汽车, was lost): 73.4 / 100 / 77.8 %; then keywords round 8 (起落架, its own aircraft landing-gear miss): 76.6 / 100 / 78.4 %; then the company's name in a pasted licence was read for its trade (its NEV engineering institute's name read as 6.4, a wrong answer beside a miss): 76.6 / 100 / 76.3 %)",
  ],
  [
    'blind19',
    "blind19.yaml (written by someone who never ran the engine, after that session's first two engine changes, committed before it was ever searched; its first run is the figure: 87.5 / 100 / 88.2 % (modern 91.7, legacy 84.6, free 85.7 recall; lookalikes 100 % not found); the engine and content at the start of that session: 87.5 / 100 / 83.3 %; then what comes before 用 became what a thing is for (its own EVA film) and 新兴能源 a word (its own hydrogen firm): 93.8 / 100 / 91.4 %; keywords round 12, chosen without reading any set (OLED): 96.9 / 100 / 94.3 %)",
  ],
  [
    'blind20',
    "blind20.yaml (written by someone who never ran the engine, after all of that session's engine changes and keywords round 8, committed before it was ever searched; its first run is the figure: 70.3 / 100 / 79.3 % (modern 83.3, legacy 69.2, free 50.0 recall; lookalikes 100 % not found); the engine and content at the start of that session: 70.3 / 87.5 / 79.3 %, the difference its brake-pad and tyre negatives; then 事务所 became a body a business is named after (its own 专利事务所): 73.4 / 100 / 80.0 %; the next session read an item that finds nothing thing by thing at 及 (its own ultrasound scope): 76.6 / 100 / 80.6 %; keywords round 9 (多联机, 油烟净化器, chosen before that round's first run): 82.8 / 100 / 81.8 %; then the company's name in a pasted licence was read for its trade (its own rare-earth magnet maker, 3.2): 85.9 / 100 / 82.4 %; then information or booking offered through an own site or app read as an internet platform (its own travel-booking miss): 89.1 / 100 / 82.9 %)",
  ],
  [
    'blind21',
    "blind21.yaml (written by someone who never ran the engine, after that session's first two engine changes (a purpose written first names a kind; an item read thing by thing at 及), committed before it was ever searched; its first run is the figure: 62.5 / 87.5 / 82.4 % (modern 83.3, legacy 69.2, free 14.3 recall; lookalikes 87.5 % not found); the engine and content at the start of that session: the same; then a telling part may leave out a word before its thing that the category uses (its own 地铁钢轨打磨车 and 燃料电池双极板): 67.2 / 87.5 / 83.3 %; then the company's name in a pasted licence was read for its trade (its own smart-meter maker, 7.1): 71.9 / 87.5 / 86.5 %; keywords round 12, chosen without reading any set (伺服驱动器): 73.4 / 87.5 / 86.8 %)",
  ],
  [
    'blind22',
    "blind22.yaml (written by someone who never ran the engine, after that session's engine changes up to keywords round 9, committed before it was ever searched; its first run, on the engine with the two changes that followed (a product's Latin name; online platforms), is the figure: 85.9 / 87.5 / 90.2 % (modern 100, legacy 73.1, free 85.7 recall; lookalikes 100 % not found); the engine and content at the start of that session: 82.8 / 87.5 / 90.0 %, the difference 做虚拟电厂的, a keyword of round 9; then 代理 became an activity of its own (its bonded-logistics negative): 84.4 / 93.8 / 90.0 %)",
  ],
  [
    'blind23',
    "blind23.yaml (written by someone who never ran the engine, with the engine and content at the start of that session, committed before it was ever searched; its first run, on the engine with that session's first change (the company's name read for its trade), is the figure: 69.3 / 75.0 / 84.4 % (modern 79.2, legacy 83.3, free 26.2 recall; lookalikes 87.5 % not found); the engine and content at the start of that session: 66.1 / 75.0 / 83.9 %, the difference its automated-warehouse maker, found through the name; then its own misses: a sale lent across 和 as across 、 (its model-toy lookalike), 网络预约出租汽车经营服务 and 危险废物经营 read as licence wordings (its ride-hailing platform and waste-oil re-refiner): 74.0 / 81.3 / 85.3 %)",
  ],
  [
    'blind24',
    "blind24.yaml (written by someone who never ran the engine, after that session's engine changes up to the company's name, keywords round 10 and the licence wordings, committed before it was ever searched; its first run is the figure: 71.9 / 87.5 / 89.2 % (modern 91.7, legacy 73.1, free 35.7 recall; lookalikes 100 % not found); the engine and content at the start of that session: the same, query for query; the next session counted a term naming another kind of the clause's thing half (seen on 汽车发动机 vs 飞机发动机, not on this set; its konjac-gel maker is no longer 3.4's 气凝胶): 75.0 / 87.5 / 89.5 %)",
  ],
  [
    'blind25',
    "blind25.yaml (written by someone who never ran the engine, with the engine and content at the start of that session, committed before it was ever searched; its first run is the figure: 76.6 / 87.5 / 87.1 % (modern 83.3, legacy 92.3, free 35.7 recall; lookalikes 87.5 % not found); that session's first changes (a bound passing over terms that share too little, review mends) left every result the same; then a first or second energy grade read as 节能 (its own 一级能效 pump): 79.7 / 87.5 / 87.5 %)",
  ],
  [
    'blind26',
    "blind26.yaml (written by someone who never ran the engine, after that session's engine changes (energy grades, another kind of the same thing) and keywords round 12, committed before it was ever searched; its first run is the figure: 84.4 / 93.8 / 75.7 % (modern 100, legacy 69.2, free 85.7 recall; lookalikes 87.5 % not found); the engine and content at the start of that session: the same, query for query; then selling written first was lent to the things listed after it (its own farm-supply lookalike): 84.4 / 100 / 75.7 %)",
  ],
] as const satisfies ReadonlyArray<readonly [name: string, description: string]>;

/** A blind batch's name, which is also its file's name in this folder (`blind7` → blind7.yaml). */
type BlindSetName = (typeof BLIND_SETS)[number][0];

/** Every evaluation set, in the order they are reported. The blind set is left out until it exists. */
export function loadEvalSets(directory: DirectoryData): EvalSet[] {
  const sets: EvalSet[] = [
    {
      name: 'tuning',
      description: 'queries.yaml (issue 3; the engine was tuned on it)',
      queries: loadEvalQueries(QUERIES_FILE),
    },
    {
      name: 'real-style',
      description: 'real-style.yaml (written before the issue-13 engine)',
      queries: loadEvalQueries(REAL_STYLE_FILE),
    },
  ];
  for (const [name, description] of BLIND_SETS) {
    const file = here(`./${name}.yaml`);
    if (existsSync(file)) sets.push({ name, description, queries: loadEvalQueries(file) });
  }
  sets.push({
    name: 'generated',
    description: 'generated from the data (every class outside; every whole class inside)',
    queries: generatedQueries(directory),
  });
  sets.push({
    name: 'products',
    description: 'generated from the data (every key product a direction lists, in its own wording)',
    queries: productQueries(directory),
  });
  return sets;
}

export interface EvalOutcome {
  query: EvalQuery;
  top3: string[];
  /** For queries with expectations: expected codes found in the top three / min(expected, 3). */
  recall?: number;
  /** For out-of-directory queries: whether the answer was "not found". */
  notFound?: boolean;
}

/** Figures over a group of outcomes (a whole set, or one kind in it). */
export interface EvalFigures {
  positives: number;
  negatives: number;
  recallAt3: number;
  notFoundShare: number;
  /** Share of first-three answers that were expected, on queries with expectations. */
  precisionAt3: number;
}

export interface EvalReport extends EvalFigures {
  outcomes: EvalOutcome[];
  byKind: Map<EvalKind, EvalFigures>;
}

function figures(outcomes: EvalOutcome[]): EvalFigures {
  let recallSum = 0;
  let positives = 0;
  let notFound = 0;
  let negatives = 0;
  let precisionHits = 0;
  let precisionTotal = 0;
  for (const o of outcomes) {
    if (o.recall !== undefined) {
      positives++;
      recallSum += o.recall;
      precisionHits += o.top3.filter((c) => o.query.expect.includes(c)).length;
      precisionTotal += o.top3.length;
    } else {
      negatives++;
      if (o.notFound) notFound++;
    }
  }
  return {
    positives,
    negatives,
    recallAt3: positives ? recallSum / positives : 0,
    notFoundShare: negatives ? notFound / negatives : 0,
    precisionAt3: precisionTotal ? precisionHits / precisionTotal : 0,
  };
}

/** Scores any search function (this engine, or a baseline such as plain fuse.js) on a list of queries. */
export function evaluate(
  queries: EvalQuery[],
  search: (q: string) => Pick<SearchResult, 'categories' | 'notFound'>,
): EvalReport {
  const outcomes: EvalOutcome[] = queries.map((query) => {
    const result = search(query.q);
    const top3 = result.categories.slice(0, 3).map((c) => c.code);
    if (query.expect.length) {
      const found = query.expect.filter((c) => top3.includes(c)).length;
      return { query, top3, recall: found / Math.min(query.expect.length, 3) };
    }
    return { query, top3, notFound: result.categories.length === 0 };
  });
  const byKind = new Map<EvalKind, EvalFigures>();
  for (const kind of EVAL_KINDS) {
    const ofKind = outcomes.filter((o) => o.query.kind === kind);
    if (ofKind.length) byKind.set(kind, figures(ofKind));
  }
  return { ...figures(outcomes), outcomes, byKind };
}
