// The browser editor end to end, in Chromium, against a temporary copy of content/ served by decap-server (Decap's
// local backend, as `npm run edit` runs it): a keyword added in the form lands in the Markdown file exactly there, with
// the file's comments and other lines as they were, and the content still validates; a GB/T class that does not fit
// the entry is refused before anything is written, with the validator's own message; axe finds nothing in the parts
// of the editor we control. The built /admin/ is used as it is, only its local_backend address points at this test's
// decap-server (a port of its own, so an editor's `npm run edit` on 8081 is left alone).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formatProblem, parseDirectoryEntry } from '@sixin/core';
import { loadContent } from '@sixin/core/node';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Locator, Page } from 'playwright-core';
import { HANG_GUARD_MS } from '../support/chromium.ts';
import { builtSiteInChromium } from './helpers/browser.ts';
import { ADMIN_PATH, CONTENT_DIR, OUTPUT_DIR, readPage, requireBuiltSite, ROOT, SITE_DIR } from './helpers/site.ts';
import { DECAP_SERVER_PORT } from '../../site/src/site-config.ts';
import { joinChineseLines } from '../../site/src/lib/notes-markdown.ts';

const WORK = join(OUTPUT_DIR, 'admin-edit');
const FILE = join(WORK, 'content', 'directory', '1', '1.3', 'hulianwang-anquan-fuwu.md');
const ENTRY = '#/collections/l3-1-3/entries/hulianwang-anquan-fuwu';
const SIXIN = join(ROOT, 'packages', 'core', 'bin', 'sixin.js');

// axe-core is a dev dependency of the site workspace: resolve it from there.
const AXE_SOURCE = readFileSync(createRequire(join(SITE_DIR, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe finds in Decap's own React widgets, which /admin/ renders as Decap publishes them: each entry names the
 * rule, the element (by its markup) and why we cannot change it. Anything else fails the test, and so does an entry
 * axe no longer finds (Decap fixed it: remove the entry), so the list cannot grow stale or hide a new problem.
 */
const DECAP_OWN: Array<{ id: string; html: RegExp; where: string[]; why: string }> = [
  {
    id: 'color-contrast',
    html: /返回主页/,
    where: ['login'],
    why: 'the login screen’s link back to the site (site_url): Decap styles its text grey on its own light background',
  },
  {
    id: 'aria-command-name',
    html: /aria-roledescription="sortable"/,
    where: ['form', 'changed'],
    why: 'the list widget (industries): the drag handle of an item is a role=button with no name',
  },
  {
    id: 'button-name',
    html: /TopBarButton/,
    where: ['form', 'changed'],
    why: 'the list widget (industries): the icon buttons that fold and remove an item have no text or aria-label',
  },
  {
    id: 'color-contrast',
    html: /BackStatusChanged/,
    where: ['changed'],
    why: 'the editor’s top bar, once the entry has unsaved changes: Decap’s red “含未保存的修改” badge on pink',
  },
  {
    id: 'color-contrast',
    html: /StyledDropdownButton/,
    where: ['changed'],
    why: 'the editor’s top bar, once the entry has unsaved changes: the text of Decap’s “发布” menu button',
  },
];

/** Every violation axe finds on the page as it is now (WCAG 2.2 AA, as browser.test.ts checks the public pages). */
async function axe(page: Page): Promise<Array<{ id: string; help: string; html: string }>> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: {
            run: (
              c: Document,
              o: object,
            ) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ html: string }> }> }>;
          };
        }
      ).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations.flatMap((v) => v.nodes.map((n) => ({ id: v.id, help: v.help, html: n.html })))),
    WCAG_22_AA,
  );
}

/** Violations at `where` that the allow-list does not name, and the allow-list entries for `where` axe did not find. */
function unexpected(found: Array<{ id: string; help: string; html: string }>, where: string) {
  const known = DECAP_OWN.filter((k) => k.where.includes(where));
  return {
    violations: found
      .filter((v) => !known.some((k) => k.id === v.id && k.html.test(v.html)))
      .map((v) => `${where}: ${v.id} (${v.help}) at ${v.html.slice(0, 200)}`),
    stale: known.filter((k) => !found.some((v) => k.id === v.id && k.html.test(v.html))).map((k) => k.why),
  };
}

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

/** The file's text once a save has changed it and the write is over (decap-server empties the file, then writes). */
async function written(file: string, before: string): Promise<string> {
  let last = before;
  await until(`${file} to be written`, () => {
    const now = readFileSync(file, 'utf8');
    const done = now !== before && now !== '' && now === last;
    last = now;
    return done;
  });
  return last;
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

/**
 * A tab for the built /admin/ with its local backend pointed at this test's decap-server: in config.json, and in the
 * page's Content-Security-Policy, whose connect-src names the port of `npm run edit` (only the port is changed). Chromium
 * gives a document the test fulfils no address space of its own and lets it reach decap-server on loopback only with
 * the Local Network Access permission, granted here.
 */
async function adminTab(options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ['local-network-access'],
    ...options,
  });
  const page = await context.newPage();
  const port = new URL(api).port;
  await page.route(`**${ADMIN_PATH}`, async (route) => {
    const body = (await (await route.fetch()).text()).replaceAll(`127.0.0.1:${DECAP_SERVER_PORT}`, `127.0.0.1:${port}`);
    await route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
  });
  await page.route('**/admin/config.json', async (route) => {
    const config = await (await route.fetch()).json();
    await route.fulfill({ json: { ...config, local_backend: { url: api } } });
  });
  return page;
}

/** The editor at `hash`, on its login screen, with its local backend pointed at this test's decap-server. */
async function openAdmin(hash: string, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const page = await adminTab(options);
  await page.goto(`${site.server.origin}${ADMIN_PATH}${hash}`);
  await page.getByRole('button', { name: '登录' }).waitFor();
  return page;
}

/** The editor open on the direction, logged in to the local backend, with its form shown. */
async function openEntry(): Promise<Page> {
  const page = await openAdmin(ENTRY);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('检索词（keywords）').waitFor();
  return page;
}

/** The rules form of `kind` (questions or measures), logged in, with the item `id` opened. */
async function openRulesForm(
  kind: 'questions' | 'measures',
  id: string,
  options: { bypassCSP?: boolean } = {},
): Promise<Page> {
  const page = await openAdmin(`#/collections/form-${kind}/entries/${kind}`, options);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText(id, { exact: true }).waitFor();
  await openItem(page, id);
  return page;
}

/**
 * Opens the folded item of a Decap list whose summary is `text`, with the fold button above the summary (the button
 * has no name to find it by: DECAP_OWN, button-name).
 */
async function openItem(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const label = [...document.querySelectorAll('[class*="NestedObjectLabel"]')].find((e) => e.textContent === t);
    (label?.previousElementSibling?.querySelector('button') as HTMLButtonElement | null)?.click();
  }, text);
}

/** The text box of the form that holds `value` now (the rules forms repeat their labels: 中文, 英文 in every item). */
async function fieldWithValue(page: Page, value: string): Promise<Locator> {
  await until(`a field holding ${value}`, () =>
    page.evaluate((v) => {
      for (const old of document.querySelectorAll('[data-sixin-test]')) old.removeAttribute('data-sixin-test');
      const el = [...document.querySelectorAll('textarea, input')].find((e) => (e as HTMLInputElement).value === v);
      el?.setAttribute('data-sixin-test', 'target');
      return Boolean(el);
    }, value),
  );
  return page.locator('[data-sixin-test="target"]');
}

/** Picks a GB/T class in the entry's first industry, typed as an editor would (code first). */
async function chooseClass(page: Page, option: string): Promise<void> {
  await page.getByLabel('小类代码').focus();
  await page.keyboard.type(option.split(' ')[0]);
  await page.getByRole('option', { name: option }).click();
}

/** The form of a new level-3 direction in 1.3, filled in as an editor would. */
async function newDirection(entry: {
  id: string;
  name: string;
  order: string;
  industry: string;
  industryName: string;
}): Promise<Page> {
  const page = await openAdmin('#/collections/l3-1-3/new');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('id（稳定标识）').fill(entry.id);
  await page.getByLabel('名称', { exact: true }).fill(entry.name);
  await page.getByLabel('上级分类').focus();
  await page.keyboard.type('1.3');
  await page.getByRole('option', { name: '1.3 新兴软件和新型信息技术服务' }).click();
  await page.getByLabel('排序（order）').fill(entry.order);
  await chooseClass(page, entry.industry);
  await page.getByLabel('小类名称').fill(entry.industryName);
  return page;
}

/** Decap's preview pane (main.ts gives its frame this title). */
const PREVIEW_FRAME = 'iframe[title="预览：条目在网站页面上的样子"]';

/** The notes of a built category page (the inner HTML of its `<div class="notes">`). */
function builtNotes(urlPath: string): string {
  const html = readPage(urlPath);
  const notes = /<div class="notes">([\s\S]*?)<\/div>/.exec(html);
  assert.ok(notes, `${urlPath} has notes`);
  return notes[1];
}

/**
 * Markup as the browser serializes it once parsed (so `&#x3C;` and `&lt;` compare equal), without the heading ids the
 * page adds for its anchors and without the whitespace between tags.
 */
function sameMarkup(page: Page, html: string): Promise<string> {
  return page.evaluate((source) => {
    const t = document.createElement('template');
    t.innerHTML = source;
    for (const el of t.content.querySelectorAll('[id]')) if (/^H[1-6]$/.test(el.tagName)) el.removeAttribute('id');
    return t.innerHTML.replace(/>\s+</g, '><').trim();
  }, html);
}

/** What a category page (or the preview of its entry) shows of the category, as text and link addresses. */
async function shown(main: Locator) {
  const text = async (selector: string) =>
    (await main.locator(selector).allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
  return {
    breadcrumbs: await text('.breadcrumbs li'),
    breadcrumbLinks: await main
      .locator('.breadcrumbs a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    current: await text('.breadcrumbs [aria-current="page"]'),
    h1: (await text('h1')).join(),
    meta: (await text('.meta')).join(),
    notice: await text('.notice'),
    childrenHeading: await text('#children-heading'),
    children: await text('.child-list > li'),
    childLinks: await main
      .locator('.child-list > li > a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    childrenNotes: await text('section[aria-labelledby="children-heading"] > p'),
    industries: await text('tbody tr'),
    products: await text('.product-list li'),
    notes: await text('.notes'),
    history: await text('section[aria-labelledby="history-heading"] > :not(h2)'),
    historyLinks: await main
      .locator('section[aria-labelledby="history-heading"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  };
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByText('立即发布').click();
}

describe('/admin/ with the local backend', () => {
  test('a keyword added in the form is written exactly there, the comments stay, and the content still validates', async () => {
    const before = readFileSync(FILE, 'utf8');
    // The entry as it is in content/ (editors add words over time): comments citing the data rows, then its keywords.
    const line = /\n# keywords added for trade words[^\n]*\n(keywords: \[(等保测评, [^\]\n]*)\]\n)/u.exec(before);
    assert.ok(line, 'the entry has commented keywords, starting with 等保测评');
    const [, keywords, words] = line;
    assert.ok(!words.includes('安全运营'));
    const page = await openEntry();
    await page.getByLabel('检索词（keywords）').fill(`${words}, 安全运营`);
    await publish(page);
    assert.equal(await written(FILE, before), before.replace(keywords, `keywords: [${words}, 安全运营]\n`));
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
    await chooseClass(page, '6513 应用软件开发');
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

  test('axe: the page, its login screen, the entry form and a refused save have no violation of ours', async () => {
    // axe is added as an inline script, which the page's policy refuses (its own test below checks the policy).
    const page = await openAdmin(ENTRY, { bypassCSP: true });
    const login = unexpected(await axe(page), 'login');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByLabel('检索词（keywords）').waitFor();
    const form = unexpected(await axe(page), 'form');
    await chooseClass(page, '6513 应用软件开发');
    await publish(page);
    await page.locator('#sixin-problems li').first().waitFor();
    // Our problem list over Decap's form, which now shows its unsaved-changes state.
    const refused = unexpected(await axe(page), 'changed');
    await page.context().close();
    assert.deepEqual([...login.violations, ...form.violations, ...refused.violations], []);
    assert.deepEqual(
      [...new Set([...login.stale, ...form.stale, ...refused.stale])],
      [],
      'Decap no longer has these: remove them from DECAP_OWN',
    );
  });

  test('a new direction filled in the form is written to its own file in the folder, and the content validates', async () => {
    const file = join(WORK, 'content', 'directory', '1', '1.3', 'shuju-biaozhu-fuwu.md');
    assert.ok(!existsSync(file));
    const page = await newDirection({
      id: 'shuju-biaozhu-fuwu',
      name: '数据标注服务',
      order: '5',
      industry: '6550 信息处理和存储支持服务',
      industryName: '信息处理和存储支持服务',
    });
    await publish(page);
    await until('the new file', () => existsSync(file));
    assert.equal(
      await written(file, ''),
      [
        '---',
        'id: shuju-biaozhu-fuwu',
        'name: 数据标注服务',
        'parent: "1.3"',
        'order: 5',
        'status: official',
        'industries:',
        '  - code: "6550"',
        '    name: 信息处理和存储支持服务',
        '    partial: false',
        '---',
        '',
      ].join('\n'),
    );
    const result = loadContent(join(WORK, 'content'), { cwd: WORK });
    assert.deepEqual(
      result.problems.map((p) => formatProblem(p)),
      [],
    );
    // In the tree, under 1.3, after the directions that were there.
    assert.equal(result.directory?.categories.find((c) => c.id === '1.3')?.children.at(-1), '1.3/shuju-biaozhu-fuwu');
    await page.context().close();
  });

  // The class itself comes from a list of the GB/T classes (an unknown code cannot be chosen); what an editor can get
  // wrong is the name typed next to it, here the name of another class.
  test('a new direction whose class name is not the GB/T name of its code is refused, and no file is written', async () => {
    const file = join(WORK, 'content', 'directory', '1', '1.3', 'xinxi-jishu-zixun.md');
    const page = await newDirection({
      id: 'xinxi-jishu-zixun',
      name: '信息技术咨询',
      order: '6',
      industry: '6560 信息技术咨询服务',
      industryName: '信息处理和存储支持服务',
    });
    await publish(page);
    const box = page.locator('#sixin-problems');
    await box.locator('li').first().waitFor();
    assert.match(
      await box.innerText(),
      /content\/directory\/1\/1\.3\/xinxi-jishu-zixun\.md:\d+: 行业 6560 在 GB\/T 4754-2017 中的名称是 "信息技术咨询服务"，不是 "信息处理和存储支持服务"；请改为 name: 信息技术咨询服务/,
    );
    assert.ok(!existsSync(file));
    await page.context().close();
  });

  test('the preview pane shows a direction as its page does: name, GB/T classes with partial marks, products', async () => {
    const file = join(WORK, 'content', 'directory', '1', '1.3', 'wangluo-yu-xinxi-anquan-ruanjian-kaifa.md');
    const { entry } = parseDirectoryEntry(readFileSync(file, 'utf8'), file, 3);
    assert.ok(entry?.industries.some((i) => i.partial) && entry.products.length);
    const page = await openAdmin('#/collections/l3-1-3/entries/wangluo-yu-xinxi-anquan-ruanjian-kaifa');
    await page.getByRole('button', { name: '登录' }).click();
    const preview = page.frameLocator(PREVIEW_FRAME);
    await preview.locator('h1').waitFor();
    assert.equal((await preview.locator('h1').innerText()).trim(), entry.name);
    assert.deepEqual(
      await preview.locator('tbody tr').allInnerTexts(),
      entry.industries.map((i) => [i.code, i.name, i.partial ? '部分 *' : '全部'].join('\t')),
    );
    assert.deepEqual(
      await preview.locator('.product-list li').allInnerTexts(),
      entry.products.flatMap((g) => g.items),
    );
    // The site's stylesheet is loaded in the frame (its rules apply there, not to Decap's own layout).
    assert.ok(
      await preview
        .locator('link[href="/admin/preview.css"]')
        .evaluate((link: HTMLLinkElement) => (link.sheet?.cssRules.length ?? 0) > 0),
    );
    // The pane follows the form as the editor types.
    await page.getByLabel('名称', { exact: true }).fill('网络安全软件开发（预览）');
    await until('the preview to follow the form', async () =>
      (await preview.locator('h1').innerText()).includes('网络安全软件开发（预览）'),
    );
    await page.context().close();
  });

  // What the category page shows of the entry itself, read the same way from the built page and from the preview pane.
  for (const [what, hash, path] of [
    ['a level-1 category', '#/collections/level1/entries/l1-1', '/directory/1/'],
    [
      'a level-2 category with directions placed by inference',
      '#/collections/level2/entries/l2-3.3',
      '/directory/3.3/',
    ],
    ['a level-2 category with partial classes', '#/collections/level2/entries/l2-1.3', '/directory/1.3/'],
    ['a direction placed by inference', '#/collections/l3-3-3/entries/youmo-zhizao', '/directory/3.3/youmo-zhizao/'],
  ]) {
    test(`the preview pane shows ${what} as its built page does (${path})`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const built = await context.newPage();
      await built.goto(`${site.server.origin}${path}`);
      const expected = await shown(built.locator('main'));
      await context.close();
      assert.ok(expected.h1 && expected.meta && expected.breadcrumbs.length >= 3 && expected.history.length > 0);
      if (path.split('/').length < 5) assert.ok(expected.children.length > 0, `${path} lists its children`);
      const page = await openAdmin(hash);
      await page.getByRole('button', { name: '登录' }).click();
      const preview = page.frameLocator(PREVIEW_FRAME);
      await preview.locator('h1').waitFor();
      assert.deepEqual(await shown(preview.locator('main')), expected);
      await page.context().close();
    });
  }

  test('the preview renders notes as the category page does, links and emphasis included; HTML in a note never runs', async () => {
    const file = join(WORK, 'content', 'directory', '3', '3.3', 'youmo-zhizao.md');
    const before = readFileSync(file, 'utf8');
    const page = await openAdmin('#/collections/l3-3-3/entries/youmo-zhizao');
    await page.getByRole('button', { name: '登录' }).click();
    const preview = page.frameLocator(PREVIEW_FRAME);
    const notes = preview.locator('.notes');
    await notes.locator('h2').waitFor();
    // The entry as it is: its notes as the built page shows them.
    assert.equal(
      await sameMarkup(page, await notes.innerHTML()),
      await sameMarkup(page, builtNotes('/directory/3.3/youmo-zhizao/')),
    );
    // Notes with a link, emphasis and a table, as Astro's Markdown (the site's own processor and options) renders them.
    const added = [
      '## 参考',
      '',
      '参见[国家统计局](https://www.stats.gov.cn/)公布的*分类表*和**说明**，以及"行业代码"... 的用法。',
      '',
      '| 代码 | 名称 |',
      '| --- | --- |',
      '| 2642 | 油墨及类似产品制造 |',
    ].join('\n');
    const body = page.getByLabel('正文');
    const text = await body.inputValue();
    await body.fill(`${text}\n\n${added}\n`);
    await preview.locator('.notes a[href="https://www.stats.gov.cn/"]').waitFor();
    assert.equal((await notes.locator('em').innerText()).trim(), '分类表');
    assert.equal((await notes.locator('strong').innerText()).trim(), '说明');
    const processor = await createMarkdownProcessor({ syntaxHighlight: false });
    const expected = (
      await processor.render(joinChineseLines(parseDirectoryEntry(`${before}\n${added}\n`, file, 3).entry?.notes ?? ''))
    ).code;
    assert.equal(await sameMarkup(page, await notes.innerHTML()), await sameMarkup(page, expected));
    // Script and HTML typed into a note: shown as text, nothing runs, and a javascript: link has no address.
    await body.fill(
      [
        text,
        '',
        '<script>window.parent.sixinRan = "script"</script>',
        '',
        '<img src="x" onerror="window.parent.sixinRan = \'img\'">',
        '',
        "段落中的 <b onmouseover=\"window.parent.sixinRan = 'b'\">标签</b> 和[链接](javascript:window.parent.sixinRan='link')。",
        '',
      ].join('\n'),
    );
    await notes.getByText('<script>window.parent.sixinRan = "script"</script>').waitFor();
    assert.equal(await notes.locator('script, img, b').count(), 0);
    assert.match(await notes.innerText(), /<img src="x" onerror=/);
    const link = notes.getByText('链接', { exact: true });
    assert.equal(await link.getAttribute('href'), null);
    await link.click();
    await notes.getByText('段落中的').hover();
    assert.equal(await page.evaluate(() => (window as unknown as { sixinRan?: string }).sixinRan), undefined);
    assert.equal(readFileSync(file, 'utf8'), before);
    await page.context().close();
  });

  test('the page’s Content-Security-Policy: the editor starts, previews and saves with no violation reported', async () => {
    const html = readPage(ADMIN_PATH);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      .replaceAll('&#39;', "'");
    assert.ok(policy, 'the admin page has a Content-Security-Policy');
    // The policy as the site's other pages have it: scripts from this site only, never inline; no plugins, no <base>.
    assert.match(policy, /(?:^|; )default-src 'none'(?:;|$)/);
    assert.match(policy, /(?:^|; )script-src 'self' 'unsafe-eval'(?:;|$)/);
    assert.match(policy, /(?:^|; )object-src 'none'(?:;|$)/);
    assert.match(policy, /(?:^|; )base-uri 'none'(?:;|$)/);
    const violations: string[] = [];
    const page = await adminTab();
    const context = page.context();
    // Every frame (the editor and its preview pane) reports what the policy refused.
    await context.exposeBinding('sixinCspViolation', (_source, text: string) => void violations.push(text));
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { sixinCspViolation: (t: string) => void }).sixinCspViolation(
          `${e.violatedDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      ),
    );
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const file = join(WORK, 'content', 'directory', '1', '1.3', 'xinxing-ruanjian-kaifa.md');
    const before = readFileSync(file, 'utf8');
    await page.goto(`${site.server.origin}${ADMIN_PATH}#/collections/l3-1-3/entries/xinxing-ruanjian-kaifa`);
    // Each step waits for what it should bring, or for a violation (which fails the test at once).
    const step = async (what: string, done: () => Promise<boolean>) => {
      await until(what, async () => violations.length > 0 || (await done()));
      assert.deepEqual(violations, [], `while waiting for ${what}`);
    };
    await step('the login button', async () => (await page.getByRole('button', { name: '登录' }).count()) > 0);
    await page.getByRole('button', { name: '登录' }).click();
    await step(
      'the preview',
      async () => (await page.frameLocator(PREVIEW_FRAME).locator('.product-list li').count()) > 0,
    );
    const keywords = page.getByLabel('检索词（keywords）');
    await keywords.fill([(await keywords.inputValue()).trim(), '低代码平台'].filter(Boolean).join(', '));
    await publish(page);
    assert.match(await written(file, before), /低代码平台/);
    await context.close();
    assert.deepEqual(violations, []);
  });

  test('a question’s text changed in the rules form is written on its own line, every comment stays, and sixin validate passes', async () => {
    const file = join(WORK, 'content', 'rules', 'questions.yaml');
    const before = readFileSync(file, 'utf8');
    const old = '不确定时，可以先用经营范围查询，或在目录中查找您的行业。';
    const changed = '不确定时，可以先用经营范围查询，或者在目录中查找您的行业。';
    assert.equal(before.split(old).length, 2);
    const page = await openRulesForm('questions', 'in-directory');
    await (await fieldWithValue(page, old)).fill(changed);
    await publish(page);
    const after = await written(file, before);
    assert.equal(after, before.replace(old, changed));
    const comments = (text: string) => text.split('\n').filter((line) => /^\s*#/.test(line));
    assert.ok(comments(before).length > 10);
    assert.deepEqual(comments(after), comments(before));
    const validate = spawnSync(process.execPath, [SIXIN, 'validate', join(WORK, 'content')], {
      cwd: WORK,
      encoding: 'utf8',
    });
    assert.equal(validate.status, 0, validate.stdout + validate.stderr);
    await page.context().close();
  });

  test('the rules form offers only the policy’s clauses; an emptied required text and an answer no rule knows are refused, and the file is not touched', async () => {
    const measures = await openRulesForm('measures', 'rongque');
    const cites = measures.getByLabel('政策依据（cites）').filter({ visible: true }).first();
    await cites.focus();
    // What is typed only filters the policy's clauses: 4. offers 4.1, 4.9 (no such clause) offers nothing to choose.
    await measures.keyboard.type('4.');
    await measures.getByRole('option', { name: /^4\.1 / }).waitFor();
    await measures.keyboard.type('9');
    await until('no clause to choose', async () => (await measures.getByRole('option').count()) === 0);
    await measures.context().close();

    const file = join(WORK, 'content', 'rules', 'questions.yaml');
    const before = readFileSync(file, 'utf8');
    const page = await openRulesForm('questions', 'established');
    // A text the schema requires is marked so (not 可选) and Decap refuses the save at the field itself.
    const title = await fieldWithValue(page, '您的企业已经登记成立了吗？');
    await title.fill('');
    await publish(page);
    await page.getByText('“中文”是必填项').first().waitFor();
    assert.equal(readFileSync(file, 'utf8'), before);
    await page.context().close();

    // What only the whole rules know: the option the search suggests must be one of the question's own.
    const suggesting = await openRulesForm('questions', 'in-directory');
    await (await fieldWithValue(suggesting, 'yes')).fill('maybe');
    await publish(suggesting);
    const box = suggesting.locator('#sixin-problems');
    await box.locator('li').first().waitFor();
    const text = await box.innerText();
    assert.match(text, /没有保存/);
    assert.match(text, /content\/rules\/questions\.yaml:\d+: /);
    assert.equal(readFileSync(file, 'utf8'), before);
    await suggesting.context().close();
  });

  test('axe: the rules form has no violation of ours', async () => {
    // axe is added as an inline script, which the page's policy refuses (as in the test above).
    const page = await openRulesForm('measures', 'rongque', { bypassCSP: true });
    await page.getByLabel('政策依据（cites）').filter({ visible: true }).first().waitFor();
    const found = unexpected(await axe(page), 'form');
    await page.context().close();
    assert.deepEqual(found.violations, []);
  });

  test('a rules file is saved as its text when it validates, and refused with the validator’s message when not', async () => {
    const file = join(WORK, 'content', 'rules', 'measures.yaml');
    const before = readFileSync(file, 'utf8');
    const cites = 'cites: ["3", "4.1"]';
    assert.ok(before.includes(cites));
    const page = await openAdmin('#/collections/rules/entries/rules-measures');
    await page.getByRole('button', { name: '登录' }).click();
    const text = page.getByLabel('YAML 文本');
    await text.fill(before.replace(cites, 'cites: ["3", "4.9"]'));
    await publish(page);
    const box = page.locator('#sixin-problems');
    await box.locator('li').first().waitFor();
    assert.match(await box.innerText(), /content\/rules\/measures\.yaml:\d+: 引用的条款 "4\.9" 在政策原文中不存在/);
    assert.equal(readFileSync(file, 'utf8'), before);
    // The same file with one comment line added: valid, and written as it is, every other comment kept.
    const edited = before.replace("# A measure's rules", "# 编辑说明：示例。\n# A measure's rules");
    assert.notEqual(edited, before);
    await text.fill(edited);
    await publish(page);
    assert.equal(await written(file, before), edited);
    await page.context().close();
  });
});
