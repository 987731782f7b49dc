import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadContent, loadIndustryNotes, loadIndustryTable } from '../node/load.js';
import { buildSearchIndex } from '../search/build-index.js';
import { createSearcher } from '../search/engine.js';
import {
  contextFromSearch,
  enumeratePaths,
  evaluate,
  nextQuestion,
  suggestedOption,
  type Answers,
  type CheckContext,
  type CheckResult,
  type MeasureOutcome,
} from './engine.js';
import { MEASURE_STATUSES, type Localized, type Sentence } from './types.js';

// The real rules in content/rules/, checked against the real policy text in content/policy/.
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const loaded = loadContent('content', { cwd: repoRoot });
assert.deepEqual(loaded.problems, [], 'the content must validate for these tests to mean anything');
const rules = loaded.rules!;
const policy = loaded.policy!;
const squeeze = (s: string) => s.replace(/\s+/g, '');
const clauseText = new Map(policy.clauses.map((c) => [c.id, squeeze(c.title + c.text)]));

/**
 * What each measure must rest on, written here independently of measures.yaml: the clause and the words of the policy
 * that make it that measure. A citation to the wrong clause fails here even if the content's own policy-terms were
 * edited to match it.
 */
const MEASURE_BASIS: Record<string, Record<string, string[]>> = {
  'in-scope': { '3': ['四新经济', '9大类产业', '355个行业小类'], '4.1': ['行业分类目录', '动态调整'] },
  rongque: { '4.2': ['容缺登记', '前置许可', '关键性材料缺失', '实质性错误', '按期补正的书面承诺', '可先予办理登记'] },
  'cluster-registration': { '4.2': ['鼓励各类园区', '集群注册', '工位注册', '众创空间'] },
  'in-kind-investment': { '4.2': ['鼓励', '专利、商标、股权和债权'] },
  'inclusive-period': { '4.4': ['探索实行“包容期”监管', '建议、提醒、约谈'] },
  'minor-violation': { '4.4': ['非主观错误', '没有造成危害后果', '轻微违法行为', '依法减轻或不予行政处罚'] },
  'key-enterprise-contact': { '4.4': ['重点企业联系人', '每月至少联系企业1次'] },
  'red-lines': { '2': ['产品质量安全、生命健康安全、用户资金安全三条底线'], '4.5': ['红线', '触发式', '联合惩戒'] },
};

/** What a search or a category chosen can contribute; none of them answers a question. */
const CONTEXTS: Array<CheckContext | undefined> = [
  undefined,
  { categories: [], licensed: true },
  { categories: ['1.3'], licensed: false },
];

const outcomeOf = (result: CheckResult, measure: string): MeasureOutcome => {
  const found = result.outcomes.find((o) => o.measure === measure);
  assert.ok(found, `no outcome for ${measure}`);
  return found;
};
const zh = (sentences: readonly Sentence[]) => sentences.map((s) => s['zh-CN']).join('');

let everyResult: Array<{ answers: Answers; context?: CheckContext; result: CheckResult }> | undefined;
/** Every path with every context, with its result (worked out once, shared by the tests below). */
function allOutcomes() {
  everyResult ??= CONTEXTS.flatMap((context) =>
    enumeratePaths(rules).map((answers) => ({ answers, context, result: evaluate(rules, answers, context) })),
  );
  return everyResult;
}

/** Every sentence of the rules with where it is, for the checks that hold for all of them. */
function* allSentences(): Generator<[string, Sentence]> {
  for (const q of rules.questions) for (const s of q.help ?? []) yield [`${q.id}.help`, s];
  for (const m of rules.measures) {
    for (const s of m.summary) yield [`${m.id}.summary`, s];
    for (const [i, r] of m.rules.entries())
      for (const s of [...r.reason, ...r.bring, ...r.nextSteps]) yield [`${m.id}.rules[${i}]`, s];
  }
  for (const s of rules.expectations.intro) yield ['expectations.intro', s];
  for (const e of rules.expectations.items) for (const s of e.text) yield [`expectations.${e.id}`, s];
  for (const c of rules.contacts) for (const s of c.note ?? []) yield [`contact ${c.id}`, s];
  for (const g of rules.glossary) for (const s of g.definition) yield [`term ${g.id}`, s];
}

/** The sentences an outcome or an expectation shows, which must all say where they come from. */
function* statements(): Generator<[string, Sentence]> {
  for (const entry of allSentences()) if (!entry[0].endsWith('.help')) yield entry;
}

test('every measure is covered, cites the clause that holds it, and the clause says so', () => {
  assert.deepEqual(rules.measures.map((m) => m.id).sort(), Object.keys(MEASURE_BASIS).sort());
  for (const [measureId, basis] of Object.entries(MEASURE_BASIS)) {
    const measure = rules.measures.find((m) => m.id === measureId)!;
    for (const [clause, terms] of Object.entries(basis)) {
      assert.ok(measure.cites.includes(clause), `${measureId} must cite ${clause}`);
      for (const term of terms)
        assert.ok(clauseText.get(clause)?.includes(term), `clause ${clause} must contain ${term} (${measureId})`);
    }
  }
});

test('every cited clause exists and rules.json carries its title', () => {
  const known = new Set(policy.clauses.map((c) => c.id));
  const cited = new Set([
    ...rules.measures.flatMap((m) => [...m.cites, ...m.rules.flatMap((r) => r.cites)]),
    ...rules.expectations.items.flatMap((e) => e.cites),
    ...[...allSentences()].flatMap(([, s]) => Object.keys(s.policyTerms ?? {})),
  ]);
  for (const id of cited) assert.ok(known.has(id), `cited clause ${id} is not in the policy`);
  assert.deepEqual(rules.clauses.map((c) => c.id).sort(), [...cited].sort());
  assert.equal(rules.clauses.find((c) => c.id === '4.2')?.title, '（二）营造宽松开放的市场准入环境');
});

test('every sentence shown is a paraphrase of its clause or a marked explanation with a named source', () => {
  const sources = new Map(rules.sources.map((s) => [s.id, s]));
  let count = 0;
  for (const [where, s] of statements()) {
    count++;
    const basis = [s.policyTerms ? 'policy' : '', s.outside ? 'outside' : ''].filter(Boolean);
    assert.equal(
      basis.length,
      1,
      `${where}: “${s['zh-CN']}” must have exactly one basis, has ${basis.join('+') || 'none'}`,
    );
    for (const [clause, words] of Object.entries(s.policyTerms ?? {})) {
      assert.ok(words.length, `${where}: no words for ${clause}`);
      for (const word of words) {
        assert.ok(squeeze(s['zh-CN']).includes(squeeze(word)), `${where}: “${word}” is not in “${s['zh-CN']}”`);
        assert.ok(
          clauseText.get(clause)?.includes(squeeze(word)),
          `${where}: clause ${clause} does not contain “${word}”`,
        );
      }
    }
    if (s.outside) assert.ok(sources.get(s.outside)?.name['zh-CN'], `${where}: unknown source ${s.outside}`);
  }
  assert.ok(count > 60, `only ${count} sentences found`);
  // The outcome's citations cover every clause its sentences restate.
  for (const m of rules.measures) {
    for (const r of m.rules)
      for (const s of r.reason)
        for (const clause of Object.keys(s.policyTerms ?? {}))
          assert.ok(r.cites.includes(clause), `${m.id}: ${clause} not cited`);
  }
  // Laws are named with their article; the policy's silence is said as such.
  for (const source of rules.sources)
    assert.match(source.name['zh-CN'], /^《中华人民共和国.+》第.+条$|^本办法未作(规定|定义)$/, source.id);
});

test("the policy's modal words are kept: 可, 鼓励, 探索, 依法", () => {
  const sentences = [...statements()].map(([, s]) => s['zh-CN']);
  const must: Array<[RegExp, string]> = [
    [/先予办理登记/, '可先予办理登记'],
    [/托管服务/, '鼓励'],
    [/专利、商标、股权和债权/, '鼓励'],
    [/包容期”监管/, '探索'],
    [/联合惩戒/, '探索'],
    [/减轻或不予行政处罚/, '依法减轻或不予行政处罚'],
  ];
  for (const [topic, modal] of must) {
    const about = sentences.filter((s) => topic.test(s));
    assert.ok(about.length, `no sentence about ${topic}`);
    for (const s of about) assert.ok(s.includes(modal), `“${s}” drops the policy's ${modal}`);
  }
  for (const s of sentences) assert.doesNotMatch(s, /将实施|将触发|必须守住|都必须/, s);
});

test('every path through the questions, with and without a search, ends in one outcome per measure', () => {
  const measureIds = rules.measures.map((m) => m.id).join();
  for (const { answers, result } of allOutcomes()) {
    assert.deepEqual(result.ignored, []);
    assert.deepEqual(
      result.answers.map((a) => a.question),
      Object.keys(answers),
      'every answer counted was given by the person',
    );
    assert.equal(result.outcomes.map((o) => o.measure).join(), measureIds);
    for (const o of result.outcomes) {
      assert.ok(MEASURE_STATUSES.includes(o.status));
      assert.ok(o.reason.length && o.reason.every((s) => s['zh-CN'] && s.en));
      assert.ok(o.cites.length && o.cites.every((c) => c.title), `${o.measure} cites a clause without a title`);
      if (o.status === 'may-apply')
        assert.ok(o.contacts.length, `${o.measure} may apply but names nobody to confirm with`);
    }
  }
  // Pinned so that a change to the questions is a conscious one.
  assert.equal(enumeratePaths(rules).length, 3031);
  assert.equal(allOutcomes().length, CONTEXTS.length * 3031);
});

test('a search never answers the directory question: a strong match only suggests it, a weak one not even that', () => {
  const question = rules.questions.find((q) => q.id === 'in-directory')!;
  const strong = { categories: ['1.3'], licensed: false };
  assert.equal(
    nextQuestion(rules, { 'registered-in': 'jiangbei' }, strong)?.id,
    'in-directory',
    'asked even after a strong match',
  );
  assert.equal(suggestedOption(question, strong)?.id, 'yes');
  // The example: 家用电器销售 is at best a "possible" match, which suggests nothing.
  const index = buildSearchIndex({
    directory: loaded.directory!,
    industries: loadIndustryTable(),
    notes: loadIndustryNotes(),
  });
  const weak = contextFromSearch(createSearcher(index).search('一般项目：家用电器销售'));
  assert.deepEqual(weak.categories, []);
  assert.equal(suggestedOption(question, weak), undefined);
  // Whatever a search found, the outcomes follow the person's answers alone.
  const answers = { 'registered-in': 'jiangbei', 'in-directory': 'no' };
  assert.deepEqual(evaluate(rules, answers, strong).outcomes, evaluate(rules, answers).outcomes);
});

test('a business registered outside Jiangbei is told the policy is Jiangbei’s and whom to ask at home; nothing applies', () => {
  const result = evaluate(rules, { 'registered-in': 'elsewhere' });
  assert.equal(result.answers.length, 1, 'one question is enough');
  assert.deepEqual(new Set(result.outcomes.map((o) => o.status)), new Set(['does-not-apply']));
  const scope = outcomeOf(result, 'in-scope');
  assert.match(zh(scope.reason), /重庆市江北区人民政府办公室印发，是江北区的政策/);
  assert.deepEqual(
    scope.contacts.map((c) => c.name['zh-CN']),
    ['您的企业登记地的市场监督管理局'],
  );
  assert.deepEqual(
    scope.cites.map((c) => c.id),
    ['notice'],
  );
  assert.equal(rules.questions[0].id, 'registered-in', 'asked first');
  // Not decided yet: nothing more than "may apply" until it is.
  for (const { answers, result: r } of allOutcomes()) {
    if (answers['registered-in'] !== 'jiangbei')
      for (const o of r.outcomes)
        if (o.kind !== 'safeguard') assert.notEqual(o.status, 'applies', `${o.measure} on ${JSON.stringify(answers)}`);
  }
});

test('nothing applies to a business outside the directory', () => {
  const result = evaluate(rules, { 'registered-in': 'jiangbei', 'in-directory': 'no' });
  assert.equal(result.answers.length, 2);
  assert.deepEqual(new Set(result.outcomes.map((o) => o.status)), new Set(['does-not-apply']));
  assert.ok(outcomeOf(result, 'in-scope').contacts.some((c) => c.name['zh-CN'] === '江北区市场监督管理局'));
});

test('a benefit is never promised on an uncertain answer: a support measure applies only in Jiangbei and in the directory', () => {
  for (const { answers, result } of allOutcomes()) {
    for (const o of result.outcomes) {
      if ((o.kind === 'support' || o.kind === 'scope') && o.status === 'applies') {
        assert.equal(
          answers['in-directory'],
          'yes',
          `${o.measure} applied with in-directory=${answers['in-directory']}`,
        );
        assert.equal(
          answers['registered-in'],
          'jiangbei',
          `${o.measure} applied with registered-in=${answers['registered-in']}`,
        );
      }
      if (o.status === 'applies' && o.kind !== 'safeguard') {
        for (const b of o.because)
          if (b.type === 'answer') assert.notEqual(b.option, 'not-sure', `${o.measure} applied on a not-sure answer`);
      }
    }
  }
});

test('where the policy leaves discretion the result is at most "may apply": tolerance period, minor violations, key enterprises', () => {
  for (const { result } of allOutcomes()) {
    for (const id of ['inclusive-period', 'minor-violation', 'key-enterprise-contact'])
      assert.notEqual(outcomeOf(result, id).status, 'applies', id);
  }
  const key = rules.measures.find((m) => m.id === 'key-enterprise-contact')!;
  assert.ok(
    key.rules.some(
      (r) =>
        r.status === 'may-apply' &&
        r.reason.some((s) => s.outside === 'policy-silent' && s['zh-CN'].includes('哪些企业属于重点企业')),
    ),
  );
});

test('容缺登记 applies only with no prior permit, no key gaps and a written promise', () => {
  const eligible = {
    'registered-in': 'jiangbei',
    'in-directory': 'yes',
    established: 'no',
    investment: 'no',
    location: 'no',
    'prior-permit': 'no',
    materials: 'minor-gaps',
    promise: 'yes',
  };
  const applies = outcomeOf(evaluate(rules, eligible), 'rongque');
  assert.equal(applies.status, 'applies');
  assert.match(zh(applies.reason), /可先予办理登记/);
  assert.deepEqual(
    applies.cites.map((c) => c.anchor),
    ['clause-4-2'],
  );
  assert.ok(applies.bring.some((b) => b['zh-CN'].includes('补正')));

  const { materials: _m, promise: _p, ...upToPermit } = eligible;
  const permit = outcomeOf(evaluate(rules, { ...upToPermit, 'prior-permit': 'yes' }), 'rongque');
  assert.equal(permit.status, 'does-not-apply');
  assert.match(zh(permit.reason), /不涉及前置许可/);
  const keyGaps = evaluate(rules, { ...upToPermit, materials: 'key-gaps' });
  assert.equal(outcomeOf(keyGaps, 'rongque').status, 'does-not-apply');
  assert.match(zh(outcomeOf(keyGaps, 'rongque').reason), /关键性材料/);
  assert.equal(outcomeOf(evaluate(rules, { ...eligible, promise: 'no' }), 'rongque').status, 'does-not-apply');
  assert.equal(
    outcomeOf(evaluate(rules, { ...eligible, 'registered-in': 'not-decided' }), 'rongque').status,
    'may-apply',
  );

  // A 许可项目 in the pasted business scope makes "no prior permit" something to confirm, not to trust.
  const licensed = outcomeOf(evaluate(rules, eligible, { categories: ['1.3'], licensed: true }), 'rongque');
  assert.equal(licensed.status, 'may-apply');
  assert.ok(licensed.contacts.some((c) => c.id === 'permit-authority'));
  assert.deepEqual(licensed.because.at(-1), { type: 'licensed', licensed: true });
});

test('red lines are described as the policy does, apart from the three bottom lines, and the checker says who decides', () => {
  const redLines = rules.measures.find((m) => m.id === 'red-lines')!;
  // The three bottom lines are a principle for regulators (二); red lines are drawn per industry and field (四（五）).
  const summary = redLines.summary;
  assert.deepEqual(
    summary.map((s) => Object.keys(s.policyTerms ?? {})),
    [['2'], ['4.5']],
  );
  assert.match(summary[0]['zh-CN'], /落实监管责任/);
  assert.match(summary[1]['zh-CN'], /公共安全、人身健康、市场经济秩序、生态环境、产品质量、数据安全、消费者合法权益/);
  assert.match(summary[1]['zh-CN'], /分行业、分领域划定监管“红线”/);
  for (const [where, s] of allSentences()) {
    const text = s['zh-CN'];
    assert.ok(
      !(text.includes('红线') && text.includes('三条底线')),
      `${where} equates the red lines with the three bottom lines: ${text}`,
    );
    // What the checker states (a sentence with a basis) gives no examples of its own; instructions on answering may.
    if (s.policyTerms || s.outside)
      assert.doesNotMatch(text, /例如|比如|挪用|预付/, `${where} gives an example the policy does not: ${text}`);
  }
  // No question asks the person to judge whether something is a red line.
  for (const q of rules.questions) assert.doesNotMatch(q.title['zh-CN'], /红线|底线/);
  const result = evaluate(rules, {
    'registered-in': 'jiangbei',
    'in-directory': 'yes',
    established: 'yes',
    violation: 'no',
    changing: 'no',
  });
  const outcome = outcomeOf(result, 'red-lines');
  assert.equal(outcome.kind, 'safeguard');
  assert.equal(outcome.status, 'applies');
  assert.match(zh(outcome.reason), /探索“触发式”联合监管/);
  assert.ok(
    outcome.reason.some((s) => s.outside === 'policy-silent' && s['zh-CN'].includes('没有列出具体的监管“红线”')),
  );
  assert.ok(
    outcome.reason.some((s) => s.outside === 'admin-penalty-law-57'),
    'says who decides on a particular matter',
  );
  assert.deepEqual(
    outcome.contacts.map((c) => c.id),
    ['authority', 'amr'],
  );
});

test('a minor violation is asked only what 四（四） names, never a deadline, and the enforcement body decides', () => {
  const minor = rules.measures.find((m) => m.id === 'minor-violation')!;
  const asked = new Set(minor.rules.flatMap((r) => Object.keys(r.when)));
  for (const q of ['non-subjective-error', 'violation-harm', 'violation-minor']) assert.ok(asked.has(q), q);
  assert.ok(!rules.questions.some((q) => /改正/.test(q.title['zh-CN'])), 'no question about correcting in time');
  const answers = {
    'registered-in': 'jiangbei',
    'in-directory': 'yes',
    established: 'yes',
    violation: 'yes',
    'non-subjective-error': 'yes',
    'violation-harm': 'no',
    'violation-minor': 'yes',
    changing: 'no',
  };
  const outcome = outcomeOf(evaluate(rules, answers), 'minor-violation');
  assert.equal(outcome.status, 'may-apply');
  assert.deepEqual(
    outcome.contacts.map((c) => c.id),
    ['enforcer'],
  );
  assert.ok(outcome.reason.some((s) => s.outside === 'admin-penalty-law-57'));
  assert.deepEqual(
    outcome.because.map((b) => (b.type === 'answer' ? b.question : '')),
    ['non-subjective-error', 'violation-harm', 'violation-minor'],
  );
  for (const [question, option] of [
    ['non-subjective-error', 'no'],
    ['violation-harm', 'yes'],
    ['violation-minor', 'no'],
  ]) {
    const changed: Answers = { ...answers, [question]: option };
    // "No" to the non-subjective error, or harm, skips the later violation questions.
    if (question === 'non-subjective-error') {
      delete changed['violation-harm'];
      delete changed['violation-minor'];
    }
    if (question === 'violation-harm') delete changed['violation-minor'];
    assert.equal(
      outcomeOf(evaluate(rules, changed), 'minor-violation').status,
      'does-not-apply',
      `${question}=${option}`,
    );
  }
  // 非主观错误 is not defined by the policy, and the checker does not define it either.
  const term = rules.glossary.find((g) => g.id === 'non-subjective-error')!;
  assert.equal(term.definition[0].outside, 'policy-undefined');
  assert.doesNotMatch(zh(term.definition), /故意/);
});

test('extras from general law are labelled with the law and article; terms the policy does not define say so', () => {
  const investment = outcomeOf(
    evaluate(rules, {
      'registered-in': 'jiangbei',
      'in-directory': 'yes',
      established: 'no',
      investment: 'yes',
      location: 'no',
      'prior-permit': 'yes',
    }),
    'in-kind-investment',
  );
  assert.equal(investment.status, 'applies');
  for (const s of [...investment.reason.filter((x) => x['zh-CN'].includes('评估作价')), ...investment.bring])
    assert.equal(s.outside, 'company-law-48', s['zh-CN']);
  for (const id of ['cluster-registration', 'workstation-registration', 'prior-permit']) {
    const term = rules.glossary.find((g) => g.id === id)!;
    assert.ok(
      term.definition.every((s) => s.outside === 'policy-undefined'),
      id,
    );
  }
});

test('"您还可以期待" lists what 四 owes every covered business, each with its clause', () => {
  const { title, items } = rules.expectations;
  assert.equal(title['zh-CN'], '您还可以期待');
  const owed: Array<[string, string]> = [
    ['放宽名称登记限制', '4.2'],
    ['反映新业态特征的经营范围表述', '4.2'],
    ['“双随机、一公开”', '4.3'],
    ['“互联网+监管”', '4.3'],
    ['“无事不扰”', '4.4'],
    ['“沙盒监管”', '4.5'],
    ['守信激励', '4.5'],
  ];
  for (const [words, clause] of owed) {
    const item = items.find((e) => zh(e.text).includes(words));
    assert.ok(item, `nothing says ${words}`);
    assert.ok(item.cites.includes(clause), `${words} must cite ${clause}`);
    assert.ok(clauseText.get(clause)!.includes(words), `clause ${clause} must say ${words}`);
  }
});

test('investment in kind and cluster registration follow the answers about setting up and the address', () => {
  const base = {
    'registered-in': 'jiangbei',
    'in-directory': 'yes',
    established: 'no',
    investment: 'yes',
    location: 'yes',
    'prior-permit': 'yes',
  };
  const result = evaluate(rules, base);
  assert.equal(outcomeOf(result, 'in-kind-investment').status, 'applies');
  const cluster = outcomeOf(result, 'cluster-registration');
  assert.equal(cluster.status, 'may-apply');
  assert.ok(cluster.contacts.some((c) => c.id === 'incubator'));
  assert.equal(
    outcomeOf(evaluate(rules, { ...base, location: 'no' }), 'cluster-registration').status,
    'does-not-apply',
  );
  const existing = evaluate(rules, {
    'registered-in': 'jiangbei',
    'in-directory': 'yes',
    established: 'yes',
    violation: 'no',
    changing: 'no',
  });
  assert.equal(outcomeOf(existing, 'in-kind-investment').status, 'does-not-apply');
  assert.equal(outcomeOf(existing, 'cluster-registration').status, 'does-not-apply');
});

/** Every user-facing string of the rules. */
function* allText(): Generator<[string, Localized]> {
  for (const q of rules.questions) {
    yield [`${q.id}.title`, q.title];
    if (q.licensedNote) yield [`${q.id}.licensed-note`, q.licensedNote];
    for (const o of q.options) yield [`${q.id}.${o.id}`, o.label];
  }
  for (const m of rules.measures) yield [`${m.id}.title`, m.title];
  for (const c of rules.contacts) yield [`contact ${c.id}`, c.name];
  for (const s of rules.sources) yield [`source ${s.id}`, s.name];
  yield* allSentences();
  yield ['expectations.title', rules.expectations.title];
  for (const e of rules.expectations.items) yield [`expectations.${e.id}.title`, e.title];
  yield ['disclaimer', rules.disclaimer];
}

test('the rules give no phone numbers, addresses or links, and every string has both languages', () => {
  for (const [where, text] of allText()) {
    for (const value of [text['zh-CN'], text.en]) {
      assert.ok(value.trim(), `${where} is empty`);
      assert.doesNotMatch(
        value,
        /https?:|www\.|\.gov\.cn|@|\d{3,4}-?\d{7,8}|\d{11}|电话|号码|地址：|门牌|路\d+号/,
        `${where}: ${value}`,
      );
    }
    assert.match(text['zh-CN'], /[\u4e00-\u9fff]/, `${where} has no Chinese`);
  }
});

test('the terms the public meets are explained, and the result says it is guidance on a trial policy, not a ruling', () => {
  const terms = new Map(rules.glossary.map((g) => [g.term['zh-CN'], g.definition]));
  for (const term of ['前置许可', '容缺登记', '包容期', '监管红线', '非主观错误'])
    assert.ok(terms.get(term)?.length, `${term} is not explained`);
  assert.ok(rules.questions.find((q) => q.id === 'prior-permit')!.terms.includes('prior-permit'));
  assert.match(rules.disclaimer['zh-CN'], /仅供参考，不是行政决定/);
  assert.match(rules.disclaimer['zh-CN'], /试行/);
  assert.match(rules.disclaimer['zh-CN'], /是否仍在执行/);
  assert.doesNotMatch(rules.disclaimer['zh-CN'], /原文给出/, 'the result explains as well as quotes');
  assert.match(rules.disclaimer.en, /guidance only, not an administrative decision/);
});
