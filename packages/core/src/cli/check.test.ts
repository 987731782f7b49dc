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
  answers: { 'in-directory': 'yes', established: 'no', investment: 'no', location: 'no', 'prior-permit': 'no', materials: 'minor-gaps', promise: 'yes' },
};

test('sixin check prints each measure with its status, reason, clause and next steps in Chinese', async () => {
  const r = await run(['check', '--answers', answersFile(ELIGIBLE)]);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^您的回答\n {2}您的业务属于江北区“四新经济”行业分类目录吗？ 属于\n/);
  assert.match(r.stdout, /\n【适用】容缺登记\n {2}原因：您的业务属于“四新经济”，不涉及前置许可/);
  assert.match(r.stdout, /\n {2}政策依据：4\.2 （二）营造宽松开放的市场准入环境\n {2}联系：江北区市场监督管理局\n {2}需要准备：\n {4}- 已经准备好的登记申请材料/);
  assert.match(r.stdout, /\n【不适用】以专利、商标、股权和债权出资\n/);
  assert.match(r.stdout, /\n【可能适用，请确认】包容期、柔性监管和“无事不扰”\n[^【]*请向以下部门确认：江北区市场监督管理局、您所在行业的主管部门/);
  assert.match(r.stdout, /仅供参考，不是行政决定或法律意见/);
});

test('sixin check --lang en prints the same result in English', async () => {
  const r = await run(['check', '--answers', answersFile(ELIGIBLE), '--lang', 'en']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Your answers\n/);
  assert.match(r.stdout, /\n【Applies】Registration with documents to follow\n {2}Why: Your business is in the new economy/);
  assert.match(r.stdout, /Policy: 4\.2 （二）营造宽松开放的市场准入环境/, 'clause titles stay as the policy writes them');
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
  assert.deepEqual(evaluate(published, ELIGIBLE.answers), printed, 'rules.json alone gives the checker element the same answer');
  assert.deepEqual(published.clauses.find((c) => c.id === '4.4'), { id: '4.4', title: '（四）推行动态监管的包容审慎制度', document: 'measures' });
});

test('the search context in the answers file answers the directory question and flags licensed items', async () => {
  const { 'in-directory': _skipped, ...rest } = ELIGIBLE.answers;
  const r = await run(['check', '--answers', answersFile({ answers: rest, context: { categories: ['1.3'], licensed: true } })]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /您的业务属于江北区“四新经济”行业分类目录吗？ 属于（根据经营范围查询）/);
  assert.match(r.stdout, /【可能适用，请确认】容缺登记\n {2}原因：您回答不涉及前置许可，但您查询的经营范围中有“许可项目”/);
  assert.match(r.stdout, /依据您的回答：[^\n]*您查询的经营范围中有“许可项目”/);
});

test('--scope runs the business-scope search: a match answers the directory question, 许可项目 flags permits', async () => {
  const { 'in-directory': _skipped, ...rest } = ELIGIBLE.answers;
  const r = await run(['check', '--answers', answersFile(rest), '--scope', '一般项目：软件开发。许可项目：第二类增值电信业务', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const printed = JSON.parse(r.stdout) as CheckResult & { context: { categories: string[]; licensed: boolean } };
  assert.ok(printed.context.categories.includes('1.3'), 'software development is in 1.3');
  assert.equal(printed.context.licensed, true);
  assert.deepEqual(printed.answers[0], { question: 'in-directory', option: 'yes', source: 'search' });
  assert.equal(printed.outcomes.find((o) => o.measure === 'rongque')?.status, 'may-apply');
  const both = await run(['check', '--answers', answersFile({ answers: rest, context: { categories: [], licensed: false } }), '--scope', '软件开发']);
  assert.equal(both.code, 2);
});

test('answers can come from standard input, as a bare answers object', async () => {
  const r = await run(['check', '--answers', '-'], { stdin: JSON.stringify({ 'in-directory': 'no' }) });
  assert.equal(r.code, 0, r.stderr);
  assert.equal((r.stdout.match(/【不适用】/g) ?? []).length, 8);
});

test('incomplete answers exit 1 and name the next question with its options', async () => {
  const file = answersFile({ answers: { 'in-directory': 'yes', established: 'yes' } });
  const r = await run(['check', '--answers', file]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    [
      `${file}: 还没有回答问题 key-enterprise（有关部门是否已经告知，您的企业被确定为重点企业？），无法给出结论；可选：yes, no, not-sure`,
      '  有关部门是否已经告知，您的企业被确定为重点企业？',
      '  本办法建立了重点企业联系人制度，但没有规定哪些企业属于重点企业。没有部门告知过您的，请选“没有”或“不确定”。',
      '  可选答案：',
      '    "yes": 是',
      '    "no": 没有',
      '    "not-sure": 不确定',
      '  在答案文件中加上："key-enterprise": "yes"',
    ].join('\n'),
  );
});

test('bad answers files exit 1 with a clear message, never a result', async () => {
  // Every kind of bad answer has its exact message tested in rules/engine.test.ts; here, that the command reports them.
  const cases: Array<[unknown, string]> = [
    ['{"answers": {', '答案文件不是有效的 JSON：'],
    [{ answers: { 'in-directory': 'yes', 'in-direcotry': 'no' } }, '答案中的问题 "in-direcotry" 不存在（可能来自旧版本的问题，请重新开始）；现有问题：in-directory, established,'],
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
  assert.match(usage.stderr, /^give the answers file with --answers answers\.json \(or - for standard input\), or a business scope with --scope\nusage: sixin check/);
});

test('content without rules cannot be checked or exported, and says which file is missing', async () => {
  const cwd = join(scratch, 'no-rules');
  mkdirSync(join(cwd, 'content'), { recursive: true });
  for (const section of ['policy', 'directory']) cpSync(join(repoRoot, 'content', section), join(cwd, 'content', section), { recursive: true });
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
  assert.match(ok.stdout, /、14 个资格问题和 8 项措施$/);

  const cwd = join(scratch, 'broken-rules');
  mkdirSync(join(cwd, 'content', 'rules'), { recursive: true });
  for (const section of ['policy', 'directory']) cpSync(join(repoRoot, 'content', section), join(cwd, 'content', section), { recursive: true });
  for (const name of ['measures.yaml', 'common.yaml']) writeFileSync(join(cwd, 'content', 'rules', name), readFileSync(join(repoRoot, 'content', 'rules', name)));
  const questions = readFileSync(join(repoRoot, 'content', 'rules', 'questions.yaml'), 'utf8');
  const broken = questions.replace('      next: violation-red-line', '      next: violation-redline');
  assert.notEqual(broken, questions);
  writeFileSync(join(cwd, 'content', 'rules', 'questions.yaml'), broken);
  const r = await run(['validate', '--lang', 'en'], { cwd });
  assert.equal(r.code, 1);
  const line = broken.split('\n').findIndex((l) => l.includes('violation-redline')) + 1;
  assert.match(r.stderr, new RegExp(`^content/rules/questions\\.yaml:${line}: option yes of question violation goes to "violation-redline", which is not a question`));
});

test('the answers file may wrap the answers or be the bare answers object', () => {
  assert.deepEqual(splitAnswersFile({ answers: { a: 'yes' }, context: { categories: [], licensed: false } }), { answers: { a: 'yes' }, context: { categories: [], licensed: false } });
  assert.deepEqual(splitAnswersFile({ a: 'yes' }), { answers: { a: 'yes' }, context: undefined });
  assert.deepEqual(splitAnswersFile({ context: { categories: ['1.3'], licensed: false } }), { answers: {}, context: { categories: ['1.3'], licensed: false } });
  assert.deepEqual(splitAnswersFile('yes'), { answers: 'yes', context: undefined });
});
