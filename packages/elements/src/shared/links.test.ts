import { expect } from '@open-wc/testing';
import { CLAUSE_ID, RULE_ID } from '@sixin/core/rules';
import { CATEGORY_ID, fillHref, fillTemplate, safeHref } from './links.js';

describe('links', () => {
  it('fills href templates, keeping / in level-3 ids and escaping the rest', () => {
    const direction = { id: '1.3/xinxing-ruanjian-kaifa', code: null, level: 3 as const, name: 'x' };
    expect(fillHref('/directory/{id}/', direction)).to.equal('/directory/1.3/xinxing-ruanjian-kaifa/');
    expect(fillHref('/c/{code}', { id: '1.3', code: '1.3', level: 2, name: 'y' })).to.equal('/c/1.3');
    expect(fillHref('/directory/{id}/', { id: 'a b?', code: null, level: 1, name: 'z' })).to.equal(
      '/directory/a%20b%3F/',
    );
    expect(fillTemplate('/policy/#{anchor}', { anchor: 'clause-4-2', id: '4.2' })).to.equal('/policy/#clause-4-2');
    expect(fillTemplate('/x/{other}/{id}', { id: '1' }), 'unknown placeholders stay').to.equal('/x/{other}/1');
  });

  it('puts values in as text: replacement patterns such as $& are not expanded', () => {
    expect(fillTemplate('/d/{id}/', { id: "$&$'$`" })).to.equal(`/d/${encodeURIComponent("$&$'$`")}/`);
    expect(fillTemplate('{id}', { id: 'javascript:alert(1)' }), 'an id cannot bring its own scheme').to.equal(
      'javascript%3Aalert(1)',
    );
  });

  it('never gives a link that runs script: only relative and http(s) results', () => {
    for (const href of [
      '/directory/1/',
      'directory/1/',
      '#clause-4-2',
      '?q=1',
      'https://gov.example/x',
      'http://gov.example/',
      '//gov.example/x',
    ]) {
      expect(safeHref(href), href).to.equal(href);
    }
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'data:text/html,<b>',
      'vbscript:x',
      'blob:https://x/y',
      'file:///etc/passwd',
      'http://[',
    ]) {
      expect(safeHref(href), JSON.stringify(href)).to.equal(undefined);
    }
    expect(fillTemplate('javascript:go("{id}")', { id: '1' })).to.equal(undefined);
    expect(fillTemplate('{id}:alert(1)', { id: 'javascript' })).to.equal(undefined);
  });

  it('knows the id forms of the published data', () => {
    for (const id of ['1', '9', '1.3', '12.10', '1.3/xinxing-ruanjian-kaifa'])
      expect(CATEGORY_ID.test(id), id).to.equal(true);
    for (const id of ['0', '1.', '1.3/', '1/x', '1.3/a_b', '1.3/A', '1.3/x/y', '__proto__'])
      expect(CATEGORY_ID.test(id), id).to.equal(false);
    for (const id of ['in-directory', 'yes', 'not-sure', 'q1']) expect(RULE_ID.test(id), id).to.equal(true);
    for (const id of ['-x', 'x-', 'a--b', 'A', '__proto__', 'a b', '']) expect(RULE_ID.test(id), id).to.equal(false);
    for (const id of ['4.2', '2', 'annex.1', 'notice', 'measures']) expect(CLAUSE_ID.test(id), id).to.equal(true);
  });
});
