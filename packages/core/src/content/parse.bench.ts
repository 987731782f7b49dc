// How long the content parsers take on hostile input (content/hostile.test.ts checks the answers). Run with
// `npm run bench -- content/parse` at the repository root.
import { parseCategoryBody, parsePolicyDocument } from './parse.js';

const OLD_HEADING = /^(#{1,6})\s+(.*?)\s*(?:\{#([^}\s]*)\})?\s*$/;

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const policy = (heading: string) => `---\ntitle: 办法\norder: 2\n---\n\n${heading}\n`;
console.log('| input | ms |');
console.log('|---|---|');
for (const spaces of [2_000, 100_000, 1_000_000]) {
  const heading = `## 四、主要措施${' '.repeat(spaces)}{#4 x`;
  console.log(`| policy heading with ${spaces.toLocaleString('en')} spaces, parsed | ${time(() => parsePolicyDocument(policy(heading), 'm.md')).toFixed(1)} |`);
}
const body = `## 重点产品和服务\n\n### 6513 应用软件开发\n\n-${' '.repeat(100_000)}行业应用软件\u2028续\n`;
console.log(`| product item with 100,000 spaces, parsed | ${time(() => parseCategoryBody(body, 1, 'x.md', [])).toFixed(1)} |`);
// The regular expression the parser replaced, on the smallest input only: it grows with the cube of the length.
const old = `## 四、主要措施${' '.repeat(2_000)}{#4 x`;
console.log(`| the same 2,000 spaces with the old heading expression | ${time(() => OLD_HEADING.exec(old)).toFixed(1)} |`);
