import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../node/load.js';
import { enumeratePaths, evaluate, type Answers, type CheckContext, type CheckResult, type MeasureOutcome } from './engine.js';
import { MEASURE_STATUSES, type Localized } from './types.js';

// The real rules in content/rules/, checked against the real policy text in content/policy/.
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const loaded = loadContent('content', { cwd: repoRoot });
assert.deepEqual(loaded.problems, [], 'the content must validate for these tests to mean anything');
const rules = loaded.rules!;
const policy = loaded.policy!;
const clauseText = new Map(policy.clauses.map((c) => [c.id, c.text.replace(/\s+/g, '')]));

/**
 * What each measure of the issue must rest on, written here independently of measures.yaml: the clause and the words
 * of the policy that make it that measure. A citation to the wrong clause fails here even if the content's own
 * policy-terms were edited to match it.
 */
const MEASURE_BASIS: Record<string, Record<string, string[]>> = {
  'in-scope': { '3': ['四新经济', '9大类产业'], '4.1': ['行业分类目录'] },
  rongque: { '4.2': ['容缺登记', '前置许可', '关键性材料缺失', '实质性错误', '按期补正的书面承诺'] },
  'cluster-registration': { '4.2': ['集群注册', '工位注册', '众创空间'] },
  'in-kind-investment': { '4.2': ['专利、商标、股权和债权'] },
  'inclusive-period': { '4.4': ['包容期', '建议、提醒、约谈', '无事不扰'] },
  'minor-violation': { '4.4': ['非主观错误', '没有造成危害后果', '轻微违法行为', '减轻或不予行政处罚'] },
  'key-enterprise-contact': { '4.4': ['重点企业联系人', '每月至少联系企业1次'] },
  'red-lines': { '2': ['产品质量安全、生命健康安全、用户资金安全'], '4.5': ['红线', '触发式', '联合惩戒'] },
};

const CONTEXTS: Array<CheckContext | undefined> = [
  undefined,
  { categories: [], licensed: false },
  { categories: [], licensed: true },
  { categories: ['1.3'], licensed: false },
  { categories: ['1.3/xinxing-ruanjian-kaifa'], licensed: true },
];

const outcomeOf = (result: CheckResult, measure: string): MeasureOutcome => {
  const found = result.outcomes.find((o) => o.measure === measure);
  assert.ok(found, `no outcome for ${measure}`);
  return found;
};

let everyResult: Array<{ answers: Answers; context?: CheckContext; result: CheckResult }> | undefined;
/** Every path with every context, with its result (worked out once, shared by the tests below). */
function allOutcomes() {
  everyResult ??= CONTEXTS.flatMap((context) => enumeratePaths(rules, context).map((answers) => ({ answers, context, result: evaluate(rules, answers, context) })));
  return everyResult;
}

test('every measure the issue names is covered, cites the clause that holds it, and the clause says so', () => {
  assert.deepEqual(rules.measures.map((m) => m.id).sort(), Object.keys(MEASURE_BASIS).sort());
  for (const [measureId, basis] of Object.entries(MEASURE_BASIS)) {
    const measure = rules.measures.find((m) => m.id === measureId)!;
    for (const [clause, terms] of Object.entries(basis)) {
      assert.ok(measure.cites.includes(clause), `${measureId} must cite ${clause}`);
      for (const term of terms) assert.ok(clauseText.get(clause)?.includes(term), `clause ${clause} must contain ${term} (${measureId})`);
    }
  }
});

test('every cited clause exists and rules.json-ready titles come with it', () => {
  const known = new Set(policy.clauses.map((c) => c.id));
  const cited = new Set(rules.measures.flatMap((m) => [...m.cites, ...m.rules.flatMap((r) => r.cites)]));
  for (const id of cited) assert.ok(known.has(id), `cited clause ${id} is not in the policy`);
  assert.deepEqual(rules.clauses.map((c) => c.id).sort(), [...cited].sort());
  assert.equal(rules.clauses.find((c) => c.id === '4.2')?.title, '（二）营造宽松开放的市场准入环境');
});

test('every path through the questions, with and without a search, ends in one outcome per measure', () => {
  const measureIds = rules.measures.map((m) => m.id).join();
  for (const { answers, result } of allOutcomes()) {
    assert.deepEqual(result.ignored, []);
    assert.deepEqual(result.answers.filter((a) => a.source === 'user').map((a) => a.question), Object.keys(answers));
    assert.equal(result.outcomes.map((o) => o.measure).join(), measureIds);
    for (const o of result.outcomes) {
      assert.ok(MEASURE_STATUSES.includes(o.status));
      assert.ok(o.reason['zh-CN'] && o.reason.en);
      assert.ok(o.cites.length && o.cites.every((c) => c.title), `${o.measure} cites a clause without a title`);
      if (o.status === 'may-apply') assert.ok(o.contacts.length, `${o.measure} may apply but names nobody to confirm with`);
    }
  }
  // Pinned so that a change to the questions is a conscious one: 7,915 paths without a search (or without a match),
  // 3,957 when the search answers the directory question.
  assert.equal(enumeratePaths(rules).length, 7915);
  assert.equal(enumeratePaths(rules, { categories: ['1.3'], licensed: false }).length, 3957);
  assert.equal(allOutcomes().length, 3 * 7915 + 2 * 3957);
});


test('nothing applies to a business outside the directory, and it is told what it can do instead', () => {
  const result = evaluate(rules, { 'in-directory': 'no' });
  assert.equal(result.answers.length, 1, 'one question is enough');
  assert.deepEqual(new Set(result.outcomes.map((o) => o.status)), new Set(['does-not-apply']));
  const scope = outcomeOf(result, 'in-scope');
  assert.match(scope.reason['zh-CN'], /不在目录/);
  assert.ok(scope.contacts.some((c) => c.name['zh-CN'] === '江北区市场监督管理局'));
  assert.ok(scope.nextSteps.some((s) => s['zh-CN'].includes('一般程序')));
});

test('a benefit is never promised on an uncertain answer: a support measure applies only to a business in the directory', () => {
  for (const { answers, context, result } of allOutcomes()) {
    const inDirectory = answers['in-directory'] ?? (context?.categories.length ? 'yes' : undefined);
    for (const o of result.outcomes) {
      if (o.kind === 'support' && o.status === 'applies') {
        assert.equal(inDirectory, 'yes', `${o.measure} applied with in-directory=${inDirectory}`);
      }
      // A safeguard (the red-line warning) rightly applies on uncertainty; a benefit must not.
      if (o.status === 'applies' && o.kind !== 'safeguard') {
        for (const b of o.because) if (b.type === 'answer') assert.notEqual(b.option, 'not-sure', `${o.measure} applied on a not-sure answer`);
      }
    }
  }
});

test('where the policy leaves discretion the result is at most "may apply": tolerance period and minor violations', () => {
  for (const { result } of allOutcomes()) {
    assert.notEqual(outcomeOf(result, 'inclusive-period').status, 'applies');
    assert.notEqual(outcomeOf(result, 'minor-violation').status, 'applies');
  }
});

test('容缺登记 applies only with no prior permit, no key gaps and a written promise', () => {
  const eligible = { 'in-directory': 'yes', established: 'no', investment: 'no', location: 'no', 'prior-permit': 'no', materials: 'minor-gaps', promise: 'yes' };
  const applies = outcomeOf(evaluate(rules, eligible), 'rongque');
  assert.equal(applies.status, 'applies');
  assert.deepEqual(applies.cites.map((c) => c.anchor), ['clause-4-2']);
  assert.ok(applies.bring.some((b) => b['zh-CN'].includes('补正')));

  const { materials: _m, promise: _p, ...upToPermit } = eligible;
  const permit = outcomeOf(evaluate(rules, { ...upToPermit, 'prior-permit': 'yes' }), 'rongque');
  assert.equal(permit.status, 'does-not-apply');
  assert.match(permit.reason['zh-CN'], /前置许可/);
  const keyGaps = evaluate(rules, { ...upToPermit, materials: 'key-gaps' });
  assert.equal(outcomeOf(keyGaps, 'rongque').status, 'does-not-apply');
  assert.match(outcomeOf(keyGaps, 'rongque').reason['zh-CN'], /关键性材料/);
  assert.equal(outcomeOf(evaluate(rules, { ...eligible, promise: 'no' }), 'rongque').status, 'does-not-apply');

  // A 许可项目 in the pasted business scope makes "no prior permit" something to confirm, not to trust.
  const licensed = outcomeOf(evaluate(rules, eligible, { categories: ['1.3'], licensed: true }), 'rongque');
  assert.equal(licensed.status, 'may-apply');
  assert.ok(licensed.contacts.some((c) => c.id === 'permit-authority'));
  assert.deepEqual(licensed.because.at(-1), { type: 'licensed', licensed: true });
});

test('crossing a red line is said plainly: the inclusive measures do not cover it and joint supervision follows', () => {
  const answers = { 'in-directory': 'yes', established: 'yes', 'key-enterprise': 'no', violation: 'yes', 'violation-red-line': 'yes', changing: 'no' };
  const result = evaluate(rules, answers);
  const redLines = outcomeOf(result, 'red-lines');
  assert.equal(redLines.kind, 'safeguard');
  assert.equal(redLines.status, 'applies');
  assert.match(redLines.reason['zh-CN'], /不在包容审慎措施的范围内/);
  assert.match(redLines.reason['zh-CN'], /协同监管和联合惩戒/);
  assert.deepEqual(redLines.cites.map((c) => c.id), ['2', '4.5']);
  assert.equal(outcomeOf(result, 'inclusive-period').status, 'does-not-apply');
  assert.equal(outcomeOf(result, 'minor-violation').status, 'does-not-apply');
  // Every business in (or perhaps in) the directory is told about the red lines.
  for (const { answers: a, result: r } of allOutcomes()) {
    if (a['in-directory'] !== 'no') assert.equal(outcomeOf(r, 'red-lines').status, 'applies');
  }
});

test('a minor, unintended, harmless violation corrected in time may have a lighter or no penalty, decided by the enforcer', () => {
  const answers = {
    'in-directory': 'yes', established: 'yes', 'key-enterprise': 'no', violation: 'yes', 'violation-red-line': 'no',
    'violation-intent': 'no', 'violation-harm': 'no', 'violation-corrected': 'yes', changing: 'no',
  };
  const minor = outcomeOf(evaluate(rules, answers), 'minor-violation');
  assert.equal(minor.status, 'may-apply');
  assert.match(minor.reason['zh-CN'], /由执法部门依法决定/);
  assert.deepEqual(minor.contacts.map((c) => c.id), ['enforcer']);
  for (const [question, option] of [['violation-intent', 'yes'], ['violation-harm', 'yes'], ['violation-corrected', 'no']]) {
    const changed: Answers = { ...answers, [question]: option };
    // Answering "yes" to intent or harm skips the later violation questions.
    if (question === 'violation-intent') { delete changed['violation-harm']; delete changed['violation-corrected']; }
    if (question === 'violation-harm') delete changed['violation-corrected'];
    assert.equal(outcomeOf(evaluate(rules, changed), 'minor-violation').status, 'does-not-apply', `${question}=${option}`);
  }
});

test('the key-enterprise contact applies only to a business in the directory that was told it is one', () => {
  for (const { answers, context, result } of allOutcomes()) {
    const inDirectory = answers['in-directory'] ?? (context?.categories.length ? 'yes' : undefined);
    const status = outcomeOf(result, 'key-enterprise-contact').status;
    assert.equal(status === 'applies', answers['key-enterprise'] === 'yes' && inDirectory === 'yes');
  }
});

test('investment in kind and cluster registration follow the answers about setting up and the address', () => {
  const base = { 'in-directory': 'yes', established: 'no', investment: 'yes', location: 'yes', 'prior-permit': 'yes' };
  const result = evaluate(rules, base);
  assert.equal(outcomeOf(result, 'in-kind-investment').status, 'applies');
  const cluster = outcomeOf(result, 'cluster-registration');
  assert.equal(cluster.status, 'may-apply');
  assert.ok(cluster.contacts.some((c) => c.id === 'incubator'));
  assert.equal(outcomeOf(evaluate(rules, { ...base, location: 'no' }), 'cluster-registration').status, 'does-not-apply');
  const existing = evaluate(rules, { 'in-directory': 'yes', established: 'yes', 'key-enterprise': 'no', violation: 'no', changing: 'no' });
  assert.equal(outcomeOf(existing, 'in-kind-investment').status, 'does-not-apply');
  assert.equal(outcomeOf(existing, 'cluster-registration').status, 'does-not-apply');
});

/** Every user-facing string of the rules. */
function* allText(): Generator<[string, Localized]> {
  for (const q of rules.questions) {
    yield [`${q.id}.title`, q.title];
    if (q.help) yield [`${q.id}.help`, q.help];
    if (q.licensedNote) yield [`${q.id}.licensed-note`, q.licensedNote];
    for (const o of q.options) yield [`${q.id}.${o.id}`, o.label];
  }
  for (const m of rules.measures) {
    yield [`${m.id}.title`, m.title];
    yield [`${m.id}.summary`, m.summary];
    for (const [i, r] of m.rules.entries()) {
      yield [`${m.id}.rules[${i}].reason`, r.reason];
      for (const s of [...r.bring, ...r.nextSteps]) yield [`${m.id}.rules[${i}]`, s];
    }
  }
  for (const c of rules.contacts) {
    yield [`contact ${c.id}`, c.name];
    if (c.note) yield [`contact ${c.id}`, c.note];
  }
  for (const g of rules.glossary) yield [`term ${g.id}`, g.definition];
  yield ['disclaimer', rules.disclaimer];
}

test('the rules give no phone numbers, addresses or links, and every string has both languages', () => {
  for (const [where, text] of allText()) {
    for (const value of [text['zh-CN'], text.en]) {
      assert.ok(value.trim(), `${where} is empty`);
      assert.doesNotMatch(value, /https?:|www\.|\.gov\.cn|@|\d{3,4}-?\d{7,8}|\d{11}|电话|号码|地址：|门牌|路\d+号/, `${where}: ${value}`);
    }
    assert.match(text['zh-CN'], /[\u4e00-\u9fff]/, `${where} has no Chinese`);
  }
});

test('the terms the public meets are explained, and the result says it is guidance, not a ruling', () => {
  const terms = new Map(rules.glossary.map((g) => [g.term['zh-CN'], g.definition['zh-CN']]));
  for (const term of ['前置许可', '容缺登记', '包容期', '监管红线']) assert.ok(terms.get(term), `${term} is not explained`);
  assert.ok(rules.questions.find((q) => q.id === 'prior-permit')!.terms.includes('prior-permit'));
  assert.match(rules.disclaimer['zh-CN'], /仅供参考，不是行政决定/);
  assert.match(rules.disclaimer.en, /guidance only, not an administrative decision/);
});
