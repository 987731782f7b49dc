// The browser editor end to end, in Chromium, against a temporary copy of content/ served by decap-server (Decap's
// local backend, as `npm run edit` runs it): a keyword added in the form lands in the Markdown file exactly there, with
// the file's comments and other lines as they were, and the content still validates; a GB/T class that does not fit
// the entry is refused before anything is written, with the validator's own message. The built /admin/ is used as it is, only its local_backend address points at this
// test's decap-server (a port of its own, so an editor's `npm run edit` on 8081 is left alone).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formatProblem } from '@sixin/core';
import { loadContent } from '@sixin/core/node';
import type { Page } from 'playwright-core';
import { HANG_GUARD_MS } from '../support/chromium.ts';
import { builtSiteInChromium } from './helpers/browser.ts';
import { CONTENT_DIR, OUTPUT_DIR, requireBuiltSite } from './helpers/site.ts';

const WORK = join(OUTPUT_DIR, 'admin-edit');
const FILE = join(WORK, 'content', 'directory', '1', '1.3', 'hulianwang-anquan-fuwu.md');
const ENTRY = '/admin/#/collections/l3-1-3/entries/hulianwang-anquan-fuwu';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Waits for `ready` to hold, checking again after each short pause; fails after the hang guard only. */
async function until(what: string, ready: () => boolean | Promise<boolean>): Promise<void> {
  const start = Date.now();
  while (!(await ready())) {
    if (Date.now() - start > HANG_GUARD_MS) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

requireBuiltSite();
let decap: ChildProcess | undefined;
let api = '';

before(async () => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(CONTENT_DIR, join(WORK, 'content'), { recursive: true });
  const port = await freePort();
  api = `http://127.0.0.1:${port}/api/v1`;
  const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  decap = spawn(process.execPath, [server], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: WORK },
    stdio: 'ignore',
  });
  await until('decap-server', async () => {
    try {
      const r = await fetch(api, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"action":"info"}',
      });
      return r.ok;
    } catch {
      return false;
    }
  });
});

after(() => {
  if (decap?.pid) process.kill(decap.pid);
  rmSync(WORK, { recursive: true, force: true });
});

const site = builtSiteInChromium();

/** The editor open on the direction, logged in to the local backend, with its form shown. */
async function openEntry(): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route('**/admin/config.json', async (route) => {
    const config = await (await route.fetch()).json();
    await route.fulfill({ json: { ...config, local_backend: { url: api } } });
  });
  await page.goto(`${site.server.origin}${ENTRY}`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('检索词（keywords）').waitFor();
  return page;
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByText('立即发布').click();
}

describe('/admin/ with the local backend', () => {
  test('a keyword added in the form is written exactly there, the comments stay, and the content still validates', async () => {
    const before = readFileSync(FILE, 'utf8');
    const keywords = 'keywords: [等保测评, 等级保护测评, 渗透测试]\n';
    // The entry as it is in content/: the comment citing the data row above its keywords line.
    assert.match(before, /\n# keywords added for trade words: .*\nkeywords: \[等保测评, 等级保护测评, 渗透测试\]\n/);
    const page = await openEntry();
    await page.getByLabel('检索词（keywords）').fill('等保测评, 等级保护测评, 渗透测试, 安全运营');
    await publish(page);
    await until('the file to be written', () => readFileSync(FILE, 'utf8') !== before);
    assert.equal(
      readFileSync(FILE, 'utf8'),
      before.replace(keywords, 'keywords: [等保测评, 等级保护测评, 渗透测试, 安全运营]\n'),
    );
    const result = loadContent(join(WORK, 'content'), { cwd: WORK });
    assert.deepEqual(
      result.problems.map((p) => formatProblem(p)),
      [],
    );
    await page.context().close();
  });

  test('a GB/T class that does not fit is refused with the validator’s message, and the file is not touched', async () => {
    const before = readFileSync(FILE, 'utf8');
    const page = await openEntry();
    await page.getByLabel('小类代码').focus();
    await page.keyboard.type('6513');
    await page.getByRole('option', { name: '6513 应用软件开发' }).click();
    await publish(page);
    const box = page.locator('#sixin-problems');
    await box.locator('li').first().waitFor();
    const text = await box.innerText();
    assert.match(text, /没有保存/);
    assert.match(
      text,
      /content\/directory\/1\/1\.3\/hulianwang-anquan-fuwu\.md:\d+: 行业 6513 在 GB\/T 4754-2017 中的名称是 "应用软件开发"，不是 "互联网安全服务"；请改为 name: 应用软件开发/,
    );
    assert.equal(readFileSync(FILE, 'utf8'), before);
    await page.context().close();
  });
});
