// In the dev preview (`npm run dev`), a content problem shows in the browser, not only in the terminal: every page
// answers with Astro's error overlay carrying the validator's own `file:line: problem and fix` lines, whether the
// content was broken when the preview started or became broken while it runs; once the file is fixed, pages come back.
// Runs the dev server on a copy of site/ and content/ (in tests/.output), so the real site is never touched.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { formatProblem, sortProblems } from '@sixin/core';
import { loadContent } from '@sixin/core/node';
import { HANG_GUARD_MS, launchChromium } from '../support/chromium.ts';
import { CONTENT_DIR, copySiteSources, OUTPUT_DIR, ROOT } from './helpers/site.ts';

const WORK = join(OUTPUT_DIR, 'site-dev-overlay');
const SITE_COPY = join(WORK, 'site');
const CONTENT = join(WORK, 'content');
const FILE = join(CONTENT, 'directory', '1', '1.3', 'xinxing-ruanjian-kaifa.md');
const ENV = { ...process.env, SIXIN_LANG: '', SIXIN_CONTENT_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' };

let original = '';
let server: ChildProcess | undefined;
let rawOutput = '';
/** What the dev server printed, without colours: a CI terminal may ask for them (FORCE_COLOR), and they split lines. */
let output = '';
let browser: Browser | undefined;

/** What `npx sixin validate content` prints for the copy, run from the folder that holds it (as the dev server reports). */
function validatorLines(): string[] {
  const result = loadContent(CONTENT, { cwd: WORK });
  assert.ok(result.problems.length > 0, 'the content is valid: the test would prove nothing');
  return sortProblems(result.problems).map((p) => formatProblem(p));
}

/** Resolves with the dev server's address once it prints it; rejects if it exits first. */
function startDevServer(): Promise<string> {
  server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'astro.js'), 'dev', '--host', '127.0.0.1', '--port', '0'],
    {
      cwd: SITE_COPY,
      env: ENV,
      detached: true,
    },
  );
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => reject(new Error(`no dev server address; output:\n${output}`)), HANG_GUARD_MS);
    const read = (chunk: Buffer) => {
      rawOutput += chunk.toString();
      output = stripVTControlCharacters(rawOutput);
      const address = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (address && /watching for file changes/.test(output)) {
        clearTimeout(guard);
        resolve(address);
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.on('exit', (code) => {
      clearTimeout(guard);
      reject(new Error(`the dev server exited (${code}) before serving; output:\n${output}`));
    });
  });
}

/** The text of the error overlay on `url`, once it shows. */
async function overlayText(url: string): Promise<{ status: number | undefined; text: string }> {
  const page = await browser!.newPage();
  try {
    const response = await page.goto(url);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor();
    const text = await overlay.evaluate((el) =>
      [...el.shadowRoot!.children]
        .filter((c) => c.tagName !== 'STYLE')
        .map((c) => (c as HTMLElement).innerText)
        .join('\n'),
    );
    return { status: response?.status(), text };
  } finally {
    await page.close();
  }
}

/**
 * What the dev server answers for `url`: its status and body, or `undefined` when the connection dropped (while it
 * reloads the content after an edit, the server may reset a request).
 */
async function answer(url: string): Promise<{ ok: boolean; status: number; body: string } | undefined> {
  try {
    const response = await fetch(url);
    return { ok: response.ok, status: response.status, body: await response.text() };
  } catch {
    return undefined;
  }
}

/** Waits until the dev server serves `url` without an error (after an edit it reloads the content on its own). */
async function servedOk(url: string): Promise<string> {
  const deadline = Date.now() + HANG_GUARD_MS;
  for (let wait = 50; ; wait = Math.min(wait * 2, 1000)) {
    const got = await answer(url);
    if (got?.ok) return got.body;
    if (Date.now() > deadline)
      throw new Error(`${url} still answers ${got?.status ?? 'nothing'}; dev server output:\n${output}`);
    await new Promise((r) => setTimeout(r, wait));
  }
}

before(async () => {
  rmSync(WORK, { recursive: true, force: true });
  copySiteSources(SITE_COPY, ['data', 'widgets', 'admin']);
  cpSync(CONTENT_DIR, CONTENT, { recursive: true });
  original = readFileSync(FILE, 'utf8');
  // An editor's typical slip with a Chinese input method: a full-width colon after a key.
  assert.ok(original.includes('\nname: 新兴软件开发\n'));
  writeFileSync(FILE, original.replace('\nname: 新兴软件开发\n', '\nname：新兴软件开发\n'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  // The server and what it started: the process group this test created.
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(WORK, { recursive: true, force: true });
});

test('npm run dev starts on broken content, and every page shows the validator’s message in the browser until it is fixed', async () => {
  const broken = validatorLines();
  assert.ok(broken[0].startsWith('content/directory/1/1.3/xinxing-ruanjian-kaifa.md:3: '), broken.join('\n'));

  // The first half of `npm run dev` (the data files) reports the problem and lets the preview start.
  const prepare = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--prepare-only'], {
    cwd: SITE_COPY,
    env: ENV,
    encoding: 'utf8',
  });
  assert.equal(prepare.status, 0, `${prepare.stdout}\n${prepare.stderr}`);
  assert.ok(`${prepare.stdout}${prepare.stderr}`.includes(broken[0]), prepare.stderr);

  const base = await startDevServer();
  for (const path of ['', 'directory/1.3/xinxing-ruanjian-kaifa/', 'policy/']) {
    const { status, text } = await overlayText(base + path);
    assert.equal(status, 500, path);
    for (const line of broken) assert.ok(text.includes(line), `/${path}: overlay lacks "${line}":\n${text}`);
    assert.match(text, /改正并保存文件后，页面会自动更新/);
  }
  assert.ok(output.includes(broken[0]), 'the terminal shows the problem too');

  // Fixed and saved: the pages come back without restarting the preview.
  writeFileSync(FILE, original);
  assert.match(await servedOk(`${base}directory/1.3/xinxing-ruanjian-kaifa/`), /新兴软件开发/);

  // Broken while the preview runs: the next page shows the new problem.
  writeFileSync(FILE, original.replace('name: 基础软件开发', 'name: 基础软件研发'));
  const edited = validatorLines();
  const deadline = Date.now() + HANG_GUARD_MS;
  while ((await answer(`${base}policy/`))?.ok !== false) {
    if (Date.now() > deadline) throw new Error(`the dev server never noticed the edit; output:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const { text } = await overlayText(`${base}directory/`);
  for (const line of edited) assert.ok(text.includes(line), `overlay lacks "${line}":\n${text}`);
});
