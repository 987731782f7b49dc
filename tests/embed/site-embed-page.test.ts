// The site's /embed/ page, as built: it tells embedders how to pin a version (the versioned bundle URL, which the
// site really serves, and an exact npm install), and shows the tree in three complete themes whose look is exactly
// what the code printed beside each one produces.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../site/helpers/static-server.ts';
import { HANG_GUARD_MS, launchChromium } from './support/browser.ts';
import { elementsVersion } from './support/bundle.ts';
import { ROOT } from './support/paths.ts';

const DIST = join(ROOT, 'site', 'dist');
let browser: Browser;
let server: StaticServer;
let page: Page;
const problems: string[] = [];

before(async () => {
  if (!existsSync(join(DIST, 'embed', 'index.html')))
    throw new Error(`no built site in ${DIST}; run npm run build -w @sixin/site (npm test does)`);
  [browser, server] = await Promise.all([launchChromium(), serveStatic(DIST)]);
  page = await browser.newPage({ colorScheme: 'light' });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.origin}/embed/`);
});
after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** The custom properties a CSS block in a code sample sets, as [name, value]. */
function declarations(css: string): Array<[string, string]> {
  return [...css.matchAll(/(--sixin-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]);
}

describe('the /embed/ page', () => {
  test('says how to pin a version, and the pinned bundle URL it gives is served', async () => {
    const version = elementsVersion();
    const codes = await page.locator('pre code').allTextContents();
    const pinned = codes.find((c) => c.includes(`/widgets/${version}/sixin-elements.js`));
    assert.ok(pinned, `no code sample with /widgets/${version}/sixin-elements.js`);
    assert.ok(codes.includes(`npm install -E @sixin/elements@${version}`), 'no exact npm install line');
    const response = await page.request.get(`${server.origin}/widgets/${version}/sixin-elements.js`);
    assert.equal(response.status(), 200);
    assert.equal(
      await response.text(),
      readFileSync(join(ROOT, 'packages', 'elements', 'dist', 'bundle', 'sixin-elements.js'), 'utf8'),
    );
    // For sites that take one upload only: the standalone bundle, also pinned and served.
    assert.ok(
      codes.some((c) => c.includes(`/widgets/${version}/sixin-elements.standalone.js`)),
      'no code sample with the standalone bundle',
    );
    const standalone = await page.request.get(`${server.origin}/widgets/${version}/sixin-elements.standalone.js`);
    assert.equal(standalone.status(), 200);
  });

  test('gives the security settings: the host policy with allow-duplicates, the CORS headers, and an integrity that matches the file', async () => {
    const codes = await page.locator('pre code').allTextContents();
    assert.ok(
      codes.some((c) => c.includes("trusted-types lit-html 'allow-duplicates'") && c.includes('connect-src')),
      'no host policy with allow-duplicates',
    );
    assert.ok(
      codes.some((c) => c.includes('Access-Control-Allow-Origin: *')),
      'no CORS headers',
    );
    const tag = (await page.locator('[data-integrity-tag] code').textContent()) ?? '';
    const src = /src="([^"]+)"/.exec(tag)?.[1];
    const integrity = /integrity="(sha384-[^"]+)"/.exec(tag)?.[1];
    assert.ok(src && integrity && tag.includes('crossorigin="anonymous"'), tag);
    assert.match(
      new URL(src).pathname,
      new RegExp(`^/widgets/${elementsVersion().replaceAll('.', '\\.')}/sixin-elements\\.standalone\\.js$`),
    );
    const served = await page.request.get(`${server.origin}${new URL(src).pathname}`);
    assert.equal(served.status(), 200);
    assert.equal(
      `sha384-${createHash('sha384')
        .update(await served.body())
        .digest('base64')}`,
      integrity,
    );
  });

  test('shows three complete themes: the defaults, dark, and a site palette made of exactly the CSS it prints', async () => {
    const ids = await page
      .locator('[data-theme-example]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-theme-example')));
    assert.deepEqual(ids, ['default', 'dark', 'site']);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-theme-example] sixin-category-tree')].every((t) =>
          t.shadowRoot?.querySelector('[role="treeitem"]'),
        ),
      undefined,
      { timeout: HANG_GUARD_MS },
    );

    const look = (id: string) =>
      page.evaluate((id) => {
        const tree = document.querySelector(`[data-theme-example="${id}"] sixin-category-tree`)!;
        const base = getComputedStyle(tree.shadowRoot!.querySelector('[part~="base"]')!);
        const current = getComputedStyle(tree.shadowRoot!.querySelector('[aria-current="page"]')!);
        const link = getComputedStyle(tree.shadowRoot!.querySelector('[part~="name"]')!);
        return {
          surface: base.backgroundColor,
          text: base.color,
          font: base.fontFamily,
          currentSurface: current.backgroundColor,
          link: link.color,
        };
      }, id);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

    assert.deepEqual(
      { ...(await look('default')), font: undefined },
      {
        surface: 'rgb(255, 255, 255)',
        text: 'rgb(27, 31, 36)',
        font: undefined,
        currentSurface: rgb('#e3edfd'),
        link: rgb('#0b57d0'),
      },
    );
    assert.deepEqual(
      { ...(await look('dark')), font: undefined },
      {
        surface: rgb('#161b22'),
        text: rgb('#e6edf3'),
        font: undefined,
        currentSurface: rgb('#1f3a5f'),
        link: rgb('#79b8ff'),
      },
    );

    const css = await page.locator('[data-theme-example="site"] pre code').first().textContent();
    const set = new Map(declarations(css ?? ''));
    assert.ok(set.size >= 10, `the site theme's code sets only ${set.size} properties`);
    const site = await look('site');
    assert.deepEqual(
      { surface: site.surface, text: site.text, currentSurface: site.currentSurface, link: site.link },
      {
        surface: rgb(set.get('--sixin-color-surface')!),
        text: rgb(set.get('--sixin-color-text')!),
        currentSurface: rgb(set.get('--sixin-color-accent-surface')!),
        link: rgb(set.get('--sixin-color-accent')!),
      },
    );
    assert.ok(site.font.startsWith(set.get('--sixin-font-family')!.split(',')[0]), `font ${site.font}`);
    assert.deepEqual(problems, []);
  });
});
