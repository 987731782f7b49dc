import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli.js';
import type { DirectoryDiff } from '../revisions/diff.js';
import { loadContent } from '../node/load.js';
import { revisionStamp } from '../node/revisions.js';

const REAL_CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
const L2 = 'directory/1/1.3';
const ADDED = 'fixture-xinzeng-fangxiang';
const OLD = 'xinxing-ruanjian-kaifa';
const NEW = 'xinxing-ruanjian-yanfa';

async function run(args: string[], cwd: string, lang = 'zh-CN') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--lang', lang], { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const DIRECTION = (id: string, name: string, order: number) => `---
id: ${id}
name: ${name}
parent: "1.3"
order: ${order}
industries:
  - code: "6513"
    name: 应用软件开发
    partial: true
keywords: [测试检索词]
---

## 重点产品和服务

### 6513 应用软件开发

- 测试用的产品
`;

/**
 * A history of four revisions built through the command, as editors would: the real directory as released on
 * 2021-12-30, then a direction added, then a direction renamed (new id, declared with replaced-by), then the added
 * direction withdrawn.
 */
describe('a revision history driven through sixin release, diff and validate', () => {
  let cwd: string;
  let content: string;
  before(() => {
    cwd = mkdtempSync(join(tmpdir(), 'sixin-revisions-'));
    content = join(cwd, 'content');
    cpSync(REAL_CONTENT, content, { recursive: true });
    // The fixture starts from a released state: the working content may hold changes not yet released (search words
    // editors added), so the copy's 2021-12-30 snapshot is made to be what it holds now.
    const { directory } = loadContent('content', { cwd });
    writeFileSync(join(content, 'revisions', '2021-12-30.json'), `${JSON.stringify(directory)}\n`);
    rmSync(join(content, 'revisions', 'unreleased.md'), { force: true });
  });
  after(() => rmSync(cwd, { recursive: true, force: true }));

  it('starts from the published revision 2021-12-30 with no unreleased change', async () => {
    const r = await run(['diff'], cwd);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^目录 2021-12-30 → 当前内容（未发布）\n没有变化。$/);
    const refused = await run(['release', '--date', '2022-03-01', '--basis', '测试', '--summary', '无'], cwd);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /自 2021-12-30 发布以来目录没有变化；未写入任何文件/);
    assert.equal(existsSync(join(content, 'revisions', '2022-03-01.md')), false);
  });

  it('revision 2: a direction is added; diff shows it, release writes the revision and its snapshot', async () => {
    writeFileSync(join(content, L2, `${ADDED}.md`), DIRECTION(ADDED, '测试新增方向', 9));
    const diff = await run(['diff'], cwd);
    assert.match(diff.stdout, /- 新增三级方向“测试新增方向”，列在“1\.3 新兴软件和新型信息技术服务”下。/);
    const json = JSON.parse((await run(['diff', '--json'], cwd)).stdout) as DirectoryDiff & {
      from: string;
      to: string;
    };
    assert.equal(json.from, '2021-12-30');
    assert.equal(json.to, 'working');
    assert.deepEqual(
      json.added.map((c) => c.id),
      [`1.3/${ADDED}`],
    );

    const noSummary = await run(['release', '--date', '2022-06-01', '--basis', '测试通知'], cwd);
    assert.equal(noSummary.code, 2);
    assert.match(noSummary.stderr, /请说明改了什么/);
    const early = await run(
      ['release', '--date', '2021-12-30', '--basis', '测试通知', '--summary', '新增一个方向。'],
      cwd,
    );
    assert.equal(early.code, 2);
    assert.match(early.stderr, /不晚于上次发布的 2021-12-30/);
    const badDate = await run(
      ['release', '--date', '2022-02-30', '--basis', '测试通知', '--summary', '新增一个方向。'],
      cwd,
    );
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /真实日期/);

    const r = await run(
      ['release', '--date', '2022-06-01', '--basis', '测试通知第1号', '--summary', '新增一个方向。'],
      cwd,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      readFileSync(join(content, 'revisions', '2022-06-01.md'), 'utf8'),
      /^---\ndate: 2022-06-01\nbasis: "测试通知第1号"\n---\n\n新增一个方向。\n$/,
    );
    const snapshot = JSON.parse(readFileSync(join(content, 'revisions', '2022-06-01.json'), 'utf8'));
    assert.ok(snapshot.categories.some((c: { id: string }) => c.id === `1.3/${ADDED}`));
    assert.match((await run(['diff'], cwd)).stdout, /没有变化。/);
  });

  it('revision 3: a renamed id is refused until replaced-by says what replaces it', async () => {
    const text = readFileSync(join(content, L2, `${OLD}.md`), 'utf8');
    unlinkSync(join(content, L2, `${OLD}.md`));
    writeFileSync(
      join(content, L2, `${NEW}.md`),
      text.replace(`id: ${OLD}`, `id: ${NEW}`).replace('name: 新兴软件开发', 'name: 新兴软件研发'),
    );

    const validate = await run(['validate', 'content'], cwd);
    assert.equal(validate.code, 1);
    assert.match(
      validate.stderr,
      /content\/revisions\/unreleased\.md: 已发布的分类 1\.3\/xinxing-ruanjian-kaifa（新兴软件开发，2022-06-01 版）在当前内容中没有了，但没有说明由什么取代或已撤销/,
    );
    const refused = await run(
      ['release', '--date', '2023-01-01', '--basis', '测试通知第2号', '--summary', '改名。'],
      cwd,
    );
    assert.equal(refused.code, 1);
    assert.equal(existsSync(join(content, 'revisions', '2023-01-01.md')), false);

    writeFileSync(
      join(content, 'revisions', 'unreleased.md'),
      `---\nreplaced-by:\n  "1.3/${OLD}": "1.3/no-such-id"\n---\n`,
    );
    assert.match(
      (await run(['validate', 'content'], cwd)).stderr,
      /replaced-by 把 1\.3\/xinxing-ruanjian-kaifa 指向 "1\.3\/no-such-id"，但目录中没有这个 id/,
    );

    writeFileSync(
      join(content, 'revisions', 'unreleased.md'),
      `---\nreplaced-by:\n  "1.3/${OLD}": "1.3/${NEW}"\n---\n\n“新兴软件开发”更名为“新兴软件研发”。\n`,
    );
    assert.equal((await run(['validate', 'content'], cwd)).code, 0);
    const diff = await run(['diff'], cwd);
    assert.match(diff.stdout, /- “新兴软件开发”更名为“新兴软件研发”，原链接转到新名称的页面。/);
    const r = await run(['release', '--date', '2023-01-01', '--basis', '测试通知第2号'], cwd);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      existsSync(join(content, 'revisions', 'unreleased.md')),
      false,
      'the release takes over the unreleased declarations',
    );
    const written = readFileSync(join(content, 'revisions', '2023-01-01.md'), 'utf8');
    assert.match(written, /replaced-by:\n {2}"1\.3\/xinxing-ruanjian-kaifa": "1\.3\/xinxing-ruanjian-yanfa"\n/);
    assert.match(written, /“新兴软件开发”更名为“新兴软件研发”。/);
  });

  it('revision 4: the added direction is withdrawn with a statement', async () => {
    unlinkSync(join(content, L2, `${ADDED}.md`));
    writeFileSync(
      join(content, 'revisions', 'unreleased.md'),
      `---\nwithdrawn:\n  "1.3/${ADDED}": 该方向已并入新兴软件研发。\n---\n\n撤销一个方向。\n`,
    );
    const r = await run(['release', '--date', '2024-01-01', '--basis', '测试通知第3号'], cwd);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /“测试新增方向”不再列入目录。该方向已并入新兴软件研发。/);
  });

  it('diffs any two revisions, following renames across several steps, in both languages', async () => {
    const json = JSON.parse((await run(['diff', '2021-12-30', '2024-01-01', '--json'], cwd)).stdout) as DirectoryDiff;
    assert.deepEqual(json.added, [], 'a direction added then withdrawn is no change over the whole span');
    assert.deepEqual(
      json.renamed.map((x) => [x.from.id, x.to.id]),
      [[`1.3/${OLD}`, `1.3/${NEW}`]],
    );
    assert.deepEqual(json.undeclared, []);
    const en = await run(['diff', '2022-06-01', '2023-01-01'], cwd, 'en');
    assert.match(
      en.stdout,
      /^Directory 2022-06-01 → 2023-01-01\n- Renamed: “新兴软件开发” is replaced by “新兴软件研发”\.$/,
    );
    const unknown = await run(['diff', '2020-01-01'], cwd);
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /no revision "2020-01-01"; the published revisions are: 2021-12-30, 2022-06-01, 2023-01-01, 2024-01-01/,
    );
  });

  it('export publishes every revision under its date, stamped with it, beside the latest', async () => {
    const out = join(cwd, 'data');
    const r = await run(['export', 'content', '--out-dir', 'data'], cwd);
    assert.equal(r.code, 0, r.stderr);
    for (const date of ['2021-12-30', '2022-06-01', '2023-01-01', '2024-01-01']) {
      for (const file of ['directory.json', 'tree.json', 'search-index.json']) {
        const data = JSON.parse(readFileSync(join(out, date, file), 'utf8'));
        assert.deepEqual(data.revision, { date }, `${date}/${file}`);
      }
    }
    const first = JSON.parse(readFileSync(join(out, '2021-12-30', 'tree.json'), 'utf8'));
    const latest = JSON.parse(readFileSync(join(out, 'tree.json'), 'utf8'));
    assert.ok(first.categories.some((c: { id: string }) => c.id === `1.3/${OLD}`));
    assert.ok(!latest.categories.some((c: { id: string }) => c.id === `1.3/${OLD}`));
    assert.deepEqual(latest.revision, { date: '2024-01-01' });
    assert.equal(existsSync(join(out, 'rules.json')), true);
  });

  it('stamps the working content as unreleased once it differs from the last revision', async () => {
    const file = join(content, L2, `${NEW}.md`);
    writeFileSync(
      file,
      // One search word more on the keywords line, whatever the content's own words are.
      readFileSync(file, 'utf8').replace(/^keywords: \[(.*)\]$/m, 'keywords: [$1, 软件定制]'),
    );
    assert.match((await run(['diff'], cwd)).stdout, /“新兴软件研发”：新增检索词 “软件定制”。/);
    const loaded = loadContent('content', { cwd });
    assert.deepEqual(revisionStamp(loaded.history!), { unreleased: true, after: '2024-01-01' });
  });

  it('refuses a published revision whose snapshot is gone, or whose file is misnamed', async () => {
    renameSync(join(content, 'revisions', '2022-06-01.json'), join(cwd, 'moved.json'));
    writeFileSync(join(content, 'revisions', 'notes.txt'), 'x');
    const r = await run(['validate', 'content'], cwd);
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /content\/revisions\/2022-06-01\.md: 缺少这次修订的目录快照 content\/revisions\/2022-06-01\.json/,
    );
    assert.match(r.stderr, /content\/revisions\/notes\.txt: 修订文件名 "notes\.txt" 不对/);
    renameSync(join(cwd, 'moved.json'), join(content, 'revisions', '2022-06-01.json'));
    unlinkSync(join(content, 'revisions', 'notes.txt'));
  });
});
