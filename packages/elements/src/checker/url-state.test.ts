import { expect } from '@open-wc/testing';
import type { RulesData } from '@sixin/core';
import { checkAgainstRules, encodeState, readFragment, writeFragment } from './url-state.js';
import { parseRules } from './rules-data.js';
import { linkMessage } from '../test-support/catalogs.js';

let rules: RulesData;
before(async () => {
  rules = parseRules(await (await fetch('/src/checker/rules.fixture.json')).json());
});

describe('checker URL fragment', () => {
  it('writes answers and what step 1 found compactly and reads them back', () => {
    const state = { answers: { scope: 'yes', permit: 'not-sure' }, context: { categories: ['1.3', '1.3/xinxing-ruanjian-kaifa'], licensed: true } };
    const fragment = writeFragment('', state);
    expect(fragment).to.equal('#answers=v1;scope:yes,permit:not-sure;c:1.3,1.3/xinxing-ruanjian-kaifa;licensed');
    expect(readFragment(fragment)).to.deep.equal({ kind: 'state', state });
    expect(readFragment(writeFragment('', { answers: { scope: 'no' } }))).to.deep.equal({ kind: 'state', state: { answers: { scope: 'no' } } });
    expect(encodeState({ answers: {}, context: { categories: [], licensed: true } })).to.equal('v1;;licensed');
    expect(readFragment('#answers=v1;;licensed')).to.deep.equal({ kind: 'state', state: { answers: {}, context: { categories: [], licensed: true } } });
  });

  it("keeps the page's own parameters and replaces a plain anchor", () => {
    expect(writeFragment('#tab=2', { answers: { scope: 'no' } })).to.equal('#tab=2&answers=v1;scope:no');
    expect(writeFragment('#tab=2&answers=v1;scope:yes', { answers: { scope: 'no' } })).to.equal('#tab=2&answers=v1;scope:no');
    expect(writeFragment('#main', { answers: { scope: 'no' } })).to.equal('#answers=v1;scope:no');
    expect(writeFragment('#tab=2&answers=v1;scope:yes', undefined)).to.equal('#tab=2');
    expect(writeFragment('#answers=v1;scope:yes', undefined)).to.equal('');
    expect(writeFragment('#main', undefined), 'no answers: the page\'s anchor stays').to.equal('#main');
    expect(readFragment('#tab=2&answers=v1;scope:no')).to.deep.equal({ kind: 'state', state: { answers: { scope: 'no' } } });
    expect(readFragment('#main').kind).to.equal('none');
    expect(readFragment('').kind).to.equal('none');
  });

  it('reads percent-encoded links (as some mail programs rewrite them)', () => {
    expect(readFragment('#answers=v1%3Bscope%3Ayes')).to.deep.equal({ kind: 'state', state: { answers: { scope: 'yes' } } });
  });

  it('names what is wrong with a damaged link, and never guesses', () => {
    const problem = (fragment: string) => {
      const read = readFragment(fragment);
      return read.kind === 'problem' ? read.problem : undefined;
    };
    for (const fragment of [
      '#answers=',
      '#answers=scope:yes',
      '#answers=v1;scope',
      '#answers=v1;scope:yes:no',
      '#answers=v1;Scope:yes',
      '#answers=v1;scope:yes;c:',
      '#answers=v1;scope:yes;c:1.3;c:2.1',
      '#answers=v1;scope:yes;extra',
      '#answers=v1;scope:yes;c:<script>',
      '#answers=v1%E0%A4%A',
    ]) {
      expect(problem(fragment)?.code, fragment).to.equal('damaged');
    }
    expect(problem('#answers=v2;scope:yes')).to.deep.equal({ code: 'version', params: { version: '2' } });
    expect(problem('#answers=v1;scope:yes,scope:no')).to.deep.equal({ code: 'duplicate', params: { question: 'scope' } });
  });

  it('finds links made before the questions changed', () => {
    expect(checkAgainstRules(rules, { answers: { scope: 'yes', permit: 'no', papers: 'gaps' } })).to.equal(undefined);
    expect(checkAgainstRules(rules, { answers: { scope: 'yes', size: 'small' } })).to.deep.equal({
      code: 'unknown-question',
      params: { question: 'size' },
    });
    const option = checkAgainstRules(rules, { answers: { scope: 'yes', permit: 'maybe' } })!;
    expect(option).to.deep.equal({
      code: 'unknown-option',
      params: { question: 'permit', option: 'maybe', titleZh: '涉及前置许可吗？', titleEn: 'Does anything need a prior permit?' },
    });
    expect(linkMessage('zh-CN', option)).to.equal(
      '自查的问题已经更新，链接中对“涉及前置许可吗？”的回答（maybe）已不再是可选的答案。为免给出过时的结果，请重新开始。',
    );
    expect(linkMessage('en', option)).to.contain('“maybe” is no longer an answer to “Does anything need a prior permit?”');
    // "No" ends the questions at once: an answer to a later question means the link follows an older order.
    expect(checkAgainstRules(rules, { answers: { scope: 'no', permit: 'yes' } })).to.deep.equal({ code: 'changed', params: { questions: 'permit' } });
  });

  it('has a message for every problem in both languages', () => {
    const codes = ['damaged', 'version', 'duplicate', 'unknown-question', 'unknown-option', 'changed'] as const;
    const params = { version: 2, question: 'q', option: 'o', titleZh: '题', titleEn: 'Q', questions: 'a, b' };
    for (const code of codes) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const message = linkMessage(lang, { code, params });
        expect(message, `${lang} ${code}`).to.be.a('string').and.not.contain('undefined');
      }
    }
  });
});
