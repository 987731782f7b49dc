import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli.js';
import { evaluate, type CheckResult } from '../rules/engine.js';
import type { RulesData } from '../rules/types.js';
import { splitAnswersFile } from './check.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sixin-check-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

let files = 0;
/** Writes an answers file into the scratch folder and returns its path. */
function answersFile(contents: unknown): string {
  const path = join(scratch, `answers-${++files}.json`);
  writeFileSync(path, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return path;
}

async function run(args: string[], options: { cwd?: string; stdin?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    cwd: options.cwd ?? repoRoot,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => options.stdin ?? '',
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const ELIGIBLE = {
  answers: {
    'registered-in': 'jiangbei',
    'in-directory': 'yes',
    established: 'no',
    investment: 'no',
    location: 'no',
    'prior-permit': 'no',
    materials: 'minor-gaps',
    promise: 'yes',
  },
};

test('sixin check prints each measure with its status, reason, clause and next steps in Chinese', async () => {
  const r = await run(['check', '--answers', answersFile(ELIGIBLE)]);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.match(
    r.stdout,
    /^您的回答\n {2}您的企业在哪里登记，或者准备在哪里登记？ 重庆市江北区\n {2}您的业务属于江北区“四新经济”行业分类目录吗？ 属于\n/,
  );
  assert.match(r.stdout, /\n【适用】容缺登记\n {2}原因：凡不涉及前置许可的“四新经济”市场主体在办理登记注册时/);
  assert.match(
    r.stdout,
    /\n {2}政策依据：4\.2 （二）营造宽松开放的市场准入环境\n {2}联系：江北区市场监督管理局\n {2}需要准备：\n {4}- 已经准备好的登记申请材料/,
  );
  assert.match(r.stdout, /\n【不适用】以专利、商标、股权和债权出资\n/);
  assert.match(
    r.stdout,
    /\n【可能适用，请确认】包容期和柔性监管\n[^【]*本办法没有规定包容期的长短、起止和适用条件。（政策外说明：本办法未作规定）\n[^【]*请向以下部门确认：江北区市场监督管理局、您所在行业的主管部门/,
  );
  assert.match(
    r.stdout,
    /\n您还可以期待\n {2}以下也是本办法“主要措施”中的内容。\n {2}- 名称登记和经营范围：[^\n]*（4\.2 （二）营造宽松开放的市场准入环境）\n/,
  );
  assert.match(r.stdout, /仅供参考，不是行政决定或法律意见/);
});

test('sixin check --lang en prints the same result in English', async () => {
  const r = await run(['check', '--answers', answersFile(ELIGIBLE), '--lang', 'en']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Your answers\n/);
  assert.match(
    r.stdout,
    /\n【Applies】Registration with documents to follow\n {2}Why: A new-economy business whose registration involves no prior permit/,
  );
  assert.match(
    r.stdout,
    /The policy does not set the tolerance period's length, start or conditions\. \(Not from the policy: the policy says nothing on this\)/,
  );
  assert.match(r.stdout, /\nWhat you can also expect\n/);
  assert.match(
    r.stdout,
    /Policy: 4\.2 （二）营造宽松开放的市场准入环境/,
    'clause titles stay as the policy writes them',
  );
  assert.match(r.stdout, /guidance only, not an administrative decision/);
});

test('sixin check --json prints the engine’s result, the same as evaluating the published rules', async () => {
  const r = await run(['check', '--answers', answersFile(ELIGIBLE), '--json']);
  assert.equal(r.code, 0);
  const printed = JSON.parse(r.stdout) as CheckResult;
  assert.equal(printed.outcomes.length, 8);
  assert.equal(printed.outcomes.find((o) => o.measure === 'rongque')?.status, 'applies');

  const out = join(scratch, 'site-data');
  const exported = await run(['export', 'content', '--out-dir', out]);
  assert.equal(exported.code, 0, exported.stderr);
  const published = JSON.parse(readFileSync(join(out, 'rules.json'), 'utf8')) as RulesData;
  assert.deepEqual(
    evaluate(published, ELIGIBLE.answers),
    printed,
    'rules.json alone gives the checker element the same answer',
  );
  assert.deepEqual(
    published.clauses.find((c) => c.id === '4.4'),
    { id: '4.4', title: '（四）推行动态监管的包容审慎制度', document: 'measures' },
  );
});

test('a search context in the answers file never answers the directory question; its licensed items count', async () => {
  const { 'in-directory': _skipped, ...rest } = ELIGIBLE.answers;
  const context = { categories: ['1.3'], licensed: true };
  const missing = await run(['check', '--answers', answersFile({ answers: rest, context })]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /还没有回答问题 in-directory/);
  assert.match(missing.stderr, /\n {2}经营范围查询建议的回答（请确认后写入答案文件）："in-directory": "yes"$/);
  const r = await run(['check', '--answers', answersFile({ answers: ELIGIBLE.answers, context })]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /您的业务属于江北区“四新经济”行业分类目录吗？ 属于\n/);
  assert.match(
    r.stdout,
    /【可能适用，请确认】容缺登记\n {2}原因：本办法的“容缺登记”机制面向不涉及前置许可的“四新经济”市场主体。/,
  );
  assert.match(r.stdout, /依据您的回答：[^\n]*您查询的经营范围中有“许可项目”/);
});

test('--scope runs the business-scope search: strong matches suggest the directory answer, possible ones are only listed', async () => {
  const { 'in-directory': _skipped, ...rest } = ELIGIBLE.answers;
  const asked = await run([
    'check',
    '--answers',
    answersFile(rest),
    '--scope',
    '一般项目：软件开发。许可项目：第二类增值电信业务',
  ]);
  assert.equal(asked.code, 1, 'the directory question must still be answered');
  assert.match(asked.stdout, /^经营范围查询：在目录中找到 1\.3 新兴软件和新型信息技术服务/);
  assert.match(asked.stderr, /经营范围查询建议的回答（请确认后写入答案文件）："in-directory": "yes"/);
  const r = await run([
    'check',
    '--answers',
    answersFile(ELIGIBLE.answers),
    '--scope',
    '一般项目：软件开发。许可项目：第二类增值电信业务',
    '--json',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const printed = JSON.parse(r.stdout) as CheckResult & { context: { categories: string[]; licensed: boolean } };
  assert.ok(printed.context.categories.includes('1.3'), 'software development is in 1.3');
  assert.equal(printed.context.licensed, true);
  assert.deepEqual(printed.answers[1], { question: 'in-directory', option: 'yes' });
  assert.equal(printed.outcomes.find((o) => o.measure === 'rongque')?.status, 'may-apply');
  // A weak match: listed for checking, no suggestion.
  const weak = await run(['check', '--answers', answersFile(rest), '--scope', '一般项目：家用电器销售']);
  assert.equal(weak.code, 1);
  assert.match(weak.stdout, /^经营范围查询：目录中没有确定匹配的分类/);
  assert.doesNotMatch(weak.stderr, /建议的回答/);
  const both = await run([
    'check',
    '--answers',
    answersFile({ answers: rest, context: { categories: [], licensed: false } }),
    '--scope',
    '软件开发',
  ]);
  assert.equal(both.code, 2);
});

test('answers can come from standard input, as a bare answers object', async () => {
  const r = await run(['check', '--answers', '-'], {
    stdin: JSON.stringify({ 'registered-in': 'jiangbei', 'in-directory': 'no' }),
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal((r.stdout.match(/【不适用】/g) ?? []).length, 8);
});

test('incomplete answers exit 1 and name the next question with its options', async () => {
  const file = answersFile({
    answers: { 'registered-in': 'jiangbei', 'in-directory': 'yes', established: 'yes', violation: 'yes' },
  });
  const r = await run(['check', '--answers', file]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    [
      `${file}: 还没有回答问题 non-subjective-error（这件事属于“非主观错误”吗？），无法给出结论；可选：yes, no, not-sure`,
      '  这件事属于“非主观错误”吗？',
      '  按本办法，对非主观错误、没有造成危害后果的轻微违法行为，责令限期改正，依法减轻或不予行政处罚。本办法没有对“非主观错误”作出定义。（政策外说明：本办法未作定义）调查终结后，由行政机关负责人审查调查结果，根据不同情况依法作出决定。（政策外说明：《中华人民共和国行政处罚法》第五十七条）请按您的了解回答；拿不准的，选“不确定”。',
      '  可选答案：',
      '    "yes": 是',
      '    "no": 不是',
      '    "not-sure": 不确定',
      '  在答案文件中加上："non-subjective-error": "yes"',
    ].join('\n'),
  );
});

test('bad answers files exit 1 with a clear message, never a result', async () => {
  // Every kind of bad answer has its exact message tested in rules/engine.test.ts; here, that the command reports them.
  const cases: Array<[unknown, string]> = [
    ['{"answers": {', '答案文件不是有效的 JSON：'],
    [
      { answers: { 'in-directory': 'yes', 'in-direcotry': 'no' } },
      '答案中的问题 "in-direcotry" 不存在（可能来自旧版本的问题，请重新开始）；现有问题：registered-in, in-directory, established,',
    ],
    [{ answers: { 'in-directory': '是' } }, '问题 in-directory 没有选项 "是"；可选：yes, no, not-sure'],
  ];
  for (const [contents, message] of cases) {
    const file = answersFile(contents);
    const r = await run(['check', '--answers', file]);
    assert.equal(r.code, 1, `${JSON.stringify(contents)} should fail`);
    assert.equal(r.stdout, '');
    assert.ok(r.stderr.startsWith(`${file}: ${message}`), r.stderr);
  }
});

test('a missing answers file exits 1 naming the file; a missing --answers is a usage error (exit 2)', async () => {
  const missing = await run(['check', '--answers', 'no-such-answers.json']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^no-such-answers\.json: 无法读取文件：ENOENT/);
  const usage = await run(['check', '--lang', 'en']);
  assert.equal(usage.code, 2);
  assert.match(
    usage.stderr,
    /^give the answers file with --answers answers\.json \(or - for standard input\), or a business scope with --scope\nusage: sixin check/,
  );
});

test('content without rules cannot be checked or exported, and says which file is missing', async () => {
  const cwd = join(scratch, 'no-rules');
  mkdirSync(join(cwd, 'content'), { recursive: true });
  for (const section of ['policy', 'directory'])
    cpSync(join(repoRoot, 'content', section), join(cwd, 'content', section), { recursive: true });
  const validate = await run(['validate'], { cwd });
  assert.equal(validate.code, 0, 'rules are optional for validation');
  assert.doesNotMatch(validate.stdout, /资格问题/);
  const check = await run(['check', '--answers', answersFile(ELIGIBLE)], { cwd });
  assert.equal(check.code, 1);
  assert.match(check.stderr, /^content\/rules\/questions\.yaml: 缺少资格规则文件 content\/rules\/questions\.yaml/);
  const exported = await run(['export', '--out-dir', 'out'], { cwd });
  assert.equal(exported.code, 1);
  assert.match(exported.stderr, /缺少资格规则文件 .*content\/rules\/questions\.yaml/);
});

test('broken rules fail sixin validate with file:line problems and the count of questions is in the summary when valid', async () => {
  const ok = await run(['validate', 'content']);
  assert.equal(ok.code, 0);
  assert.match(ok.stdout, /、13 个资格问题和 8 项措施$/);

  const cwd = join(scratch, 'broken-rules');
  mkdirSync(join(cwd, 'content', 'rules'), { recursive: true });
  for (const section of ['policy', 'directory'])
    cpSync(join(repoRoot, 'content', section), join(cwd, 'content', section), { recursive: true });
  for (const name of ['measures.yaml', 'expectations.yaml', 'common.yaml'])
    writeFileSync(join(cwd, 'content', 'rules', name), readFileSync(join(repoRoot, 'content', 'rules', name)));
  const questions = readFileSync(join(repoRoot, 'content', 'rules', 'questions.yaml'), 'utf8');
  const broken = questions.replace('      next: non-subjective-error', '      next: non-subjective-eror');
  assert.notEqual(broken, questions);
  writeFileSync(join(cwd, 'content', 'rules', 'questions.yaml'), broken);
  const r = await run(['validate', '--lang', 'en'], { cwd });
  assert.equal(r.code, 1);
  const line = broken.split('\n').findIndex((l) => l.includes('non-subjective-eror')) + 1;
  assert.match(
    r.stderr,
    new RegExp(
      `^content/rules/questions\\.yaml:${line}: option yes of question violation goes to "non-subjective-eror", which is not a question`,
    ),
  );
});

test('the answers file may wrap the answers or be the bare answers object', () => {
  assert.deepEqual(splitAnswersFile({ answers: { a: 'yes' }, context: { categories: [], licensed: false } }), {
    answers: { a: 'yes' },
    context: { categories: [], licensed: false },
  });
  assert.deepEqual(splitAnswersFile({ a: 'yes' }), { answers: { a: 'yes' }, context: undefined });
  assert.deepEqual(splitAnswersFile({ context: { categories: ['1.3'], licensed: false } }), {
    answers: {},
    context: { categories: ['1.3'], licensed: false },
  });
  assert.deepEqual(splitAnswersFile('yes'), { answers: 'yes', context: undefined });
});
