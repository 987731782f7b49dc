import { expect } from '@open-wc/testing';
import type { RulesData } from '@sixin/core';
import { pathAnswers, stepOf, viewAfter, viewBefore } from './flow.js';
import { parseRules } from './rules-data.js';

let rules: RulesData;
before(async () => {
  rules = parseRules(await (await fetch('/src/checker/rules.fixture.json')).json());
});

const question = (id: string) => ({ name: 'question', question: id }) as const;
const found = { categories: ['1.3'], licensed: false };

describe('checker flow', () => {
  it('goes forward through answered questions one at a time, then to the first unanswered one', () => {
    const answers = { scope: 'yes', permit: 'no', papers: 'gaps' };
    expect(viewAfter(rules, answers, undefined, null, false)).to.deep.equal(question('scope'));
    expect(viewAfter(rules, answers, undefined, 'scope', false)).to.deep.equal(question('permit'));
    expect(viewAfter(rules, answers, undefined, 'papers', false)).to.deep.equal({ name: 'check' });
    expect(viewAfter(rules, { scope: 'yes' }, undefined, 'scope', false)).to.deep.equal(question('permit'));
  });

  it('after a change from the summary, asks only what the change opened, then returns to the summary', () => {
    expect(viewAfter(rules, { scope: 'yes', permit: 'no', papers: 'gaps' }, undefined, 'scope', true)).to.deep.equal({
      name: 'check',
    });
    expect(viewAfter(rules, { scope: 'yes', permit: 'yes', papers: 'gaps' }, undefined, 'permit', true)).to.deep.equal(
      question('harm'),
    );
  });

  it('asks every question even when step 1 found the business, and goes back to step 1 from the first', () => {
    expect(viewAfter(rules, {}, found, null, false)).to.deep.equal(question('scope'));
    expect(viewBefore(rules, { scope: 'yes', permit: 'no' }, found, question('papers'), true)).to.deep.equal(
      question('permit'),
    );
    expect(viewBefore(rules, { scope: 'yes' }, found, question('scope'), true)).to.deep.equal({ name: 'find' });
    expect(viewBefore(rules, {}, undefined, question('scope'), false), 'no Back on the very first page').to.equal(
      undefined,
    );
    expect(viewBefore(rules, { scope: 'no' }, undefined, { name: 'check' }, false)).to.deep.equal(question('scope'));
    expect(viewBefore(rules, { scope: 'no' }, undefined, { name: 'result' }, false)).to.deep.equal({ name: 'check' });
  });

  it('numbers the steps along the path, counting step 1 when it is offered, without a total that overstates', () => {
    expect(stepOf(rules, {}, undefined, question('scope'), false)).to.equal(1);
    expect(stepOf(rules, {}, undefined, { name: 'find' }, true)).to.equal(1);
    expect(stepOf(rules, { scope: 'yes', permit: 'no' }, found, question('papers'), true)).to.equal(4);
    // Back on an earlier question: its own number.
    expect(stepOf(rules, { scope: 'yes', permit: 'no' }, undefined, question('scope'), false)).to.equal(1);
    expect(stepOf(rules, { scope: 'no' }, undefined, { name: 'check' }, false)).to.equal(undefined);
  });

  it('keeps only the answers on the path that the person gave', () => {
    expect(pathAnswers(rules, { scope: 'no', permit: 'yes' })).to.deep.equal({ scope: 'no' });
    expect(pathAnswers(rules, { permit: 'yes', harm: 'no' }, found), 'a search answers nothing').to.deep.equal({});
  });
});
