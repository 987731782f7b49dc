import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../cli.js';
import { buildSearchIndexFromContent } from '../search/build-index.js';
import type { SearchResult } from '../search/types.js';
import { loadContentOrThrow } from '../node/load.js';
import { revisionStamp } from '../node/revisions.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

let scratch: string;
let indexFile: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sixin-search-'));
  // One prebuilt index for most runs, so each does not rebuild it from content.
  indexFile = join(scratch, 'search-index.json');
  writeFileSync(indexFile, JSON.stringify(buildSearchIndexFromContent(join(repoRoot, 'content'))));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

async function run(args: string[], options: { stdin?: string; tty?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    cwd: repoRoot,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => options.stdin ?? '',
    stdinIsTTY: options.tty ?? false,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), lines: out };
}

describe('sixin search', () => {
  it('prints a readable answer in Chinese by default, building the index from content', async () => {
    const { code, stdout } = await run(['search', '工业机器人制造']);
    assert.equal(code, 0);
    assert.match(stdout, /^查询: 工业机器人制造/);
    assert.match(stdout, / 1\. 2\.1 智能制造装备产业（2 高端装备制造产业）/);
    assert.match(stdout, /3491 工业机器人制造/);
    // The strength in the words the site's and the widget's answer use.
    assert.match(stdout, / 1\. 2\.1 智能制造装备产业[^\n]* · 很可能属于\n/);
  });

  it('answers in English with --lang en, and says plainly when nothing is found', async () => {
    const { code, stdout } = await run(['search', '餐饮服务；食品销售', '--lang', 'en', '--index', indexFile]);
    assert.equal(code, 0);
    assert.match(stdout, /Not found in the directory/);
    assert.match(stdout, /餐饮服务 → \(nothing\) \(not in the directory: national industry class “餐饮业” \(62\)\)/);
  });

  it('marks 许可项目 clauses and clauses too general to decide', async () => {
    const { stdout } = await run([
      'search',
      '一般项目：技术服务、技术开发；软件开发。许可项目：第二类增值电信业务',
      '--index',
      indexFile,
    ]);
    assert.match(stdout, /\[过于笼统，无法单独判断\] 技术服务、技术开发 →（未匹配）/);
    assert.match(stdout, /\[许可项目，需取得许可\] 第二类增值电信业务/);
  });

  it('marks the company’s name of a pasted licence and says how it was read', async () => {
    const { stdout } = await run([
      'search',
      '名称：重庆两江稀土永磁材料有限公司 经营范围：一般项目：磁性材料生产；磁性材料销售。',
      '--index',
      indexFile,
    ]);
    assert.match(
      stdout,
      /\n {2}1\. \[企业名称\] 重庆两江稀土永磁材料有限公司 → 3\.2（按“两江稀土永磁材料生产”理解）\n/,
    );
    assert.match(stdout, /\n {2}2\. 磁性材料生产 → /);
  });

  it('names the directory revision that answered, in the text and in --json, from content and from an index', async () => {
    const { history } = loadContentOrThrow(join(repoRoot, 'content'));
    const expected = history && revisionStamp(history);
    assert.ok(expected, 'content/revisions/ has a published revision');
    const { stdout: text } = await run(['search', '工业机器人制造']);
    assert.match(
      text,
      'date' in expected ? new RegExp(`目录版本：${expected.date}$`) : /目录版本：.+之后尚未发布的修改$/,
    );
    const { stdout: json } = await run(['search', '工业机器人制造', '--json', '--index', indexFile]);
    assert.deepEqual((JSON.parse(json) as { revision?: unknown }).revision, expected);
    const { lines } = await run(['search', '--json', '--index', indexFile], { stdin: '软件开发\n咖啡店\n' });
    assert.deepEqual(
      lines.map((line) => (JSON.parse(line) as { revision?: unknown }).revision),
      [expected, expected],
    );
  });

  it('names a typed code', async () => {
    const { stdout } = await run(['search', '6210', '--index', indexFile]);
    assert.match(stdout, /6210 是国民经济行业小类“正餐服务”，不在目录中。/);
  });

  it('--json prints one object with query, clauses and categories', async () => {
    const { code, lines } = await run([
      'search',
      '一般项目：软件开发；许可项目：第二类增值电信业务',
      '--json',
      '--index',
      indexFile,
    ]);
    assert.equal(code, 0);
    assert.equal(lines.length, 1);
    const result = JSON.parse(lines[0]) as SearchResult;
    assert.equal(result.query, '一般项目：软件开发；许可项目：第二类增值电信业务');
    assert.deepEqual(
      result.clauses.map((c) => [c.text, c.licensed]),
      [
        ['软件开发', false],
        ['第二类增值电信业务', true],
      ],
    );
    assert.equal(result.categories[0].code, '1.3');
    for (const c of result.categories) {
      assert.equal(typeof c.name, 'string');
      assert.equal(typeof c.score, 'number');
      assert.ok(c.reasons.length > 0);
    }
  });

  it('with no text, reads one query per line and prints one JSON object per line, in order', async () => {
    const { code, lines } = await run(['search', '--index', indexFile, '--limit', '3'], {
      stdin: '人工只能\nrgzn\n\n6513\r\n理发服务\n',
    });
    assert.equal(code, 0);
    const results = lines.map((l) => JSON.parse(l) as SearchResult);
    assert.deepEqual(
      results.map((r) => r.query),
      ['人工只能', 'rgzn', '', '6513', '理发服务'],
    );
    assert.deepEqual(
      results.map((r) => r.categories[0]?.code ?? null),
      ['1.5', '1.5', null, '1.3', null],
    );
    assert.ok(results.every((r) => r.categories.length <= 3));
    assert.deepEqual(
      results.map((r) => r.notFound),
      [false, false, false, false, true],
    );
  });

  it('refuses wrong usage with the usage line', async () => {
    const noText = await run(['search', '--index', indexFile], { tty: true });
    assert.equal(noText.code, 2);
    assert.match(noText.stderr, /请给出要检索的文本/);
    const badLimit = await run(['search', 'x', '--limit', 'many', '--index', indexFile]);
    assert.equal(badLimit.code, 2);
    assert.match(badLimit.stderr, /--limit must be a positive whole number, got "many"/);
    const both = await run(['search', 'x', '--index', indexFile, '--content', 'content']);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /用法: sixin search/);
  });

  it('says what is wrong with an index file that is not one', async () => {
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, '{"format":"other"}');
    const result = await run(['search', 'x', '--index', bad]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /bad\.json: not a sixin search index: "format" should be "sixin-search-index"/);
    const missing = await run(['search', 'x', '--index', join(scratch, 'missing.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read the index/);
  });
});
