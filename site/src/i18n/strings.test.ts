import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STRINGS } from './strings.ts';

/** Paths of every string (or string function) in a strings object. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value === 'string' || typeof value === 'function') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

test('English has every string Chinese has, and neither has an empty one', () => {
  const zh = leaves(STRINGS['zh-CN']);
  const en = leaves(STRINGS.en);
  assert.deepEqual(en.map(([p]) => p), zh.map(([p]) => p));
  for (const [path, v] of [...zh, ...en]) if (typeof v === 'string') assert.notEqual(v.trim(), '', path);
});

test('the Chinese strings are Chinese and the English ones are not', () => {
  assert.match(STRINGS['zh-CN'].home.lede, /\p{Script=Han}/u);
  assert.equal(STRINGS['zh-CN'].lang, 'zh-CN');
  assert.equal(STRINGS.en.lang, 'en');
  assert.doesNotMatch(STRINGS.en.search.fallbackText, /\p{Script=Han}/u);
});

test('every measure on the home page cites at least one clause', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const offer of STRINGS[lang].home.offers) assert.ok(offer.clauses.length > 0, offer.title);
  }
  assert.deepEqual(STRINGS.en.home.offers.map((o) => o.clauses), STRINGS['zh-CN'].home.offers.map((o) => o.clauses));
});
