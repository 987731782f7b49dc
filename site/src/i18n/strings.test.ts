import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STRINGS } from './strings.ts';

/** Paths of every string (or string function) in a strings object. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value === 'string' || typeof value === 'function') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

test('English has every string Chinese has, and neither has an empty one', () => {
  const zh = leaves(STRINGS['zh-CN']);
  const en = leaves(STRINGS.en);
  assert.deepEqual(
    en.map(([p]) => p),
    zh.map(([p]) => p),
  );
  for (const [path, v] of [...zh, ...en]) if (typeof v === 'string') assert.notEqual(v.trim(), '', path);
});

test('the Chinese strings are Chinese and the English ones are not', () => {
  assert.match(STRINGS['zh-CN'].home.lede, /\p{Script=Han}/u);
  assert.equal(STRINGS['zh-CN'].lang, 'zh-CN');
  assert.equal(STRINGS.en.lang, 'en');
  assert.doesNotMatch(STRINGS.en.search.fallbackText, /\p{Script=Han}/u);
});

test('the policy points the home page adds to the measures cite a clause, the same in both languages', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const offer of STRINGS[lang].home.otherOffers) assert.ok(offer.clauses.length > 0, offer.title);
  }
  assert.deepEqual(
    STRINGS.en.home.otherOffers.map((o) => o.clauses),
    STRINGS['zh-CN'].home.otherOffers.map((o) => o.clauses),
  );
});

test('the site says the policy is a trial one whose validity is to be confirmed', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    const t = STRINGS[lang];
    assert.match(t.policy.trialNote, lang === 'en' ? /trial/ : /试行/);
    assert.match(t.disclaimer, lang === 'en' ? /still in force/ : /是否仍在执行/);
  }
  assert.match(STRINGS['zh-CN'].directory.sources(469).join(''), /355 个行业小类.*469 个国民经济行业小类，与 355 不同/);
});
