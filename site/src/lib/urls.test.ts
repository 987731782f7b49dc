import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATEGORY_HREF_TEMPLATE, categoryPath, clauseAnchor, clausePath, searchPath } from './urls.ts';

test('category pages follow the published URL contract at every level', () => {
  assert.equal(categoryPath('1'), '/directory/1/');
  assert.equal(categoryPath('1.3'), '/directory/1.3/');
  assert.equal(categoryPath('1.3/xinxing-ruanjian-kaifa'), '/directory/1.3/xinxing-ruanjian-kaifa/');
  assert.equal(
    CATEGORY_HREF_TEMPLATE.replace('{id}', '1.3/xinxing-ruanjian-kaifa'),
    categoryPath('1.3/xinxing-ruanjian-kaifa'),
  );
});

test('clause anchors replace every dot with a hyphen', () => {
  assert.equal(clauseAnchor('4.2'), 'clause-4-2');
  assert.equal(clauseAnchor('annex.1'), 'clause-annex-1');
  assert.equal(clauseAnchor('notice'), 'clause-notice');
  assert.equal(clausePath('5.1'), '/policy/#clause-5-1');
});

test('a search link carries the query encoded', () => {
  assert.equal(searchPath(), '/search/');
  assert.equal(searchPath('软件开发；6513 & more'), `/search/?q=${encodeURIComponent('软件开发；6513 & more')}`);
});
