/**
 * `npm run bench`: this engine and plain fuse.js, side by side, over the same records (the published search index):
 * recall@3 and "not found" on the evaluation set, median and p95 latency for a short phrase and a ~300-character
 * paragraph, and the index size raw and gzipped. Targets (issue 3): median ≤ 1 ms for a phrase, ≤ 10 ms for a
 * paragraph, index ≤ 150 KB gzipped.
 */
import Fuse from 'fuse.js';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { evaluate, loadEvalQueries } from '../../../../tests/search-eval/evaluate.ts';
import { buildSearchIndexFromContent } from './build-index.js';
import { createSearcher } from './engine.js';
import type { SearchIndex } from './index-format.js';

const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));

const PHRASE = '工业机器人制造';
const PARAGRAPH =
  '一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；人工智能基础软件开发；人工智能应用软件开发；' +
  '人工智能理论与算法软件开发；智能机器人的研发；计算机软硬件及辅助设备零售；新能源汽车电附件销售；充电桩销售；' +
  '机动车充电销售；环境保护专用设备制造；水污染治理；大气污染治理；固体废物治理（不含危险废物经营）；' +
  '土壤污染治理与修复服务；数字内容制作服务（不含出版发行）；工业设计服务；信息系统集成服务；数据处理和存储支持服务；' +
  '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：第二类增值电信业务；检验检测服务；' +
  '道路货物运输（不含危险货物）；餐饮服务；食品销售。';

function timings(run: () => unknown, rounds: number, warmup = 20): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(rounds / 2)], p95: times[Math.min(rounds - 1, Math.floor(rounds * 0.95))] };
}

/** Plain fuse.js over the same terms: each hit stands for the level-2 categories of its term. */
function plainFuse(index: SearchIndex) {
  const level2 = (i: number): string => {
    let cur = i;
    while (index.categories[cur][0].includes('/')) cur = index.categories[cur][3];
    return index.categories[cur][1];
  };
  const listing = new Map<string, number[]>();
  for (const entry of index.industries) if (entry.length === 3) listing.set(entry[0], entry[2].map((n) => (n < 0 ? -n - 1 : n)));
  const records = index.terms.map(([text, , categories = [], industry = '']) => ({
    text,
    codes: [...new Set((categories.length ? categories : listing.get(industry) ?? []).map(level2))].filter((c) => c.includes('.')),
  }));
  const fuse = new Fuse(records, { keys: ['text'], includeScore: true });
  return (query: string) => {
    const codes: string[] = [];
    for (const hit of fuse.search(query, { limit: 30 })) for (const code of hit.item.codes) if (!codes.includes(code)) codes.push(code);
    return { categories: codes.slice(0, 10).map((code) => ({ code })), notFound: codes.length === 0 };
  };
}

const builtAt = performance.now();
const index = buildSearchIndexFromContent(CONTENT);
const buildMs = performance.now() - builtAt;
const json = `${JSON.stringify(index)}\n`;
const raw = Buffer.byteLength(json);
const gzipped = gzipSync(json).length;

const loadedAt = performance.now();
const searcher = createSearcher(JSON.parse(json));
const loadMs = performance.now() - loadedAt;
const fuseAt = performance.now();
const fuseSearch = plainFuse(index);
const fuseLoadMs = performance.now() - fuseAt;

const queries = loadEvalQueries();
const engineReport = evaluate(queries, (q) => searcher.search(q));
const fuseReport = evaluate(queries, fuseSearch);

const enginePhrase = timings(() => searcher.search(PHRASE), 2000);
const engineParagraph = timings(() => searcher.search(PARAGRAPH), 300);
// fuse.js takes seconds per paragraph: fewer rounds, so the benchmark stays short.
const fusePhrase = timings(() => fuseSearch(PHRASE), 40, 3);
const fuseParagraph = timings(() => fuseSearch(PARAGRAPH), 5, 1);

const ms = (n: number) => `${n < 10 ? n.toFixed(3) : n.toFixed(1)} ms`;
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: Array<[string, string, string, string]> = [
  ['', 'sixin engine', 'plain fuse.js', 'target'],
  [`recall@3 (${engineReport.positives} queries)`, pct(engineReport.recallAt3), pct(fuseReport.recallAt3), '≥ 95 %'],
  [`"not found" (${engineReport.negatives} queries)`, pct(engineReport.notFoundShare), pct(fuseReport.notFoundShare), '≥ 95 %'],
  ['precision@3', pct(engineReport.precisionAt3), pct(fuseReport.precisionAt3), ''],
  [`phrase "${PHRASE}" median`, ms(enginePhrase.median), ms(fusePhrase.median), '≤ 1 ms'],
  ['phrase p95', ms(enginePhrase.p95), ms(fusePhrase.p95), ''],
  [`paragraph (${PARAGRAPH.length} chars) median`, ms(engineParagraph.median), ms(fuseParagraph.median), '≤ 10 ms'],
  ['paragraph p95', ms(engineParagraph.p95), ms(fuseParagraph.p95), ''],
  ['load the index (createSearcher / new Fuse)', ms(loadMs), ms(fuseLoadMs), ''],
];
// Chinese characters take two columns in a terminal.
const columns = (text: string) => [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
const width = rows[0].map((_, col) => Math.max(...rows.map((r) => columns(r[col]))));
for (const row of rows) console.log(row.map((cell, col) => cell + ' '.repeat(width[col] - columns(cell))).join('  '));
console.log('');
console.log(`search-index.json: ${kb(raw)} raw, ${kb(gzipped)} gzipped (target ≤ 150 KB gzipped); ${index.terms.length} terms; built in ${ms(buildMs)}`);
