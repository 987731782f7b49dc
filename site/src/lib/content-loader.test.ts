import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { formatProblem, sortProblems } from '@sixin/core';
import { loadContent } from '@sixin/core/node';
import {
  collectionRecords,
  ContentProblemsError,
  forgetValidatedContent,
  joinChineseLines,
  readValidatedContent,
} from './content-loader.ts';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const contentDir = join(projectRoot, 'content');
const scratch = mkdtempSync(join(tmpdir(), 'sixin-site-loader-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('valid content becomes collection records in source order', () => {
  const content = readValidatedContent({ contentDir, projectRoot });
  const categories = collectionRecords('categories', content);
  assert.deepEqual(
    categories.map((c) => c.id),
    content.directory.categories.map((c) => c.id),
  );
  assert.deepEqual(
    categories.map((c) => c.position),
    categories.map((_, i) => i),
  );
  assert.deepEqual(
    collectionRecords('policy', content).map((d) => d.id),
    ['notice', 'measures', 'annex'],
  );
  assert.equal(collectionRecords('clauses', content).length, content.policy.clauses.length);
  const industries = collectionRecords('industries', content);
  assert.equal(industries.length, content.directory.counts.industries);
  const software = industries.find((i) => i.code === '6513')!;
  assert.equal(software.name, '应用软件开发');
  assert.ok(software.categories.some((c) => c.id === '1.3/xinxing-ruanjian-kaifa' && c.partial));
});

test('bad content throws with exactly the lines `sixin validate` prints', () => {
  const broken = join(scratch, 'content');
  cpSync(contentDir, broken, { recursive: true });
  const file = join(broken, 'directory', '1', 'index.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('name: 新一代信息技术产业', 'name: 新一代信息技术'));
  forgetValidatedContent();
  const expected = sortProblems(loadContent(broken, { cwd: scratch }).problems).map((p) => formatProblem(p));
  assert.ok(expected.length > 0);
  assert.throws(
    () => readValidatedContent({ contentDir: broken, projectRoot: scratch }),
    (err: unknown) => {
      assert.ok(err instanceof ContentProblemsError);
      assert.equal(err.message, expected.join('\n'));
      assert.match(err.message, /^content\/directory\/1\/index\.md:\d+: 名称 "新一代信息技术" 与政策附件不符/m);
      return true;
    },
  );
});

test('a missing content folder is reported, not crashed on', () => {
  assert.throws(
    () => readValidatedContent({ contentDir: join(scratch, 'nowhere'), projectRoot: scratch }),
    /找不到内容文件夹 nowhere/,
  );
});

test('line breaks inside Chinese paragraphs are joined without a space; Markdown structure is kept', () => {
  assert.equal(joinChineseLines('第一句。\n第二句'), '第一句。第二句');
  assert.equal(joinChineseLines('## 说明\n国家数据'), '## 说明\n国家数据');
  assert.equal(joinChineseLines('说明\n\n国家数据'), '说明\n\n国家数据');
  assert.equal(joinChineseLines('- 甲\n- 乙'), '- 甲\n- 乙');
  assert.equal(joinChineseLines('English line\nnext'), 'English line\nnext');
  assert.equal(joinChineseLines('推断依据：ink）。\n这一归属'), '推断依据：ink）。这一归属');
});
