import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { contentUpdatedDate, localDate } from './site-content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'sixin-date-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
    cwd,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_COMMITTER_DATE: '2024-03-05T10:00:00+08:00',
      GIT_AUTHOR_DATE: '2024-03-05T10:00:00+08:00',
    },
  });

describe('内容更新于: the content date', () => {
  test('on a clone it is the date of the last commit that touched the content folder, not the files’ checkout time', () => {
    const repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'content'), { recursive: true });
    writeFileSync(join(repo, 'content', 'a.md'), 'a');
    writeFileSync(join(repo, 'other.txt'), 'x');
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'content');
    const clone = join(scratch, 'clone');
    execFileSync('git', ['clone', '-q', repo, clone]);
    assert.equal(contentUpdatedDate(join(clone, 'content')), '2024-03-05');
  });

  test('uncommitted edits, or no git at all, give the newest file’s date in China’s time zone', () => {
    const repo = join(scratch, 'repo');
    writeFileSync(join(repo, 'content', 'b.md'), 'b');
    utimesSync(join(repo, 'content', 'b.md'), new Date('2025-01-01T20:00:00Z'), new Date('2025-01-01T20:00:00Z'));
    utimesSync(join(repo, 'content', 'a.md'), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    assert.equal(contentUpdatedDate(join(repo, 'content')), '2025-01-02');

    const plain = join(scratch, 'plain');
    mkdirSync(join(plain, 'sub'), { recursive: true });
    writeFileSync(join(plain, 'sub', 'c.md'), 'c');
    utimesSync(join(plain, 'sub', 'c.md'), new Date('2023-07-01T01:00:00Z'), new Date('2023-07-01T01:00:00Z'));
    assert.equal(contentUpdatedDate(plain), '2023-07-01');
  });

  test('localDate is the date in Chongqing whatever the machine’s zone', () => {
    assert.equal(localDate(new Date('2026-12-31T17:00:00Z')), '2027-01-01');
  });
});
