import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli.js';
import { checkCitations } from '../content/assemble.js';
import { ContentError, formatProblem } from '../content/problems.js';
import { loadContent, loadIndustryTable } from './load.js';

const REAL_CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
const L3 = 'directory/1/1.3/xinxing-ruanjian-kaifa.md';
const REAL_L3 = readFileSync(join(REAL_CONTENT, L3), 'utf8');
/** Where `text` first stands in the real L3 file: its body moves whenever editors add to the front matter. */
function lineOfL3(text: string): number {
  const index = REAL_L3.split('\n').findIndex((line) => line.includes(text));
  assert.ok(index >= 0, `${L3} has no line with ${text}`);
  return index + 1;
}
/** The line of a paragraph appended after a heading (blank, `## 说明`, blank, paragraph) at the end of the L3 file. */
const APPENDED_PARAGRAPH = REAL_L3.trimEnd().split('\n').length + 4;

/** Runs the CLI in `cwd` and captures what it prints. */
async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--lang', 'en'], {
    cwd,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sixin-content-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

let fixtureCount = 0;
/** A copy of the real content in a scratch folder, changed by `edit`; returns the folder that holds `content/`. */
function fixture(edit: (contentDir: string) => void): string {
  const cwd = join(scratch, `case-${++fixtureCount}`);
  cpSync(REAL_CONTENT, join(cwd, 'content'), { recursive: true });
  edit(join(cwd, 'content'));
  return cwd;
}
function rewrite(contentDir: string, file: string, change: (text: string) => string) {
  const path = join(contentDir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `fixture edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

describe('the real content', () => {
  it('validates, with 9 + 40 categories from the annex and the level-3 directions', async () => {
    const r = await run(['validate', 'content'], join(REAL_CONTENT, '..'));
    // The only lines on standard error are the reminders about contact details nobody has checked yet (they are
    // left empty rather than guessed, see content/contacts.yaml), which do not fail the check.
    const other = r.stderr.split('\n').filter((line) => line && !/^content\/contacts\.yaml:\d+: reminder: /.test(line));
    assert.deepEqual(other, []);
    assert.equal(r.code, 0);
    assert.match(
      r.stdout,
      /^content is valid: 9 level-1 and 40 level-2 categories, 305 level-3 directions \(165 awaiting verification\), 469 GB\/T 4754-2017 industry classes/,
    );
  });

  it('loads into a tree in annex order with industry classes, products and clauses', () => {
    const { directory, policy, problems } = loadContent(REAL_CONTENT);
    assert.deepEqual(problems, []);
    assert.ok(directory && policy);
    const top = directory.categories.filter((c) => c.level === 1).map((c) => c.id);
    assert.deepEqual(top, ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const software = directory.categories.find((c) => c.id === '1.3/xinxing-ruanjian-kaifa');
    assert.equal(software?.name, '新兴软件开发');
    assert.deepEqual(
      software?.industries.map((i) => i.code),
      ['6511', '6512', '6513'],
    );
    assert.ok(software?.products.find((g) => g.industry === '6513')?.items.length);
    assert.equal(
      directory.categories.find((c) => c.id === '1.3')?.children.includes('1.3/xinxing-ruanjian-kaifa'),
      true,
    );
    assert.deepEqual(directory.industries['6513'].categories, [
      '1.3/xinxing-ruanjian-kaifa',
      '1.5/rengong-zhineng-ruanjian-kaifa',
      '8.2/shuzi-wenhua-chuangyi-ruanjian-kaifa',
    ]);
    // Every 新材料 item is marked as awaiting verification, and nothing else is.
    for (const c of directory.categories.filter((c) => c.level === 3)) {
      assert.equal(c.status === 'inferred', c.id.startsWith('3.'), c.id);
    }
    const clause = policy.clauses.find((c) => c.id === '4.2');
    assert.equal(clause?.title, '（二）营造宽松开放的市场准入环境');
    assert.deepEqual(clause?.ancestors, ['measures', '4']);
    assert.match(clause?.text ?? '', /容缺登记/);
  });

  it('exports the directory as JSON', async () => {
    const cwd = fixture(() => {});
    const r = await run(['export', '--out', 'out/directory.json'], cwd);
    assert.equal(r.code, 0, r.stderr);
    const data = JSON.parse(readFileSync(join(cwd, 'out/directory.json'), 'utf8'));
    assert.equal(data.schemaVersion, 1);
    assert.deepEqual(data.counts, { level1: 9, level2: 40, level3: 305, inferred: 165, industries: 469 });
  });
});

/** Each kind of bad edit an editor can make, with the exact line `sixin validate` must print for it. */
const BAD_EDITS: Array<{ title: string; edit: (dir: string) => void; expect: string[] }> = [
  {
    title: 'a YAML syntax error',
    edit: (d) =>
      rewrite(d, 'directory/1/1.3/index.md', (t) =>
        t.replace('name: 新兴软件和新型信息技术服务', 'name: [新兴软件和新型信息技术服务'),
      ),
    expect: ['content/directory/1/1.3/index.md:3: YAML syntax error:'],
  },
  {
    title: 'a file without front matter',
    edit: (d) => rewrite(d, L3, (t) => t.replace(/^---\n/, '')),
    expect: [
      `content/${L3}:1: the file does not start with YAML front matter; the first line must be ---, then the fields, then ---`,
    ],
  },
  {
    title: 'a missing required field',
    edit: (d) => rewrite(d, L3, (t) => t.replace('name: 新兴软件开发\n', '')),
    expect: [`content/${L3}:1: required field name is missing; add a line name: followed by this direction's name`],
  },
  {
    title: 'an unknown field',
    edit: (d) => rewrite(d, L3, (t) => t.replace('order: 2\n', 'order: 2\ncolour: red\n')),
    expect: [
      `content/${L3}:6: unknown field colour; the fields allowed here are id, name, parent, order, status, industries, keywords, aliases (check the spelling or remove the line)`,
    ],
  },
  {
    title: 'a field of the wrong kind',
    edit: (d) => rewrite(d, L3, (t) => t.replace('partial: true', 'partial: maybe')),
    expect: [`content/${L3}:9: field industries.0.partial has the wrong value:`],
  },
  {
    title: 'an empty name',
    edit: (d) => rewrite(d, L3, (t) => t.replace('name: 新兴软件开发', 'name: ""')),
    expect: [`content/${L3}:3: the name is empty; fill in name`],
  },
  {
    title: 'a level-3 id that differs from its file name, duplicating another id',
    edit: (d) => writeFileSync(join(d, 'directory/1/1.3/copy.md'), readFileSync(join(d, L3), 'utf8')),
    expect: [
      'content/directory/1/1.3/copy.md:2: id "xinxing-ruanjian-kaifa" does not match the file name "copy.md"; they must be the same (rename the file rather than a published id)',
      'content/directory/1/1.3/xinxing-ruanjian-kaifa.md:2: id "xinxing-ruanjian-kaifa" is used twice, also in content/directory/1/1.3/copy.md; give this file another id',
    ],
  },
  {
    title: 'a duplicate level-1 code in another folder',
    edit: (d) => {
      mkdirSync(join(d, 'directory/10'));
      writeFileSync(join(d, 'directory/10/index.md'), '---\ncode: "1"\nname: 新一代信息技术产业\n---\n');
    },
    expect: [
      'content/directory/10/index.md:2: code "1" does not fit its folder "10"; move the file to content/directory/1/index.md or change the code to "10"',
      'content/directory/10/index.md:2: code "1" is used twice, also in content/directory/1/index.md; every category needs its own code',
    ],
  },
  {
    title: 'a parent that does not exist',
    edit: (d) => {
      mkdirSync(join(d, 'directory/1/1.9'));
      writeFileSync(
        join(d, 'directory/1/1.9/wu.md'),
        '---\nid: wu\nname: 无\nparent: "1.9"\nindustries:\n  - code: "6513"\n    name: 应用软件开发\n---\n',
      );
    },
    expect: [
      'content/directory/1/1.9/wu.md:4: parent category "1.9" does not exist; check the code or create content/directory/1/1.9/index.md first',
    ],
  },
  {
    title: 'a level-2 code that does not fit its folder or its parent',
    edit: (d) => rewrite(d, 'directory/1/1.3/index.md', (t) => t.replace('code: "1.3"', 'code: "2.3"')),
    expect: [
      'content/directory/1/1.3/index.md:2: code "2.3" does not fit its folder "1.3"; move the file to content/directory/1/2.3/index.md or change the code to "1.3"',
      'content/directory/1/1.3/index.md:2: code "2.3" does not fit its parent "1"; a level-2 code starts with its parent\'s code and a dot, such as 1.1',
    ],
  },
  {
    title: 'a level-3 parent that does not match its folder',
    edit: (d) => rewrite(d, L3, (t) => t.replace('parent: "1.3"', 'parent: "1.4"')),
    expect: [
      `content/${L3}:4: parent "1.4" does not match the folder "1.3"; write parent: "1.3" or move the file into its parent's folder`,
    ],
  },
  {
    title: 'an industry code that is not in GB/T 4754-2017',
    edit: (d) => rewrite(d, L3, (t) => t.replace('code: "6513"', 'code: "65130"')),
    expect: [`content/${L3}:13: industry code "65130" is not a GB/T 4754-2017 class; did you mean 6513 应用软件开发?`],
  },
  {
    title: 'an industry code that is a group, not a class',
    edit: (d) => rewrite(d, L3, (t) => t.replace('code: "6513"', 'code: "651"')),
    expect: [
      `content/${L3}:13: industry code "651" (软件开发) is a group, not a class; use one of its four-digit classes, such as 6511 基础软件开发`,
    ],
  },
  {
    title: 'an industry name that differs from GB/T 4754-2017',
    edit: (d) => rewrite(d, L3, (t) => t.replace('name: 应用软件开发', 'name: 应用软件')),
    expect: [
      `content/${L3}:14: industry 6513 is named "应用软件开发" in GB/T 4754-2017, not "应用软件"; write name: 应用软件开发`,
    ],
  },
  {
    title: 'a product section for an industry the file does not list',
    edit: (d) => rewrite(d, L3, (t) => t.replace('### 6511 基础软件开发', '### 6519 其他软件开发')),
    expect: [
      `content/${L3}:${lineOfL3('### 6511 基础软件开发')}: product section "6519 其他软件开发" names industry 6519, which is not in this file's industries; add it to the front matter or correct the heading`,
    ],
  },
  {
    title: 'raw HTML and a script link in the notes of a category',
    edit: (d) => {
      const file = join(d, L3);
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8').trimEnd()}\n\n## 说明\n\n见<a href="/x" onclick="steal()">这里</a>，或 [办事指南](javascript:alert(document.cookie))。\n\n[官网](https://www.cqjb.gov.cn/) [政策](/policy/#clause-4-2)\n`,
      );
    },
    expect: [
      `content/${L3}:${APPENDED_PARAGRAPH}: raw HTML (<a href="/x" onclick="steal()">) is not allowed in the text: the site does not show it. Write Markdown instead, links as [text](https://…); for a literal angle bracket write \\<`,
      `content/${L3}:${APPENDED_PARAGRAPH}: raw HTML (</a>) is not allowed in the text`,
      `content/${L3}:${APPENDED_PARAGRAPH}: the link "javascript:alert(document.cookie)" cannot be used: link only to pages starting with https:// or http://, or to a relative address on this site (such as /policy/)`,
    ],
  },
  {
    title: 'an entity-encoded script link and an HTML block in a level-2 category',
    edit: (d) =>
      rewrite(
        d,
        'directory/1/1.3/index.md',
        (t) => `${t.trimEnd()}\n\n<script>alert(1)</script>\n\n[x](&#106;avascript:alert(1))\n`,
      ),
    expect: [
      'content/directory/1/1.3/index.md:7: raw HTML (<script>alert(1)</script>)',
      'content/directory/1/1.3/index.md:9: the link "javascript:alert(1)" cannot be used',
    ],
  },
  {
    title: 'a file outside the tree',
    edit: (d) => writeFileSync(join(d, 'directory/stray.md'), '---\nid: stray\n---\n'),
    expect: [
      'content/directory/stray.md: file is outside the tree: a level-3 direction must sit inside a level-2 folder.',
    ],
  },
  {
    title: 'a level-1 name that differs from the annex',
    edit: (d) =>
      rewrite(d, 'directory/1/index.md', (t) => t.replace('name: 新一代信息技术产业', 'name: 新一代信息技术')),
    expect: [
      'content/directory/1/index.md:3: name "新一代信息技术" differs from the policy annex; the annex names 1 "新一代信息技术产业"',
    ],
  },
  {
    title: 'a level-2 category missing from the directory',
    edit: (d) => rmSync(join(d, 'directory/9/9.2'), { recursive: true }),
    expect: [
      'content/directory/9/9.2/index.md: the policy annex lists 9.2 其他相关服务 but the directory has no file for it; create content/directory/9/9.2/index.md',
    ],
  },
  {
    title: 'a clause id used twice in the policy',
    edit: (d) => rewrite(d, 'policy/measures.md', (t) => t.replace('{#4.3}', '{#4.2}')),
    expect: ['content/policy/measures.md:'],
  },
  {
    title: 'a symbolic link to a file outside the content folder, and one that loops back into it',
    edit: (d) => {
      writeFileSync(join(d, '..', 'secret.md'), '---\nid: secret\nname: 不该读到\nparent: "1.3"\n---\n');
      symlinkSync(join(d, '..', 'secret.md'), join(d, 'directory/1/1.3/secret.md'));
      symlinkSync('..', join(d, 'directory/1/loop'));
      symlinkSync(join(d, 'rules', 'common.yaml'), join(d, 'rules', 'extra.yaml'));
    },
    expect: [
      'content/directory/1/1.3/secret.md: this is a symbolic link and is not read: the content folder holds only real files and folders. Copy the file itself here',
      'content/directory/1/loop: this is a symbolic link and is not read',
      'content/rules/extra.yaml: this is a symbolic link and is not read',
    ],
  },
  {
    title: 'a section that is a symbolic link to a folder elsewhere',
    edit: (d) => {
      cpSync(join(d, 'policy'), join(d, '..', 'policy-elsewhere'), { recursive: true });
      rmSync(join(d, 'policy'), { recursive: true });
      symlinkSync(join(d, '..', 'policy-elsewhere'), join(d, 'policy'));
    },
    expect: ['content/policy: this is a symbolic link and is not read'],
  },
  {
    title: 'a named pipe, which would block the command for ever if it were read',
    edit: (d) => execFileSync('mkfifo', [join(d, 'directory/1/1.3/pipe.md')]),
    expect: ['content/directory/1/1.3/pipe.md: this is a device, pipe or socket and is not read'],
  },
  {
    title: 'a missing content folder',
    edit: (d) => rmSync(d, { recursive: true }),
    expect: [
      'content: content folder content not found; run from the project root or give its path: npx sixin validate content',
    ],
  },
];

describe('sixin validate on bad content', () => {
  for (const { title, edit, expect } of BAD_EDITS) {
    it(`reports ${title} with file, line and fix, and exits 1`, async () => {
      const cwd = fixture(edit);
      const r = await run(['validate', 'content'], cwd);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      const lines = r.stderr.split('\n');
      for (const expected of expect) {
        assert.ok(
          lines.some((l) => l.startsWith(expected)),
          `expected a line starting with\n  ${expected}\ngot\n  ${lines.join('\n  ')}`,
        );
      }
      assert.match(lines[lines.length - 1], /^\d+ problem\(s\); nothing was changed\.$/);
    });
  }

  it('reports every problem at once, not only the first', async () => {
    const cwd = fixture((d) => {
      rewrite(d, L3, (t) => t.replace('code: "6513"', 'code: "65130"'));
      rewrite(d, 'directory/1/index.md', (t) => t.replace('name: 新一代信息技术产业', 'name: 新一代信息技术'));
    });
    const r = await run(['validate', 'content'], cwd);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /:13: industry code "65130"/);
    // The product section still names 6513, which the front matter no longer lists: also reported.
    assert.ok(
      r.stderr.includes(`:${lineOfL3('### 6513 应用软件开发')}: product section "6513 应用软件开发"`),
      r.stderr,
    );
    assert.match(r.stderr, /index\.md:3: name "新一代信息技术"/);
    assert.match(r.stderr, /^3 problem\(s\)/m);
  });

  it('speaks Chinese by default', async () => {
    const cwd = fixture((d) => rewrite(d, L3, (t) => t.replace('code: "6513"', 'code: "65130"')));
    const err: string[] = [];
    const code = await main(['validate'], { cwd, stdout: () => {}, stderr: (t) => err.push(t) });
    assert.equal(code, 1);
    assert.equal(err[0], `content/${L3}:13: 行业代码 "65130" 不是 GB/T 4754-2017 的小类；是否应为 6513 应用软件开发？`);
  });

  it('writes nothing when exporting bad content', async () => {
    const cwd = fixture((d) => rewrite(d, L3, (t) => t.replace('code: "6513"', 'code: "65130"')));
    const file = await run(['export', '--out', 'out/directory.json'], cwd);
    const folder = await run(['export', '--out-dir', 'out'], cwd);
    assert.equal(file.code, 1);
    assert.equal(folder.code, 1);
    assert.match(folder.stderr, /nothing was written/);
    assert.equal(existsSync(join(cwd, 'out')), false);
  });

  it('rejects wrong usage with exit code 2', async () => {
    assert.equal((await run(['validate', 'a', 'b'], scratch)).code, 2);
    assert.equal((await run(['export', '--bogus'], scratch)).code, 2);
    assert.equal((await run(['no-such-command'], scratch)).code, 2);
  });
});

describe('reference data and citations', () => {
  it('names the missing GB/T 4754-2017 file instead of crashing', () => {
    assert.throws(
      () => loadIndustryTable(join(scratch, 'nowhere')),
      (err: unknown) =>
        err instanceof ContentError &&
        /gbt4754_2017\.csv \(the GB\/T 4754-2017 table\) is missing/.test(formatProblem(err.problems[0], 'en')),
    );
  });

  it('ships the whole GB/T 4754-2017 table: 1,382 classes', () => {
    assert.equal(loadIndustryTable().classCount(), 1382);
  });

  it('reports a clause id that the policy does not have', () => {
    const { policy } = loadContent(REAL_CONTENT);
    const problems = checkCitations(
      [
        { clause: '4.2', file: 'content/rules/x.md', line: 3 },
        { clause: '4.9', file: 'content/rules/x.md', line: 7 },
      ],
      policy,
    );
    assert.equal(problems.length, 1);
    assert.match(
      formatProblem(problems[0], 'en'),
      /^content\/rules\/x\.md:7: clause "4\.9" is cited but not present in the policy; the clauses are: notice, measures, 1, 2, 3, 4, 4\.1/,
    );
  });
});
