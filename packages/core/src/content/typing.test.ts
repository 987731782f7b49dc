import { it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../node/load.js';
import { formatProblem, sortProblems } from './problems.js';

const REAL_CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
const L3 = 'directory/1/1.3/xinxing-ruanjian-kaifa.md';
const scratch = mkdtempSync(join(tmpdir(), 'sixin-typing-'));
let n = 0;

/** What `sixin validate` prints (in Chinese) after one edit of a copy of the real content. */
function validateAfter(file: string, change: (text: string) => string): string[] {
  const cwd = join(scratch, `case-${++n}`);
  cpSync(REAL_CONTENT, join(cwd, 'content'), { recursive: true });
  const path = join(cwd, 'content', file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, 'the edit changed nothing');
  writeFileSync(path, after);
  return sortProblems(loadContent('content', { cwd }).problems).map((p) => formatProblem(p));
}

it('names a full-width colon at its line, once, instead of an English YAML reason', () => {
  assert.deepEqual(validateAfter(L3, (t) => t.replace('name: 新兴软件开发', 'name：新兴软件开发')), [
    `content/${L3}:3: 第 3 行用了全角冒号“：”，请改为半角冒号加空格：name: …（输入前切换到英文标点）`,
  ]);
});

it('flags a full-width comma inside a [list], which would make one keyword of two', () => {
  assert.deepEqual(validateAfter('directory/1/1.5/index.md', (t) => t.replace('keywords: [机器学习,', 'keywords: [机器视觉，计算机视觉, 机器学习,')), [
    'content/directory/1/1.5/index.md:6: 第 6 行方括号列表中用了“，”分隔，“机器视觉，计算机视觉”会被当成一个词；请改为半角逗号加空格：机器视觉, 计算机视觉',
  ]);
});

it('names a tab used as indentation', () => {
  const lines = validateAfter(L3, (t) => t.replace('  - code: "6511"', '\t- code: "6511"'));
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^content\/directory\/1\/1\.3\/xinxing-ruanjian-kaifa\.md:\d+: 第 \d+ 行用制表符（Tab）缩进，YAML 不允许；请删除 Tab，改用空格/);
});

it('gives the YAML reason in Chinese, at the line that opened the quote, and only the first error', () => {
  assert.deepEqual(validateAfter(L3, (t) => t.replace('name: 新兴软件开发', 'name: "新兴软件开发')), [
    `content/${L3}:3: YAML 语法错误：引号没有闭合：值以引号开头，结尾也要有同样的半角引号（不要用中文引号“”）`,
  ]);
});

it('reports "· 产品" in a product list instead of dropping the product', () => {
  const lines = validateAfter(L3, (t) => t.replace(/\n- ([^\n]+)/, '\n· $1'));
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^content\/directory\/1\/1\.3\/xinxing-ruanjian-kaifa\.md:\d+: “重点产品和服务”中这一行以“·”开头，不会作为产品显示；请改为半角减号加空格：- /);
});

it('suggests the parent its own folder gives, and a level-2 name from the annex', () => {
  assert.deepEqual(validateAfter('directory/1/1.5/rengong-zhineng-ruanjian-kaifa.md', (t) => t.replace(/parent: "1\.5"\n/, '')), [
    'content/directory/1/1.5/rengong-zhineng-ruanjian-kaifa.md:1: 缺少必填字段 parent；请加上 parent: "1.5"',
  ]);
  assert.deepEqual(validateAfter('directory/1/1.5/index.md', (t) => t.replace(/name: [^\n]+\n/, '')), [
    'content/directory/1/1.5/index.md:1: 缺少必填字段 name；请加上 name: 人工智能',
  ]);
});

it('reports an edited policy sentence at its line, with the published wording', () => {
  assert.deepEqual(validateAfter('policy/notice.md', (t) => t.replace('第158次', '第159次')), [
    'content/policy/notice.md:12: 政策原文与发布的文本不一致：这一行是“经2021年区政府第159次常务会议审议同意，现”，发布的原文是“经2021年区政府第158次常务会议审议同意，现”；政策原文必须一字不改，请照原文改回',
  ]);
});

it('reports a renumbered clause at its heading, not at every rule citing it', () => {
  assert.deepEqual(validateAfter('policy/measures.md', (t) => t.replace('{#4.2}', '{#4.9}')), [
    'content/policy/measures.md:32: 标题“（二）营造宽松开放的市场准入环境”的条款编号发布时是 {#4.2}，这里改成了 {#4.9}；已发布的条款编号不能更改（其他网站链接到 #clause-4-2，资格规则也引用它），请改回 {#4.2}',
  ]);
});
