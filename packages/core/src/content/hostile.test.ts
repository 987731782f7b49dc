// Content that an editor (or a broken import) could write and that once stalled `sixin validate`, the site build and
// CI: each case must parse to the right answer. How long they take is a benchmark (parse.bench.ts), not a test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCategoryBody, parseHeading, parsePolicyDocument } from './parse.js';

/** The regular expression the heading parser replaced: the reference for what a heading means. */
const OLD_HEADING = /^(#{1,6})\s+(.*?)\s*(?:\{#([^}\s]*)\})?\s*$/;

test('a policy heading with thousands of spaces parses at once (it took minutes)', () => {
  const spaces = ' '.repeat(100_000);
  const text = `---\ntitle: 办法\norder: 2\n---\n\n## 四、主要措施${spaces}{#4 x\n\n### （二）${spaces}市场准入${spaces}{#4.2}${spaces}\n\n#${spaces}\n`;
  const { policy, problems } = parsePolicyDocument(text, 'measures.md');
  assert.deepEqual(problems, []);
  assert.deepEqual(policy!.blocks, [
    { type: 'heading', depth: 2, text: `四、主要措施${spaces}{#4 x` },
    { type: 'heading', depth: 3, text: `（二）${spaces}市场准入`, clause: '4.2' },
    { type: 'paragraph', text: '#' },
  ]);
});

test('the heading parser reads every heading as the regular expression did', () => {
  const lines = [
    '# 标题', '## 四、主要措施 {#4}', '### （二）营造 {#4.2}', '###### 六', '####### 七', '#', '#标题', '## {#4}', '## a {#}', '## a {#4 2}',
    '## a {#4.2} b', '## a{#4.2}', '## a {#x}{#y}', '## {#a{#b}', '## a }{#b}', '## a\u3000{#4}', '##\u3000全角空格', '## a {#4.2}}', '## a {#4.2',
    '## ｛#4.2｝', '## a {# 4}', '## a\t{#annex.1}', '# #', '## }', '## {', '## {#', '## a {#b} {#c}',
  ];
  for (const line of lines) {
    const match = OLD_HEADING.exec(line);
    const expected = match ? { depth: match[1]!.length, text: match[2]!, ...(match[3] === undefined ? {} : { clause: match[3] }) } : undefined;
    assert.deepEqual(parseHeading(line), expected, JSON.stringify(line));
  }
});

test('the heading parser agrees with the regular expression on 20,000 random short lines', () => {
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const parts = ['#', '##', ' ', '\t', '\u3000', '{', '}', '{#', '4.2', 'a', '条', '.', '\\'];
  for (let i = 0; i < 20_000; i++) {
    const raw = Array.from({ length: 1 + Math.floor(next() * 8) }, () => parts[Math.floor(next() * parts.length)]).join('');
    const line = raw.trim();
    if (!line) continue;
    const match = OLD_HEADING.exec(line);
    const expected = match ? { depth: match[1]!.length, text: match[2]!, ...(match[3] === undefined ? {} : { clause: match[3] }) } : undefined;
    assert.deepEqual(parseHeading(line), expected, JSON.stringify(line));
  }
});

test('a product section or item with a long run of spaces parses at once (each took seconds to minutes)', () => {
  const spaces = ' '.repeat(100_000);
  const body = `## 重点产品和服务\n\n###${spaces}6513 应用软件开发\u2028续\n\n-${spaces}行业应用软件\u2028续\n*${spaces}嵌入式软件\n`;
  const { products, problems } = parseCategoryBody(body, 10, 'x.md', [{ code: '6513', name: '应用软件开发', partial: false }]);
  assert.deepEqual(problems, []);
  assert.deepEqual(products, [{ industry: '6513', items: ['行业应用软件\u2028续', '嵌入式软件'] }]);
});
