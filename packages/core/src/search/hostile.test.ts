/**
 * 10,000 generated hostile and random queries: none may throw, every result must keep its shape, long ones are
 * clipped with a notice. Generated from a fixed seed, so a failure can be reproduced by its index.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildSearchIndexFromContent } from './build-index.js';
import { createSearcher } from './engine.js';
import { SLOW_INPUTS } from './hostile-inputs.js';
import { MAX_QUERY_LENGTH, normalizeText } from './normalize.js';
import type { SearchResult } from './types.js';

const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
const index = buildSearchIndexFromContent(CONTENT);
const searcher = createSearcher(index);

/** Small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20210079);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const int = (n: number) => Math.floor(rand() * n);

const vocabulary = index.terms.map((t) => t[0]);
const RANGES: Array<[number, number]> = [
  [0x4e00, 0x9fff], // CJK
  [0x3400, 0x4dbf], // CJK extension A
  [0x20000, 0x2a6df], // CJK extension B (surrogate pairs)
  [0x0020, 0x007e], // ASCII
  [0xff01, 0xff5e], // full-width ASCII (digits, letters, punctuation)
  [0x1f300, 0x1faff], // emoji
  [0x0300, 0x036f], // combining marks
  [0x0590, 0x06ff], // Hebrew and Arabic (right to left)
  [0x0400, 0x04ff], // Cyrillic
  [0x3000, 0x303f], // CJK punctuation
  [0x2460, 0x24ff], // circled numbers
  [0x0000, 0x001f], // control characters
  [0x200b, 0x200f], // zero-width and direction marks
  [0xfe00, 0xfe0f], // variation selectors
];
const FRAGMENTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("x")()}}',
  '${process.exit()}',
  '__proto__',
  'constructor',
  'toString',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uFFFF',
  '　',
  '（',
  '）',
  '【',
  '】',
  '；',
  ';',
  '。',
  '、',
  '，',
  '\n',
  '\r\n',
  '一般项目：',
  '许可项目：',
  '经营范围：',
  '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
  '６５１３',
  'I6513',
  '1.3',
  '99.99',
  'rgzn',
  'rengong zhineng',
  '😀',
  '👨‍👩‍👧',
  '🇨🇳',
  'ǅ',
  'ﬁ',
  '𠀀',
  'NaN',
  'null',
  '-1',
  '1e308',
  '((((((((((',
  '))))))))',
  ';;;;;;;;',
  '、、、、、',
  '一般项目：许可项目：一般项目：',
  '%E4%BD%A0',
  '&lt;b&gt;',
  'DROP TABLE x;--',
];

function randomChars(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = pick(RANGES);
    out += String.fromCodePoint(lo + int(hi - lo + 1));
  }
  return out;
}

function hostileQuery(i: number): string {
  switch (i % 8) {
    case 0:
      return randomChars(int(40));
    case 1:
      return Array.from({ length: 1 + int(12) }, () => pick(FRAGMENTS)).join('');
    case 2:
      return Array.from(
        { length: 1 + int(8) },
        () => pick(vocabulary) + pick(['；', '、', '，', '', ' ', '\n', pick(FRAGMENTS)]),
      ).join('');
    case 3:
      return pick(vocabulary).replace(/./gu, (ch) => (rand() < 0.3 ? randomChars(1) : ch));
    case 4:
      return randomChars(200 + int(2000));
    case 5:
      return `${pick(FRAGMENTS)}${pick(vocabulary)}（${randomChars(int(20))}${pick(FRAGMENTS)}`;
    case 6:
      return Array.from({ length: int(6) }, () => String(int(100000)).padStart(int(6), '0')).join(
        pick([' ', ',', '/', '；']),
      );
    default:
      return pick(['', ' ', '\n', pick(FRAGMENTS), String.fromCodePoint(0x1f300 + int(0x600)).repeat(int(50))]);
  }
}

function assertShape(result: SearchResult, query: string, i: number) {
  const where = `query #${i}`;
  assert.equal(typeof result.query, 'string', where);
  assert.ok(
    Array.isArray(result.categories) && Array.isArray(result.clauses) && Array.isArray(result.unmatched),
    where,
  );
  assert.equal(typeof result.notFound, 'boolean', where);
  assert.equal(result.notFound, result.kind !== 'empty' && result.categories.length === 0, where);
  for (const c of result.categories) {
    assert.ok(c.score > 0 && c.score <= 1, where);
    assert.ok(c.reasons.length > 0, where);
    for (const r of c.reasons) assert.ok(r.clauseIndex >= 0 && r.clauseIndex < result.clauses.length, where);
  }
  if (query.length > MAX_QUERY_LENGTH)
    assert.deepEqual(result.notice, { code: 'clipped', limit: MAX_QUERY_LENGTH, length: query.length }, where);
  // Normalising may lengthen a text (NFKC writes `…` as three dots): what is read is clipped again, and said so.
  else if (result.notice)
    assert.ok(normalizeText(query).length >= MAX_QUERY_LENGTH, `${where}: clipped although short`);
}

it('slow inputs of the past give well-formed answers, and what was read is clipped when normalising lengthened it', () => {
  Object.entries(SLOW_INPUTS).forEach(([name, query], i) => {
    const result = searcher.search(query);
    assertShape(result, query, i);
    if (name === 'ellipsis run') assert.equal(result.notice?.code, 'clipped', name);
    if (name === 'one item repeated') assert.deepEqual(result.categories[0]?.code, '1.3', name);
  });
});

it('10,000 hostile and random queries raise no exception and keep the result shape', () => {
  const started = performance.now();
  let found = 0;
  for (let i = 0; i < 10_000; i++) {
    // One query in 200 is huge: 100,000 characters of mixed junk and vocabulary.
    const query =
      i % 200 === 199
        ? (hostileQuery(i) + randomChars(500) + pick(vocabulary)).repeat(1 + Math.ceil(100_000 / 600)).slice(0, 100_000)
        : hostileQuery(i);
    let result: SearchResult;
    try {
      result = searcher.search(query);
    } catch (err) {
      assert.fail(`query #${i} threw ${(err as Error).stack}\n${JSON.stringify(query.slice(0, 300))}`);
    }
    assertShape(result, query, i);
    if (result.categories.length) found++;
  }
  // Not an assertion on time (benchmarks hold those): printed so a slow change is noticed.
  console.log(
    `10,000 hostile queries in ${((performance.now() - started) / 1000).toFixed(1)} s; ${found} had categories`,
  );
});
