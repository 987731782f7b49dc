import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AnswerError,
  RulesError,
  contextFromSearch,
  enumeratePaths,
  evaluate,
  nextQuestion,
  RULE_LABELS,
  suggestedOption,
  walk,
} from './engine.js';
import { engineErrorMessage } from './engine-messages.js';
import type { Localized, RulesData, Sentence } from './types.js';

const L = (zh: string, en = zh): Localized => ({ 'zh-CN': zh, en });
/** One sentence restating clause 4.2, as a list (the published shape of a reason). */
const S = (zh: string, en = zh): Sentence[] => [{ 'zh-CN': zh, en, policyTerms: { '4.2': ['登记'] } }];

/**
 * A hand-written rule set in the published shape, small enough to reason about:
 * scope (suggested by a search) → permit → (no/not-sure) papers → end; scope no → end.
 */
function fixture(): RulesData {
  const yesNo = (next: string, extra: Array<{ id: string; next: string }> = []) => [
    { id: 'yes', label: L('是', 'Yes'), next },
    { id: 'no', label: L('否', 'No'), next },
    ...extra.map((e) => ({ ...e, label: L(e.id) })),
  ];
  return {
    schemaVersion: 1,
    start: 'scope',
    questions: [
      {
        id: 'scope',
        title: L('属于目录吗？', 'In the directory?'),
        terms: [],
        suggestedBySearch: 'yes',
        options: [
          { id: 'yes', label: L('是', 'Yes'), next: 'permit' },
          { id: 'no', label: L('否', 'No'), next: 'end' },
        ],
      },
      {
        id: 'permit',
        title: L('涉及前置许可吗？', 'Prior permit?'),
        terms: [],
        options: [
          { id: 'yes', label: L('是', 'Yes'), next: 'end' },
          ...yesNo('papers').slice(1),
          { id: 'not-sure', label: L('不确定', 'Not sure'), next: 'papers' },
        ],
      },
      { id: 'papers', title: L('材料齐全吗？', 'Papers complete?'), terms: [], options: yesNo('end') },
    ],
    measures: [
      {
        id: 'rongque',
        title: L('容缺登记', 'Documents to follow'),
        summary: S('先登记后补材料', 'Register first'),
        kind: 'support',
        cites: ['4.2'],
        terms: [],
        rules: [
          {
            when: { scope: ['no'] },
            status: 'does-not-apply',
            reason: S('不在目录'),
            cites: ['3'],
            contacts: [],
            bring: [],
            nextSteps: [],
          },
          {
            when: { permit: ['yes'] },
            status: 'does-not-apply',
            reason: S('涉及前置许可'),
            cites: ['4.2'],
            contacts: [],
            bring: [],
            nextSteps: [],
          },
          {
            when: { permit: ['no'] },
            licensed: true,
            status: 'may-apply',
            reason: S('有许可项目'),
            cites: ['4.2'],
            contacts: ['amr'],
            bring: [],
            nextSteps: [],
          },
          {
            when: { papers: ['yes'] },
            status: 'does-not-apply',
            reason: S('材料齐全'),
            cites: ['4.2'],
            contacts: [],
            bring: [],
            nextSteps: [],
          },
          {
            when: { permit: ['not-sure'] },
            status: 'may-apply',
            reason: S('不确定'),
            cites: ['4.2'],
            contacts: ['amr'],
            bring: S('材料'),
            nextSteps: S('去问'),
          },
          {
            when: { permit: ['no'], papers: ['no'] },
            status: 'applies',
            reason: S('适用'),
            cites: ['4.2'],
            contacts: ['amr'],
            bring: [],
            nextSteps: [],
          },
        ],
      },
    ],
    expectations: { title: L('您还可以期待'), intro: S('还有'), items: [] },
    contacts: [{ id: 'amr', name: L('江北区市场监督管理局', 'Jiangbei AMR') }],
    sources: [],
    glossary: [],
    statuses: { applies: L('适用'), 'may-apply': L('可能适用'), 'does-not-apply': L('不适用') },
    labels: Object.fromEntries(RULE_LABELS.map((k) => [k, L(k)])) as RulesData['labels'],
    disclaimer: L('仅供参考', 'Guidance only'),
    clauses: [{ id: '4.2', title: '（二）营造宽松开放的市场准入环境', document: 'measures' }],
  };
}

const rules = fixture();

function throwsAnswerError(fn: () => unknown, code: string, zh: string, en?: string) {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof AnswerError, `expected an AnswerError, got ${String(err)}`);
    assert.equal(err.code, code);
    assert.equal(engineErrorMessage(err, 'zh-CN'), zh);
    if (en) assert.equal(engineErrorMessage(err, 'en'), en);
    return true;
  });
}

test('nextQuestion follows the chosen options and ends with null', () => {
  assert.equal(nextQuestion(rules, {})?.id, 'scope');
  assert.equal(nextQuestion(rules, { scope: 'yes' })?.id, 'permit');
  assert.equal(nextQuestion(rules, { scope: 'yes', permit: 'no' })?.id, 'papers');
  assert.equal(nextQuestion(rules, { scope: 'yes', permit: 'yes' }), null, 'a permit ends the questions');
  assert.equal(nextQuestion(rules, { scope: 'no' }), null);
});

test('a search that found categories only suggests the answer: the question is still asked, and counts once answered', () => {
  const context = { categories: ['1.3'], licensed: false };
  assert.equal(nextQuestion(rules, {}, context)?.id, 'scope', 'the directory question is asked all the same');
  assert.equal(suggestedOption(rules.questions[0], context)?.id, 'yes');
  assert.equal(suggestedOption(rules.questions[1], context), undefined, 'only the question marked suggested-by-search');
  assert.equal(
    suggestedOption(rules.questions[0], { categories: [], licensed: true }),
    undefined,
    'nothing found, nothing suggested',
  );
  assert.throws(
    () => evaluate(rules, { permit: 'no', papers: 'no' }, context),
    (err: unknown) => err instanceof AnswerError && err.question === 'scope',
  );
  const result = evaluate(rules, { scope: 'yes', permit: 'no', papers: 'no' }, context);
  assert.deepEqual(result.answers[0], { question: 'scope', option: 'yes' });
  assert.equal(result.outcomes[0].status, 'applies');
  // The person can answer otherwise than the search suggests, and that answer is what counts.
  const declined = evaluate(rules, { scope: 'no' }, context);
  assert.deepEqual(declined.answers, [{ question: 'scope', option: 'no' }]);
  assert.equal(declined.outcomes[0].status, 'does-not-apply');
});

test('licensed items from the search change the outcome only through rules that ask for them', () => {
  const withLicence = evaluate(rules, { scope: 'yes', permit: 'no', papers: 'no' }, { categories: [], licensed: true });
  assert.equal(withLicence.outcomes[0].status, 'may-apply');
  assert.deepEqual(withLicence.outcomes[0].because.at(-1), { type: 'licensed', licensed: true });
  const without = evaluate(rules, { scope: 'yes', permit: 'no', papers: 'no' });
  assert.equal(without.outcomes[0].status, 'applies');
});

test('an outcome carries the reason, the answers behind it, the clause with its title and anchor, contacts and next steps', () => {
  const [outcome] = evaluate(rules, { scope: 'yes', permit: 'not-sure', papers: 'no' }).outcomes;
  assert.equal(outcome.status, 'may-apply');
  assert.equal(outcome.rule, 4);
  assert.deepEqual(outcome.because, [
    {
      type: 'answer',
      question: 'permit',
      option: 'not-sure',
      questionTitle: L('涉及前置许可吗？', 'Prior permit?'),
      optionLabel: L('不确定', 'Not sure'),
    },
  ]);
  assert.deepEqual(outcome.cites, [{ id: '4.2', title: '（二）营造宽松开放的市场准入环境', anchor: 'clause-4-2' }]);
  assert.deepEqual(
    outcome.contacts.map((c) => c.name['zh-CN']),
    ['江北区市场监督管理局'],
  );
  assert.deepEqual(outcome.bring, S('材料'));
  assert.deepEqual(outcome.nextSteps, S('去问'));
  // A clause the rules carry no title for still links.
  const [outside] = evaluate(rules, { scope: 'no' }).outcomes;
  assert.deepEqual(outside.cites, [{ id: '3', title: null, anchor: 'clause-3' }]);
});

test('answers left over from a changed earlier answer are ignored, never used', () => {
  // papers=yes would say "does not apply"; it is off the path once permit=yes.
  const result = evaluate(rules, { scope: 'yes', permit: 'yes', papers: 'yes' });
  assert.deepEqual(result.ignored, ['papers']);
  assert.equal(result.outcomes[0].reason[0]['zh-CN'], '涉及前置许可');
  const w = walk(rules, { scope: 'no', permit: 'no', papers: 'no' });
  assert.deepEqual(w.ignored, ['permit', 'papers']);
});

test('answers that are not an object are refused with what was received', () => {
  throwsAnswerError(
    () => evaluate(rules, null),
    'answers-not-object',
    '答案应为一个 JSON 对象，例如 {"answers": {"in-directory": "yes"}}，收到的是 null',
  );
  throwsAnswerError(
    () => nextQuestion(rules, ['yes']),
    'answers-not-object',
    '答案应为一个 JSON 对象，例如 {"answers": {"in-directory": "yes"}}，收到的是 an array',
  );
  throwsAnswerError(
    () => walk(rules, 'scope=yes'),
    'answers-not-object',
    '答案应为一个 JSON 对象，例如 {"answers": {"in-directory": "yes"}}，收到的是 "scope=yes"',
  );
});

test('an unknown question is refused, even one that would be off the path', () => {
  throwsAnswerError(
    () => evaluate(rules, { scope: 'no', sope: 'yes' }),
    'answer-unknown-question',
    '答案中的问题 "sope" 不存在（可能来自旧版本的问题，请重新开始）；现有问题：scope, permit, papers',
    'the answers name question "sope", which does not exist (perhaps from an older version of the questions: start again); the questions are: scope, permit, papers',
  );
});

test('an answer of the wrong type is refused with the options allowed', () => {
  throwsAnswerError(
    () => evaluate(rules, { scope: true }),
    'answer-wrong-type',
    '问题 scope 的答案应为选项 id（一个字符串，例如 "yes"），收到的是 boolean；可选：yes, no',
  );
  throwsAnswerError(
    () => nextQuestion(rules, { scope: ['yes'] }),
    'answer-wrong-type',
    '问题 scope 的答案应为选项 id（一个字符串，例如 "yes"），收到的是 an array；可选：yes, no',
  );
});

test('an unknown option is refused, never treated as some other answer', () => {
  throwsAnswerError(
    () => evaluate(rules, { scope: 'yes', permit: 'maybe' }),
    'answer-unknown-option',
    '问题 permit 没有选项 "maybe"；可选：yes, no, not-sure',
    'question permit has no option "maybe"; the options are: yes, no, not-sure',
  );
});

test('evaluating before the path is complete names the question still to answer', () => {
  assert.throws(
    () => evaluate(rules, { scope: 'yes', permit: 'no' }),
    (err: unknown) =>
      err instanceof AnswerError &&
      err.question === 'papers' &&
      engineErrorMessage(err, 'zh-CN') === '还没有回答问题 papers（材料齐全吗？），无法给出结论；可选：yes, no' &&
      engineErrorMessage(err, 'en') ===
        'question papers (Papers complete?) has not been answered yet, so there is no result; the options are: yes, no',
  );
});

test('a malformed search context is refused', () => {
  throwsAnswerError(
    () => nextQuestion(rules, {}, { categories: '1.3', licensed: false }),
    'context-invalid',
    '经营范围查询结果的格式不对：categories 应为分类 id 的列表；应为 {"categories": ["1.3"], "licensed": false}',
  );
  throwsAnswerError(
    () => evaluate(rules, { scope: 'no' }, { categories: [] }),
    'context-invalid',
    '经营范围查询结果的格式不对：licensed 应为 true 或 false；应为 {"categories": ["1.3"], "licensed": false}',
    'the business-scope search result is malformed: licensed must be true or false; it must look like {"categories": ["1.3"], "licensed": false}',
  );
});

test('rules that leave a measure without an outcome raise a RulesError instead of guessing', () => {
  const incomplete = fixture();
  incomplete.measures[0].rules = incomplete.measures[0].rules.filter((r) => r.status !== 'applies');
  assert.throws(
    () => evaluate(incomplete, { scope: 'yes', permit: 'no', papers: 'no' }),
    (err: unknown) =>
      err instanceof RulesError &&
      err.code === 'rules-no-outcome' &&
      engineErrorMessage(err, 'zh-CN').includes('措施 rongque 对这组回答没有结论'),
  );
});

test('rules whose questions loop raise a RulesError instead of hanging', () => {
  const looping = fixture();
  looping.questions[2].options[0].next = 'scope';
  assert.throws(
    () => walk(looping, { scope: 'yes', permit: 'no', papers: 'yes' }),
    (err: unknown) => err instanceof RulesError && err.code === 'rules-cycle',
  );
  assert.throws(() => enumeratePaths(looping), RulesError);
});

test('enumeratePaths lists every complete set of answers, and none twice', () => {
  const paths = enumeratePaths(rules);
  assert.deepEqual(paths, [
    { scope: 'yes', permit: 'yes' },
    { scope: 'yes', permit: 'no', papers: 'yes' },
    { scope: 'yes', permit: 'no', papers: 'no' },
    { scope: 'yes', permit: 'not-sure', papers: 'yes' },
    { scope: 'yes', permit: 'not-sure', papers: 'no' },
    { scope: 'no' },
  ]);
  for (const answers of paths) assert.equal(nextQuestion(rules, answers), null);
});

test('a search result becomes the minimal context: the categories found for certain, and whether any clause was 许可项目', () => {
  const result = {
    categories: [
      { id: '1.3', score: 0.9, strength: 'strong' as const },
      { id: '1.4', score: 0.5, strength: 'possible' as const },
    ],
    clauses: [
      { text: '软件开发', licensed: false },
      { text: '第二类增值电信业务', licensed: true },
    ],
  };
  assert.deepEqual(
    contextFromSearch(result),
    { categories: ['1.3'], licensed: true },
    'a "possible" match supports no answer',
  );
  assert.deepEqual(contextFromSearch({ categories: [], clauses: [{ licensed: false }] }), {
    categories: [],
    licensed: false,
  });
  // Only possible matches (一般项目：家用电器销售, say): nothing is suggested.
  const weak = contextFromSearch({ categories: [{ id: '7.1', strength: 'possible' }], clauses: [{ licensed: false }] });
  assert.equal(suggestedOption(rules.questions[0], weak), undefined);
  assert.equal(suggestedOption(rules.questions[0], contextFromSearch(result))?.id, 'yes');
});

test('a chain of thousands of questions is walked and enumerated without overflowing the stack', () => {
  const chain = fixture();
  const count = 20_000;
  chain.questions = Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    title: L(`问题 ${i}`),
    terms: [],
    options: [
      { id: 'yes', label: L('是'), next: i + 1 < count ? `q${i + 1}` : 'end' },
      { id: 'no', label: L('否'), next: 'end' },
    ],
  }));
  chain.start = 'q0';
  chain.measures[0].rules = [
    { when: {}, status: 'applies', reason: L('适用'), cites: ['4.2'], contacts: [], bring: [], nextSteps: [] },
  ];
  assert.equal(walk(chain, {}).next?.id, 'q0');
  const allYes = Object.fromEntries(chain.questions.map((q) => [q.id, 'yes']));
  assert.equal(evaluate(chain, allYes).answers.length, count);
  // One path through every question (a path per question would be count² answers, which says nothing about depth).
  for (const q of chain.questions) q.options = q.options.slice(0, 1);
  assert.deepEqual(enumeratePaths(chain), [allYes]);
});

test('a polluted Object.prototype in the page does not change which rule fits', () => {
  const answers = { scope: 'yes', permit: 'no', papers: 'no' };
  const clean = evaluate(rules, answers).outcomes.map((o) => [o.status, o.rule]);
  const proto = Object.prototype as Record<string, unknown>;
  proto.permit = ['yes'];
  proto.elsewhere = ['anything'];
  try {
    assert.deepEqual(
      evaluate(rules, answers).outcomes.map((o) => [o.status, o.rule]),
      clean,
    );
  } finally {
    delete proto.permit;
    delete proto.elsewhere;
  }
});
