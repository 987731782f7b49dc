import { expect } from '@open-wc/testing';
import type { RulesData } from '@sixin/core';
import {
  checkAgainstRules,
  encodeState,
  MAX_ANSWERS,
  MAX_CATEGORIES,
  MAX_LINK_LENGTH,
  readFragment,
  writeFragment,
  type ReadResult,
} from './url-state.js';
import { RULE_ID } from '@sixin/core/rules';
import { CATEGORY_ID } from '../shared/links.js';
import { parseRules } from './rules-data.js';
import { linkMessage } from '../test-support/catalogs.js';

let rules: RulesData;
before(async () => {
  rules = parseRules(await (await fetch('/src/checker/rules.fixture.json')).json());
});

describe('checker URL fragment', () => {
  it('writes answers and what step 1 found compactly and reads them back', () => {
    const state = {
      answers: { scope: 'yes', permit: 'not-sure' },
      context: { categories: ['1.3', '1.3/xinxing-ruanjian-kaifa'], licensed: true },
    };
    const fragment = writeFragment('', state);
    expect(fragment).to.equal('#answers=v1;scope:yes,permit:not-sure;c:1.3,1.3/xinxing-ruanjian-kaifa;licensed');
    expect(readFragment(fragment)).to.deep.equal({ kind: 'state', state });
    expect(readFragment(writeFragment('', { answers: { scope: 'no' } }))).to.deep.equal({
      kind: 'state',
      state: { answers: { scope: 'no' } },
    });
    expect(encodeState({ answers: {}, context: { categories: [], licensed: true } })).to.equal('v1;;licensed');
    expect(readFragment('#answers=v1;;licensed')).to.deep.equal({
      kind: 'state',
      state: { answers: {}, context: { categories: [], licensed: true } },
    });
  });

  it('carries the directory revision the answers were given against, as a date only', () => {
    const state = {
      answers: { scope: 'yes' },
      context: { categories: ['1.3'], licensed: true },
      revision: '2021-12-30',
    };
    const fragment = writeFragment('', state);
    expect(fragment).to.equal('#answers=v1;scope:yes;c:1.3;licensed;r:2021-12-30');
    expect(readFragment(fragment)).to.deep.equal({ kind: 'state', state });
    expect(readFragment('#answers=v1;scope:no;r:2020-06-30')).to.deep.equal({
      kind: 'state',
      state: { answers: { scope: 'no' }, revision: '2020-06-30' },
    });
    for (const fragment of [
      '#answers=v1;scope:no;r:',
      '#answers=v1;scope:no;r:latest',
      '#answers=v1;scope:no;r:2021-12-30;r:2021-12-30',
      '#answers=v1;scope:no;r:<b>2021-12-30</b>',
    ])
      expect(readFragment(fragment), fragment).to.deep.equal({
        kind: 'problem',
        problem: { code: 'damaged', params: {} },
      });
  });

  it("keeps the page's own parameters and replaces a plain anchor", () => {
    expect(writeFragment('#tab=2', { answers: { scope: 'no' } })).to.equal('#tab=2&answers=v1;scope:no');
    expect(writeFragment('#tab=2&answers=v1;scope:yes', { answers: { scope: 'no' } })).to.equal(
      '#tab=2&answers=v1;scope:no',
    );
    expect(writeFragment('#main', { answers: { scope: 'no' } })).to.equal('#answers=v1;scope:no');
    expect(writeFragment('#tab=2&answers=v1;scope:yes', undefined)).to.equal('#tab=2');
    expect(writeFragment('#answers=v1;scope:yes', undefined)).to.equal('');
    expect(writeFragment('#main', undefined), "no answers: the page's anchor stays").to.equal('#main');
    expect(readFragment('#tab=2&answers=v1;scope:no')).to.deep.equal({
      kind: 'state',
      state: { answers: { scope: 'no' } },
    });
    expect(readFragment('#main').kind).to.equal('none');
    expect(readFragment('').kind).to.equal('none');
  });

  it('reads percent-encoded links (as some mail programs rewrite them)', () => {
    expect(readFragment('#answers=v1%3Bscope%3Ayes')).to.deep.equal({
      kind: 'state',
      state: { answers: { scope: 'yes' } },
    });
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
    expect(problem('#answers=v1;scope:yes,scope:no')).to.deep.equal({ code: 'duplicate', params: {} });
  });

  it('finds links made before the questions changed', () => {
    expect(checkAgainstRules(rules, { answers: { scope: 'yes', permit: 'no', papers: 'gaps' } })).to.equal(undefined);
    expect(checkAgainstRules(rules, { answers: { scope: 'yes', size: 'small' } })).to.deep.equal({
      code: 'unknown-question',
      params: {},
    });
    const option = checkAgainstRules(rules, { answers: { scope: 'yes', permit: 'maybe' } })!;
    expect(option).to.deep.equal({
      code: 'unknown-option',
      params: { titleZh: '涉及前置许可吗？', titleEn: 'Does anything need a prior permit?' },
    });
    expect(linkMessage('zh-CN', option)).to.equal(
      '自查的问题已经更新，链接中对“涉及前置许可吗？”的回答已不再是可选的答案。为免给出过时的结果，请重新开始。',
    );
    expect(linkMessage('en', option)).to.contain(
      'its answer to “Does anything need a prior permit?” is no longer one of the answers',
    );
    // "No" ends the questions at once: an answer to a later question means the link follows an older order.
    const changed = checkAgainstRules(rules, { answers: { scope: 'no', permit: 'yes' } })!;
    expect(changed).to.deep.equal({
      code: 'changed',
      params: { titlesZh: '“涉及前置许可吗？”', titlesEn: '“Does anything need a prior permit?”' },
    });
    expect(linkMessage('zh-CN', changed)).to.equal(
      '自查的问题已经更新，链接中对 “涉及前置许可吗？” 的回答与现在的提问顺序对不上。为免给出过时的结果，请重新开始。',
    );
  });

  it('has a message for every problem in both languages', () => {
    const codes = [
      'damaged',
      'version',
      'duplicate',
      'unknown-question',
      'unknown-option',
      'changed',
      'unknown-category',
    ] as const;
    const params = { version: 2, titleZh: '题', titleEn: 'Q', titlesZh: '“题”', titlesEn: '“Q”' };
    for (const code of codes) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const message = linkMessage(lang, { code, params });
        expect(message, `${lang} ${code}`).to.be.a('string').and.not.contain('undefined');
      }
    }
  });

  it('reads links only up to a size no real link reaches', () => {
    const pairs = (n: number) => Array.from({ length: n }, (_, i) => `q${i}:yes`).join(',');
    expect(readFragment(`#answers=v1;${pairs(MAX_ANSWERS)}`).kind).to.equal('state');
    expect(readFragment(`#answers=v1;${pairs(MAX_ANSWERS + 1)}`)).to.deep.equal({
      kind: 'problem',
      problem: { code: 'damaged', params: {} },
    });
    const categories = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}.1`).join(',');
    expect(readFragment(`#answers=v1;;c:${categories(MAX_CATEGORIES)}`).kind).to.equal('state');
    expect(readFragment(`#answers=v1;;c:${categories(MAX_CATEGORIES + 1)}`).kind).to.equal('problem');
    expect(readFragment(`#answers=v1;scope:${'y'.repeat(MAX_LINK_LENGTH)}`).kind).to.equal('problem');
    expect(
      readFragment(`#answers=v1;scope:yes&pad=${'x'.repeat(100_000)}`).kind,
      "the page's own long parameters do not matter",
    ).to.equal('state');
  });
});

describe('checker URL fragment, fuzzed', () => {
  /** A small seeded generator, so that a failure can be replayed: the seed is in the failure message. */
  const random = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const ALPHABET = [
    'v1',
    'v2',
    ';',
    ',',
    ':',
    'c:',
    'licensed',
    '&',
    '=',
    '#',
    '%',
    '%3B',
    '%E0%A4',
    'scope',
    'permit',
    'yes',
    'no',
    'maybe',
    'papers',
    'gaps',
    '1.3',
    '1.3/xinxing-ruanjian-kaifa',
    '9.99',
    '/',
    '.',
    '-',
    '__proto__',
    'constructor',
    'javascript:alert(1)',
    '<b>',
    '$&',
    '"',
    '“',
    '\u0000',
    ' ',
    'answers=',
    '1'.repeat(40),
    'scope:yes',
    ',scope:no',
    ',permit:maybe',
    ',papers:gaps',
    ',size:small',
    ',harm:yes',
    ';c:1.3',
    ',9.99',
    ';licensed',
  ];
  const VALID = [
    '#answers=v1;scope:yes,permit:no,papers:gaps;c:1.3;licensed',
    '#answers=v1;scope:no',
    '#tab=2&answers=v1;;c:1.3,2.1',
  ];

  /** Every string a problem carries: what the page may show. */
  const shownBy = (read: ReadResult) => (read.kind === 'problem' ? Object.values(read.problem.params).map(String) : []);
  const ruleTexts = () => JSON.stringify(rules);

  it('answers every one of 20,000 random and mutated fragments with none, a state of well-formed ids, or a problem that echoes nothing', () => {
    for (let seed = 1; seed <= 20_000; seed++) {
      const next = random(seed);
      const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
      let fragment: string;
      if (next() < 0.5) {
        const start = pick(['v1;', 'v1;', 'v2;', '', 'v1']);
        fragment = '#answers=' + start + Array.from({ length: Math.floor(next() * 12) }, () => pick(ALPHABET)).join('');
      } else {
        const chars = [...pick(VALID)];
        for (let edits = Math.floor(next() * 4) + 1; edits > 0; edits--) {
          const at = Math.floor(next() * (chars.length + 1));
          if (next() < 0.5) chars.splice(at, 1);
          else chars.splice(at, 0, pick(ALPHABET));
        }
        fragment = chars.join('');
      }
      const where = `seed ${seed}: ${JSON.stringify(fragment)}`;
      let read: ReadResult;
      try {
        read = readFragment(fragment);
      } catch (error) {
        throw new Error(`readFragment threw for ${where}: ${String(error)}`, { cause: error });
      }
      expect(['none', 'state', 'problem'], where).to.include(read.kind);
      expect(shownBy(read), where).to.satisfy((values: string[]) => values.every((v) => /^\d+$/.test(v)));
      if (read.kind !== 'state') continue;
      const { answers, context } = read.state;
      expect(Object.keys(answers).length, where).to.be.at.most(MAX_ANSWERS);
      for (const [question, option] of Object.entries(answers))
        expect(RULE_ID.test(question) && RULE_ID.test(option), where).to.equal(true);
      expect(context?.categories.length ?? 0, where).to.be.at.most(MAX_CATEGORIES);
      for (const id of context?.categories ?? []) expect(CATEGORY_ID.test(id), where).to.equal(true);
      // A state reads back as itself once written, and the rules judge it without throwing, naming only their own words.
      expect(readFragment(writeFragment('', read.state)), where).to.deep.equal({ kind: 'state', state: read.state });
      const problem = checkAgainstRules(rules, read.state);
      for (const value of Object.values(problem?.params ?? {})) {
        for (const title of String(value).split(/[、,]\s*/))
          expect(ruleTexts(), where).to.contain(title.replace(/^“|”$/g, ''));
      }
    }
  });
});
