import { expect } from '@open-wc/testing';
import { parseRules } from './rules-data.js';
import { DataError } from '../shared/directory.js';
import type { DataProblem } from '../shared/strings.js';
import { dataMessage } from '../test-support/catalogs.js';

let fixtureText: string;
/** A fresh copy of the small rules fixture, to break in one place. */
async function fixture(): Promise<Record<string, any>> {
  fixtureText ??= await (await fetch('/src/checker/rules.fixture.json')).text();
  return JSON.parse(fixtureText);
}

function problemOf(value: unknown): DataProblem | undefined {
  try {
    parseRules(value);
    return undefined;
  } catch (error) {
    if (error instanceof DataError) return error.problem;
    throw error;
  }
}

/** The message a person sees for `value`, in Chinese. */
const messageOf = (value: unknown) => dataMessage('zh-CN', problemOf(value)!);

describe('parseRules', () => {
  it('accepts the fixture and the real rules.json that sixin export writes', async () => {
    expect(problemOf(await fixture())).to.equal(undefined);
    const response = await fetch('/test-data/real/rules.json');
    expect(response.status, await response.clone().text()).to.equal(200);
    expect(problemOf(await response.json())).to.equal(undefined);
  });

  it('tells other files and other format versions apart from broken rules', async () => {
    for (const value of [null, [], 'rules', { categories: [] }]) expect(problemOf(value)?.code).to.equal('not-rules');
    expect(messageOf({ categories: [] })).to.equal('数据不是资格规则：请使用 sixin export 生成的 rules.json。');
    const future = { ...(await fixture()), schemaVersion: 2 };
    expect(problemOf(future)).to.deep.equal({ code: 'rules-version', params: { version: '2' } });
    expect(dataMessage('en', problemOf(future)!)).to.equal(
      "rules.json is in format version 2; this element reads version 1. Use the site data that matches the element's version.",
    );
  });

  it('names the place of a field that is missing or of the wrong type', async () => {
    const rules = await fixture();
    delete rules.questions[1].title.en;
    expect(problemOf(rules)).to.deep.equal({
      code: 'rules-invalid',
      params: { path: 'questions.permit.title', expected: 'localized' },
    });
    expect(messageOf(rules)).to.equal('rules.json 中 questions.permit.title 有误：应为含 zh-CN 和 en 两种文字的对象。');
    const noStatus = await fixture();
    noStatus.measures[1].rules[2].status = 'maybe';
    expect(problemOf(noStatus)?.params).to.deep.equal({ path: 'measures.rongque.rules[2].status', expected: 'status' });
    const noLabel = await fixture();
    delete noLabel.labels['confirm-with'];
    expect(dataMessage('en', problemOf(noLabel)!)).to.equal(
      'rules.json is wrong at labels.confirm-with: expected an object with zh-CN and en text.',
    );
    const oneOption = await fixture();
    oneOption.questions[3].options.pop();
    expect(problemOf(oneOption)?.params).to.deep.equal({ path: 'questions.harm.options', expected: 'options' });
  });

  it('follows every id: questions, options, contacts, terms and clauses', async () => {
    const cases: Array<[(rules: Record<string, any>) => void, string, string]> = [
      [(r) => (r.start = 'begin'), 'start', 'question'],
      [(r) => (r.questions[0].options[0].next = 'permits'), 'questions.scope.options.yes.next', 'next'],
      [(r) => (r.questions[0].suggestedBySearch = 'maybe'), 'questions.scope.suggestedBySearch', 'option'],
      [(r) => (r.questions[1].terms = ['permit']), 'questions.permit.terms[0]', 'term'],
      [(r) => (r.measures[0].rules[0].when = { size: ['small'] }), 'measures.in-scope.rules[0].when.size', 'question'],
      [
        (r) => (r.measures[0].rules[0].when = { scope: ['maybe'] }),
        'measures.in-scope.rules[0].when.scope[0]',
        'option',
      ],
      [(r) => (r.measures[0].rules[0].contacts = ['police']), 'measures.in-scope.rules[0].contacts[0]', 'contact'],
      [(r) => (r.measures[1].cites = ['9.9']), 'measures.rongque.cites[0]', 'clause'],
      [(r) => (r.questions[2].options[1].id = 'complete'), 'questions.papers.options.complete', 'unique'],
      [(r) => (r.questions[2].id = 'permit'), 'questions.permit', 'unique'],
      [(r) => (r.measures[2].rules = []), 'measures.red-lines.rules', 'outcome'],
      [
        (r) => (r.measures[1].rules[4].reason[1].outside = 'rumour'),
        'measures.rongque.rules[4].reason[1].outside',
        'source',
      ],
      [(r) => (r.expectations.items[0].cites = ['9.9']), 'expectations.items.no-disturbance.cites[0]', 'clause'],
      [(r) => (r.measures[0].summary = { 'zh-CN': '一句', en: 'One' }), 'measures.in-scope.summary', 'list'],
    ];
    for (const [breakIt, path, expected] of cases) {
      const rules = await fixture();
      breakIt(rules);
      expect(problemOf(rules)?.params, path).to.deep.equal({ path, expected });
    }
  });

  it('refuses questions that loop, which would never end', async () => {
    const rules = await fixture();
    rules.questions[3].options[0].next = 'permit';
    expect(problemOf(rules)?.params).to.deep.equal({ path: 'questions: permit → harm → permit', expected: 'no-loop' });
    expect(messageOf(rules)).to.equal(
      'rules.json 中 questions: permit → harm → permit 有误：应为不绕圈的问题顺序（每条路径最后都到 end）。',
    );
  });

  it('accepts ids only in the form of ids, wherever they are', async () => {
    const cases: Array<[(rules: Record<string, any>) => void, string]> = [
      [(r) => (r.questions[0].id = 'javascript:alert(1)'), 'questions[0].id'],
      [(r) => (r.questions[0].options[0].id = '__proto__'), 'questions.scope.options[0].id'],
      [(r) => (r.contacts[0].id = 'amr office'), 'contacts[0].id'],
      [(r) => (r.clauses[0].id = '//evil.example'), 'clauses[0].id'],
      [(r) => (r.clauses[0].document = 'constructor x'), `clauses.${'4.2'}.document`],
    ];
    for (const [breakIt, path] of cases) {
      const rules = await fixture();
      breakIt(rules);
      const problem = problemOf(rules);
      expect(problem?.params.expected, path).to.equal('id');
      expect(String(problem?.params.path), path).to.match(/^(questions|contacts|clauses)/);
    }
  });

  it('walks a chain of thousands of questions, and a loop in it, without overflowing the stack', async () => {
    const rules = await fixture();
    const count = 20_000;
    const chain = Array.from({ length: count }, (_, i) => ({
      id: `q${i}`,
      title: { 'zh-CN': '问题', en: 'Question' },
      terms: [],
      options: [
        { id: 'yes', label: { 'zh-CN': '是', en: 'Yes' }, next: i + 1 < count ? `q${i + 1}` : 'end' },
        { id: 'no', label: { 'zh-CN': '否', en: 'No' }, next: 'end' },
      ],
    }));
    rules.questions = chain;
    rules.start = 'q0';
    for (const measure of rules.measures) for (const rule of measure.rules) rule.when = {};
    expect(problemOf(rules)).to.equal(undefined);
    chain[count - 1]!.options[0]!.next = 'q0';
    const loop = problemOf(rules)!;
    expect(loop.params).to.deep.equal({
      path: 'questions: q0 → q1 → q2 → q3 → … → q19998 → q19999 → q0',
      expected: 'no-loop',
    });
  });

  it('returns a checked copy that reads nothing from a prototype another script changed', async () => {
    const value = await fixture();
    value.questions[3].extra = '<b>unchecked</b>';
    const proto = Object.prototype as Record<string, unknown>;
    const polluted = {
      suggestedBySearch: 'yes',
      licensed: true,
      hint: { 'zh-CN': '注入', en: 'injected' },
      help: { 'zh-CN': '注入', en: 'injected' },
    };
    Object.assign(proto, polluted);
    try {
      const rules = parseRules(value);
      expect(rules).to.not.equal(value);
      const harm = rules.questions[3]!;
      expect(Object.hasOwn(harm, 'extra')).to.equal(false);
      expect(harm.suggestedBySearch, 'an own field, undefined in the data').to.equal(undefined);
      expect(harm.help).to.equal(undefined);
      expect(harm.options[0]!.hint).to.equal(undefined);
      expect(rules.measures[0]!.rules[0]!.licensed).to.equal(undefined);
    } finally {
      for (const key of Object.keys(polluted)) delete proto[key];
    }
  });
});
