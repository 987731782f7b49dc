import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, sortProblems, type Lang } from '../content/problems.js';
import type { PolicyData } from '../model/types.js';
// The labels from @sixin/core/rules (its entry is engine.js), so the fixture has exactly the ones a rule set needs.
import { RULE_LABELS } from './engine.js';
import { assembleRules } from './validate.js';

// A small but complete rule set: two questions, one measure, the shared wording. Each test breaks one thing in it.
const QUESTIONS = `- id: first
  title: {zh-CN: 第一问？, en: First?}
  options:
    - id: yes
      label: {zh-CN: 是, en: Yes}
      next: second
    - id: no
      label: {zh-CN: 否, en: No}
      next: end
- id: second
  title: {zh-CN: 第二问？, en: Second?}
  suggested-by-search: yes
  options:
    - id: yes
      label: {zh-CN: 是, en: Yes}
      next: end
    - id: not-sure
      label: {zh-CN: 不确定, en: Not sure}
      next: end
`;

const MEASURES = `- id: alpha
  title: {zh-CN: 甲措施, en: Alpha}
  summary: {zh-CN: 甲措施是容缺登记。, en: Alpha is registration first., policy-terms: {"4.2": [容缺登记]}}
  kind: support
  cites: ["4.2"]
  terms: [rongque]
  rules:
    - when: {first: no}
      status: does-not-apply
      reason: {zh-CN: 本办法对此没有规定。, en: The policy is silent., outside: silent}
    - when: {second: not-sure}
      status: may-apply
      reason: {zh-CN: 本办法对此没有规定。, en: The policy is silent., outside: silent}
      contacts: [amr]
    - when: {second: yes}
      status: applies
      reason:
        - {zh-CN: 适用容缺登记。, en: It applies., policy-terms: {"4.2": [容缺登记]}}
        - {zh-CN: 本办法没有规定期限。, en: No deadline is set., outside: silent}
`;

const EXPECTATIONS = `title: {zh-CN: 您还可以期待, en: What you can also expect}
intro: {zh-CN: 以下也是主要措施。, en: These are main measures too., policy-terms: {"4": [主要措施]}}
items:
  - id: more
    title: {zh-CN: 更多, en: More}
    cites: ["4.2"]
    text: {zh-CN: 实行容缺登记。, en: Registration first., policy-terms: {"4.2": [容缺登记]}}
`;

const COMMON = `statuses:
  applies: {zh-CN: 适用, en: Applies}
  may-apply: {zh-CN: 可能适用, en: May apply}
  does-not-apply: {zh-CN: 不适用, en: Does not apply}
labels:
${RULE_LABELS.map((l) => `  ${l}: {zh-CN: 标签, en: Label}`).join('\n')}
disclaimer: {zh-CN: 仅供参考。, en: Guidance only.}
contacts:
  - id: amr
    name: {zh-CN: 江北区市场监督管理局, en: Jiangbei AMR}
sources:
  - id: silent
    name: {zh-CN: 本办法未作规定, en: not in the policy}
glossary:
  - id: rongque
    term: {zh-CN: 容缺登记, en: Registration with documents to follow}
    definition: {zh-CN: 先登记后补材料。, en: Register first., outside: silent}
`;

const POLICY: PolicyData = {
  documents: [],
  clauses: [
    { id: '4', title: '四、主要措施', document: 'measures', ancestors: [], text: '' },
    {
      id: '4.2',
      title: '（二）营造宽松开放的市场准入环境',
      document: 'measures',
      ancestors: ['4'],
      text: '实行“容缺登记”机制，凡不涉及前置许可的……',
    },
  ],
};

const ROOT = 'content/rules';

function check(
  files: {
    questions?: string | null;
    measures?: string | null;
    expectations?: string | null;
    common?: string | null;
    extra?: Record<string, string>;
  } = {},
) {
  const texts: Record<string, string | null> = {
    'questions.yaml': files.questions === undefined ? QUESTIONS : files.questions,
    'measures.yaml': files.measures === undefined ? MEASURES : files.measures,
    'expectations.yaml': files.expectations === undefined ? EXPECTATIONS : files.expectations,
    'common.yaml': files.common === undefined ? COMMON : files.common,
    ...files.extra,
  };
  const list = Object.entries(texts)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([path, text]) => ({ file: `${ROOT}/${path}`, path, text }));
  return assembleRules({ files: list, rulesRoot: ROOT, policy: POLICY });
}

/** The problems exactly as `sixin validate` prints them. */
function messages(result: ReturnType<typeof check>, lang: Lang = 'zh-CN'): string[] {
  return sortProblems(result.problems).map((p) => formatProblem(p, lang));
}

/** Replaces exactly one occurrence, so a fixture edit cannot silently miss. */
function edit(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `expected exactly one ${JSON.stringify(from)} in the fixture`);
  return text.replace(from, to);
}

test('the fixture rule set is valid and becomes the published shape', () => {
  const result = check();
  assert.deepEqual(messages(result), []);
  const rules = result.rules!;
  assert.equal(rules.start, 'first');
  assert.deepEqual(
    rules.questions.map((q) => q.id),
    ['first', 'second'],
  );
  assert.equal(rules.questions[1].suggestedBySearch, 'yes');
  assert.deepEqual(
    rules.measures[0].rules.map((r) => r.status),
    ['does-not-apply', 'may-apply', 'applies'],
  );
  assert.deepEqual(rules.measures[0].rules[0].cites, ['4.2'], 'a rule without cites inherits the measure’s');
  assert.deepEqual(rules.measures[0].rules[1].when, { second: ['not-sure'] }, 'a single option becomes a list');
  assert.deepEqual(
    rules.measures[0].summary,
    [{ 'zh-CN': '甲措施是容缺登记。', en: 'Alpha is registration first.', policyTerms: { '4.2': ['容缺登记'] } }],
    'one sentence becomes a list',
  );
  assert.deepEqual(rules.measures[0].rules[2].reason, [
    { 'zh-CN': '适用容缺登记。', en: 'It applies.', policyTerms: { '4.2': ['容缺登记'] } },
    { 'zh-CN': '本办法没有规定期限。', en: 'No deadline is set.', outside: 'silent' },
  ]);
  assert.deepEqual(rules.sources, [{ id: 'silent', name: { 'zh-CN': '本办法未作规定', en: 'not in the policy' } }]);
  assert.deepEqual(rules.glossary[0].definition, [
    { 'zh-CN': '先登记后补材料。', en: 'Register first.', outside: 'silent' },
  ]);
  assert.deepEqual(
    rules.expectations.items.map((e) => [e.id, e.cites, e.text.length]),
    [['more', ['4.2'], 1]],
  );
  assert.deepEqual(
    rules.clauses.map((c) => c.id),
    ['4', '4.2'],
    'only the clauses cited or restated, with titles',
  );
  assert.equal(rules.clauses[1].title, '（二）营造宽松开放的市场准入环境');
});

test('Chinese text wrapped over lines is joined without stray spaces; English keeps single spaces', () => {
  const wrapped = edit(
    QUESTIONS,
    'title: {zh-CN: 第一问？, en: First?}',
    'title:\n    zh-CN: >-\n      第一\n      问？\n    en: >-\n      The first\n      question?',
  );
  const rules = check({ questions: wrapped }).rules!;
  assert.deepEqual(rules.questions[0].title, { 'zh-CN': '第一问？', en: 'The first question?' });
});

test('a missing rules file is named with the files the folder needs', () => {
  assert.deepEqual(messages(check({ common: null })), [
    'content/rules/common.yaml: 缺少资格规则文件 content/rules/common.yaml；规则文件夹应有 questions.yaml、measures.yaml、expectations.yaml 和 common.yaml（见 content/rules/README.md）',
  ]);
  assert.deepEqual(messages(check({ expectations: null }), 'en'), [
    'content/rules/expectations.yaml: rules file content/rules/expectations.yaml is missing; the rules folder holds questions.yaml, measures.yaml, expectations.yaml and common.yaml (see content/rules/README.md)',
  ]);
});

test('a stray file in the rules folder is reported rather than silently ignored', () => {
  assert.deepEqual(messages(check({ extra: { 'more-questions.yaml': '- id: x' } }), 'en'), [
    'content/rules/more-questions.yaml: more-questions.yaml in the rules folder is never read; rules go in questions.yaml, measures.yaml, expectations.yaml and common.yaml, explanations in README.md',
  ]);
});

test('YAML syntax errors point at their line', () => {
  const broken = edit(QUESTIONS, '  title: {zh-CN: 第二问？, en: Second?}', '  title: {zh-CN: 第二问？, en: Second?');
  const out = messages(check({ questions: broken }));
  assert.ok(out.length >= 1);
  assert.match(out[0], /^content\/rules\/questions\.yaml:1[1-4]: YAML 语法错误：/);
});

test('a file of the wrong shape says what it must hold', () => {
  assert.deepEqual(messages(check({ questions: 'id: first\n' })), [
    'content/rules/questions.yaml:1: 文件内容应为问题的列表（每项以“- id:”开头）；参照 content/rules/README.md 中的示例',
  ]);
});

test('missing, unknown and mistyped fields are reported at their lines with the allowed fields', () => {
  const noEnglish = edit(QUESTIONS, 'title: {zh-CN: 第一问？, en: First?}', 'title: {zh-CN: 第一问？}');
  assert.deepEqual(messages(check({ questions: noEnglish })), [
    'content/rules/questions.yaml:2: 缺少必填字段 [0].title.en；请加上 [0].title.en: Does anything you are registering need a permit before registration?',
  ]);
  const unknownField = edit(QUESTIONS, '  suggested-by-search: yes\n', '  suggested-by-search: yes\n  colour: red\n');
  assert.deepEqual(messages(check({ questions: unknownField }), 'en'), [
    'content/rules/questions.yaml:13: unknown field [1].colour; the fields allowed here are id, title, help, terms, suggested-by-search, licensed-note, options (check the spelling or remove the line)',
  ]);
  const badStatus = edit(MEASURES, 'status: applies', 'status: definitely');
  assert.deepEqual(messages(check({ measures: badStatus }), 'en'), [
    "content/rules/measures.yaml:16: field [0].rules[2].status has the wrong value: Invalid enum value. Expected 'applies' | 'may-apply' | 'does-not-apply', received 'definitely'; for example [0].rules[2].status: may-apply",
  ]);
});

test('duplicate ids of questions, options, measures and contacts are reported with the other line', () => {
  const twice = edit(QUESTIONS, '- id: second', '- id: first');
  assert.ok(
    messages(check({ questions: twice })).includes(
      'content/rules/questions.yaml:10: 问题 id "first" 重复，第 1 行已经用过；每个问题的 id 必须唯一',
    ),
  );
  const option = edit(QUESTIONS, '    - id: not-sure', '    - id: yes');
  assert.ok(
    messages(check({ questions: option }), 'en').includes(
      'content/rules/questions.yaml:17: option id "yes" is used twice, also at line 14; every option needs its own id',
    ),
  );
  const measure = MEASURES + MEASURES.replace('甲措施是容缺登记', '乙措施是容缺登记');
  assert.ok(
    messages(check({ measures: measure })).includes(
      'content/rules/measures.yaml:20: 措施 id "alpha" 重复，第 1 行已经用过；每个措施的 id 必须唯一',
    ),
  );
});

test('a reserved word cannot be a question id', () => {
  const reserved = edit(QUESTIONS, '- id: second', '- id: end').replace('next: second', 'next: end');
  assert.ok(
    messages(check({ questions: reserved })).includes(
      'content/rules/questions.yaml:10: "end" 是保留字，不能用作问题 id（next: end 表示问完了）；请换一个 id',
    ),
  );
});

test('an option without next is a path that cannot end', () => {
  const noNext = edit(QUESTIONS, '      next: second\n', '');
  assert.deepEqual(messages(check({ questions: noNext })), [
    'content/rules/questions.yaml:4: 问题 first 的选项 yes 没有 next，选了它之后无处可去，这条路径无法得出结论；请写 next: <下一个问题的 id>，或 next: end',
  ]);
});

test('next naming no question lists the questions there are', () => {
  const unknown = edit(QUESTIONS, 'next: second', 'next: sceond');
  assert.deepEqual(messages(check({ questions: unknown })), [
    'content/rules/questions.yaml:6: 问题 first 的选项 yes 的 next 指向不存在的问题 "sceond"；应为某个问题的 id 或 end。现有问题：first, second',
  ]);
});

test('a question no option leads to is unreachable', () => {
  const orphan = `${QUESTIONS}- id: third
  title: {zh-CN: 第三问？, en: Third?}
  options:
    - id: yes
      label: {zh-CN: 是, en: Yes}
      next: end
    - id: no
      label: {zh-CN: 否, en: No}
      next: end
`;
  assert.deepEqual(messages(check({ questions: orphan })), [
    'content/rules/questions.yaml:20: 问题 third 永远不会被问到：从第一个问题 first 出发，没有哪个选项的 next 通向它；请在某个选项写 next: third，或删除这个问题',
  ]);
});

test('questions that loop are reported with the loop spelled out', () => {
  const loop = edit(
    QUESTIONS,
    '      label: {zh-CN: 不确定, en: Not sure}\n      next: end',
    '      label: {zh-CN: 不确定, en: Not sure}\n      next: first',
  );
  assert.deepEqual(messages(check({ questions: loop }), 'en'), [
    'content/rules/questions.yaml:19: the questions go round in a loop: first → second → first; questions must always move forward and every path must finish with next: end',
  ]);
});

test('suggested-by-search must name one of the question’s options', () => {
  const wrong = edit(QUESTIONS, 'suggested-by-search: yes', 'suggested-by-search: no');
  assert.deepEqual(messages(check({ questions: wrong })), [
    'content/rules/questions.yaml:12: 问题 second 的 suggested-by-search 写的是 "no"，但这个问题没有该选项；可用选项：yes, not-sure',
  ]);
});

test('conditions naming an unknown question or option are reported', () => {
  const question = edit(MEASURES, 'when: {first: no}', 'when: {frist: no}');
  assert.deepEqual(messages(check({ measures: question })), [
    'content/rules/measures.yaml:8: 措施 alpha 的条件引用了不存在的问题 "frist"；现有问题：first, second',
  ]);
  const option = edit(MEASURES, 'when: {second: not-sure}', 'when: {second: [not-sure, maybe]}');
  assert.deepEqual(messages(check({ measures: option }), 'en'), [
    'content/rules/measures.yaml:11: a rule of measure alpha expects option "maybe" of question second, which has no such option; its options are: yes, not-sure',
  ]);
});

test('contacts and glossary terms must be defined in common.yaml', () => {
  const contact = edit(MEASURES, 'contacts: [amr]', 'contacts: [amr, mayor]');
  assert.deepEqual(messages(check({ measures: contact })), [
    'content/rules/measures.yaml:14: 联系部门 "mayor" 没有在 common.yaml 的 contacts 中定义；现有：amr',
  ]);
  const term = edit(MEASURES, 'terms: [rongque]', 'terms: [rongque, baorongqi]');
  assert.deepEqual(messages(check({ measures: term }), 'en'), [
    'content/rules/measures.yaml:6: term "baorongqi" is not defined in the glossary of common.yaml; the terms are: rongque',
  ]);
});

test('a may-apply outcome must say whom to confirm with', () => {
  const noContact = edit(MEASURES, '      contacts: [amr]\n', '');
  assert.deepEqual(messages(check({ measures: noContact })), [
    'content/rules/measures.yaml:12: 措施 alpha 的“可能适用”结论没有写向谁确认；请加上 contacts，例如 contacts: [amr]（联系部门在 common.yaml 中定义）',
  ]);
});

test('a measure without an outcome on some path is reported with an example path', () => {
  const gap = MEASURES.slice(0, MEASURES.indexOf('    - when: {second: yes}'));
  assert.deepEqual(messages(check({ measures: gap })), [
    'content/rules/measures.yaml:1: 措施 alpha 在 1 条提问路径上没有结论，例如回答为 first=yes, second=yes 时；请加一条规则覆盖这种回答（规则按顺序比对，第一条符合的生效）',
  ]);
});

test('a rule that can never decide is reported', () => {
  const dead = `${MEASURES}    - when: {first: no}
      status: applies
      reason: {zh-CN: 永远轮不到。, en: Never reached., outside: silent}
`;
  assert.deepEqual(messages(check({ measures: dead }), 'en'), [
    'content/rules/measures.yaml:20: rule 4 of measure alpha never takes effect for any answers (earlier rules already cover them, or it expects answers that never occur on the same path); remove it or reorder the rules',
  ]);
  const licensedOnly = edit(
    MEASURES,
    '    - when: {second: yes}\n',
    '    - when: {second: yes}\n      licensed: true\n',
  );
  assert.deepEqual(messages(check({ measures: licensedOnly })), [
    'content/rules/measures.yaml:1: 措施 alpha 在 1 条提问路径上没有结论，例如回答为 first=yes, second=yes 时；请加一条规则覆盖这种回答（规则按顺序比对，第一条符合的生效）',
  ]);
});

test('a cited clause must exist in the policy (the shared clause-unknown wording)', () => {
  const unknown = edit(MEASURES, 'cites: ["4.2"]', 'cites: ["4.2", "4.9"]');
  assert.deepEqual(messages(check({ measures: unknown })), [
    'content/rules/measures.yaml:5: 引用的条款 "4.9" 在政策原文中不存在；现有条款：4, 4.2',
  ]);
  const inRule = edit(
    MEASURES,
    '      status: does-not-apply\n',
    '      status: does-not-apply\n      cites: ["5.7"]\n',
  );
  assert.deepEqual(messages(check({ measures: inRule }), 'en'), [
    'content/rules/measures.yaml:10: clause "5.7" is cited but not present in the policy; the clauses are: 4, 4.2',
  ]);
});

test('a sentence that says neither which clause it restates nor where else it comes from is refused', () => {
  const bare = edit(
    MEASURES,
    '{zh-CN: 本办法没有规定期限。, en: No deadline is set., outside: silent}',
    '{zh-CN: 您还要准备营业执照。, en: Bring your licence too.}',
  );
  assert.deepEqual(messages(check({ measures: bare })), [
    'content/rules/measures.yaml:19: “您还要准备营业执照。”没有注明依据：转述政策原文的，写 policy-terms（所引条款中、这句话也用到的词，例如 policy-terms: {"4.2": [容缺登记]}）；政策以外的说明，写 outside 和来源（例如 outside: policy-silent，来源在 common.yaml 的 sources 中定义）。没有依据的话请删除',
  ]);
  // Everywhere a sentence states something: summaries, bring, expectations, contacts' notes, definitions.
  const bring = edit(
    MEASURES,
    '      contacts: [amr]\n',
    '      contacts: [amr]\n      bring:\n        - {zh-CN: 营业执照, en: Licence}\n',
  );
  assert.equal(
    check({ measures: bring })
      .problems.map((p) => p.code)
      .join(),
    'rules-sentence-no-basis',
  );
  const intro = edit(EXPECTATIONS, ', policy-terms: {"4": [主要措施]}}', '}');
  assert.equal(
    check({ expectations: intro })
      .problems.map((p) => `${p.code}@${p.line}`)
      .join(),
    'rules-sentence-no-basis@2',
  );
  const definition = edit(COMMON, 'en: Register first., outside: silent}', 'en: Register first.}');
  assert.equal(
    check({ common: definition })
      .problems.map((p) => p.code)
      .join(),
    'rules-sentence-no-basis',
  );
  // A question's help may tell how to answer, with neither.
  const help = edit(
    QUESTIONS,
    '  suggested-by-search: yes\n',
    '  suggested-by-search: yes\n  help: {zh-CN: 不清楚的，请选“不确定”。, en: If unsure choose Not sure.}\n',
  );
  assert.deepEqual(messages(check({ questions: help })), []);
});

test('a sentence has one basis, is one sentence, and names a known source', () => {
  const both = edit(
    MEASURES,
    'en: It applies., policy-terms: {"4.2": [容缺登记]}}',
    'en: It applies., policy-terms: {"4.2": [容缺登记]}, outside: silent}',
  );
  assert.deepEqual(messages(check({ measures: both }), 'en'), [
    'content/rules/measures.yaml:18: “适用容缺登记。” has both policy-terms and outside; a sentence either restates the policy or explains something outside it, so keep one (split it in two if it does both)',
  ]);
  const two = edit(
    MEASURES,
    '{zh-CN: 适用容缺登记。, en: It applies.',
    '{zh-CN: 适用容缺登记。期限另定。, en: It applies.',
  );
  assert.deepEqual(messages(check({ measures: two })), [
    'content/rules/measures.yaml:18: “适用容缺登记。期限另定。”不止一句话；每项只写一句，各自注明依据（列表写法：reason: [ {zh-CN: …, en: …, policy-terms: …}, … ]）',
  ]);
  const quoted = edit(MEASURES, '{zh-CN: 适用容缺登记。, en: It applies.', '{zh-CN: 适用“容缺登记。”, en: It applies.');
  assert.deepEqual(
    messages(check({ measures: quoted })),
    [],
    'a full stop inside closing quotes still ends the one sentence',
  );
  const unknown = edit(
    MEASURES,
    'en: No deadline is set., outside: silent}',
    'en: No deadline is set., outside: quiet}',
  );
  assert.deepEqual(messages(check({ measures: unknown }), 'en'), [
    'content/rules/measures.yaml:19: outside of “本办法没有规定期限。” is "quiet", which is not defined under sources in common.yaml; the sources are: silent',
  ]);
});

test('policy-terms must appear word for word in the sentence and in a clause the outcome cites', () => {
  const notInClause = edit(
    MEASURES,
    '{zh-CN: 适用容缺登记。, en: It applies., policy-terms: {"4.2": [容缺登记]}}',
    '{zh-CN: 适用容缺登记和包容期。, en: It applies., policy-terms: {"4.2": [容缺登记, 包容期]}}',
  );
  assert.deepEqual(messages(check({ measures: notInClause })), [
    'content/rules/measures.yaml:18: “适用容缺登记和包容期。”注明条款 4.2 含有“包容期”，但该条款原文中没有这几个字；请核对引用的条款，或改正 policy-terms',
  ]);
  const notInSentence = edit(
    MEASURES,
    '{zh-CN: 适用容缺登记。, en: It applies., policy-terms: {"4.2": [容缺登记]}}',
    '{zh-CN: 先登记，后补材料。, en: It applies., policy-terms: {"4.2": [容缺登记]}}',
  );
  assert.deepEqual(messages(check({ measures: notInSentence }), 'en'), [
    'content/rules/measures.yaml:18: policy-terms lists “容缺登记”, but “先登记，后补材料。” does not contain it; list only words of the clause that the sentence really uses',
  ]);
  const notCited = edit(
    MEASURES,
    '{zh-CN: 适用容缺登记。, en: It applies., policy-terms: {"4.2": [容缺登记]}}',
    '{zh-CN: 这是主要措施。, en: It applies., policy-terms: {"4": [主要措施]}}',
  );
  assert.deepEqual(messages(check({ measures: notCited })), [
    'content/rules/measures.yaml:18: “这是主要措施。”转述条款 4，但这一结论注明的政策依据（cites）只有 4.2；请把 4 加入 cites，或改正 policy-terms',
  ]);
  const unknownClause = edit(EXPECTATIONS, 'policy-terms: {"4": [主要措施]}', 'policy-terms: {"9": [主要措施]}');
  assert.deepEqual(messages(check({ expectations: unknownClause })), [
    'content/rules/expectations.yaml:2: 引用的条款 "9" 在政策原文中不存在；现有条款：4, 4.2',
  ]);
});
