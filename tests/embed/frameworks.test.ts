// The elements inside a React 19 page and a Vue 3 page, each bundled by esbuild the way an embedder's build would
// and served with the portal's strict Content-Security-Policy: properties, attributes and events cross the
// framework boundary both ways, with no error, warning or policy violation.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, openWatchedPage, waitInPage, type WatchedPage } from './support/browser.ts';
import { bundlePage, vueTemplatePlugin } from './support/build.ts';
import { exportedData } from './support/data.ts';
import { EMBED_DIR } from './support/paths.ts';
import { startEmbedServer, type EmbedServer, type Route } from './support/server.ts';

let browser: Browser;
let server: EmbedServer;

before(async () => {
  const [react, vue, data, launched] = await Promise.all([
    bundlePage(join(EMBED_DIR, 'react', 'app.tsx')),
    bundlePage(join(EMBED_DIR, 'vue', 'app.ts'), { plugins: [vueTemplatePlugin] }),
    exportedData(),
    launchChromium(),
  ]);
  browser = launched;
  const js = (body: string): Route => ({ body, type: 'text/javascript; charset=utf-8' });
  const routes = new Map<string, Route>([
    ['/react/', { file: join(EMBED_DIR, 'react', 'index.html') }],
    ['/react/app.js', js(react.code)],
    ['/vue/', { file: join(EMBED_DIR, 'vue', 'index.html') }],
    ['/vue/app.js', js(vue.code)],
  ]);
  for (const [file, json] of data) routes.set(`/data/${file}`, { body: json, type: 'application/json; charset=utf-8' });
  server = await startEmbedServer(routes);
});

after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const treeItems = (watched: WatchedPage) => watched.page.locator('#tree [role="treeitem"]');
const textOf = async (watched: WatchedPage, selector: string) =>
  ((await watched.page.locator(selector).textContent()) ?? '').trim();

/** What both framework pages must do; they differ only in how they are written. */
async function checkFrameworkPage(framework: 'react' | 'vue'): Promise<void> {
  const watched = await openWatchedPage(browser, server.origin);
  try {
    await watched.page.goto(`${server.origin}/${framework}/`);

    // `data` arrives as a property: the element has no src, renders the nine fields, and says where the data came from.
    await waitInPage(
      watched,
      `the ${framework} page did not render the tree`,
      () => document.querySelector('#tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length === 9,
      undefined,
    );
    assert.equal(await watched.page.locator('#tree').getAttribute('src'), null);
    assert.equal(
      await watched.page.locator('#tree').getAttribute('data'),
      null,
      'data must be a property, never an attribute',
    );
    assert.equal(await textOf(watched, '#loaded-from'), '数据来源：data');
    assert.match((await treeItems(watched).first().textContent()) ?? '', /新一代信息技术产业/);

    // sixin-select reaches the framework's state: choose 新材料产业 with the keyboard.
    await treeItems(watched).first().focus();
    await watched.page.keyboard.press('ArrowDown');
    await watched.page.keyboard.press('ArrowDown');
    await watched.page.keyboard.press('Enter');
    await waitInPage(
      watched,
      `${framework} did not show the chosen category`,
      () => document.querySelector('#chosen')?.textContent?.includes('新材料产业'),
      undefined,
    );

    // An attribute the framework changes later reaches the element: lang switches the tree to English.
    await watched.page.click('#switch-lang');
    await waitInPage(
      watched,
      `the tree did not follow ${framework}'s lang attribute`,
      () =>
        /directions/.test(
          document.querySelector('#tree')?.shadowRoot?.querySelector('[role="treeitem"]')?.textContent ?? '',
        ),
      undefined,
    );
    assert.equal(await textOf(watched, '#chosen'), 'Chosen: 新材料产业');

    // sixin-search reaches the framework's state; a result link chosen is reported and, cancelled, not followed.
    await watched.page.locator('#search [part~="input"]').focus();
    await watched.page.keyboard.insertText('软件开发；工业机器人制造');
    await waitInPage(
      watched,
      `${framework} did not hear sixin-search`,
      () => /^[1-9]\d* categories found$/.test(document.querySelector('#found')?.textContent ?? ''),
      undefined,
      15_000,
    );
    const before = watched.page.url();
    const firstResult = watched.page.locator('#search [part~="category-link"]').first();
    // The link reads "1.3 新兴软件和新型信息技术服务": the code, then the category's name.
    const name = ((await firstResult.textContent()) ?? '').trim().replace(/^[\d.]+\s*/, '');
    await firstResult.click();
    await waitInPage(
      watched,
      `${framework} did not hear sixin-select from the search`,
      (expected) => document.querySelector('#chosen')?.textContent === expected,
      `Chosen: ${name}`,
    );
    assert.equal(watched.page.url(), before, 'the cancelled link was followed');

    assert.deepEqual(watched.record.errors, [], 'console errors');
    assert.deepEqual(watched.record.warnings, [], 'console warnings');
    assert.deepEqual(watched.record.violations, [], 'CSP / Trusted Types violations');
    assert.deepEqual(watched.record.foreignRequests, [], 'requests to other origins');
  } finally {
    await watched.context.close();
  }
}

describe('framework examples', () => {
  test('React 19: data as a property, attributes, events through refs', () => checkFrameworkPage('react'));
  test('Vue 3: data as a property (.prop), attributes, events through @sixin-…', () => checkFrameworkPage('vue'));
});
