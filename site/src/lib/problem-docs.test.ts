import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MESSAGES } from '@sixin/core';
import { strings } from '../i18n/strings.ts';
import { problemDocs } from './problem-docs.ts';

const t = strings();
const docs = problemDocs(t.editors.placeholder, t.editors.placeholderEn);

test('every message the validator can give is documented, in its order', () => {
  assert.deepEqual(
    docs.map((d) => d.code),
    Object.keys(MESSAGES),
  );
});

test('parameters appear as named placeholders, never as "undefined"', () => {
  for (const d of docs) {
    assert.doesNotMatch(d.zh, /undefined|\[object/, d.code);
    assert.doesNotMatch(d.en, /undefined|\[object/, d.code);
  }
  const missing = docs.find((d) => d.code === 'field-missing')!;
  assert.equal(missing.zh, '缺少必填字段 〈字段〉；请加上 〈字段〉: 〈示例〉');
  assert.equal(missing.en, 'required field <field> is missing; add <field>: <example>');
});
