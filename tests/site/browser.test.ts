// The built site in real Chromium: every page in the sitemap passes axe (WCAG 2.2 AA), pages read correctly with
// JavaScript disabled (headings, links and the search form work), nothing overflows a 320 px screen, and the
// policy prints without the site's navigation. One browser for everything; pages run a few at a time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { builtSiteInChromium, mapLimit } from './helpers/browser.ts';
import { requireBuiltSite, SITE_DIR, sitemapPaths } from './helpers/site.ts';

requireBuiltSite();
// axe-core is a dev dependency of the site workspace: resolve it from there.
const AXE_SOURCE = readFileSync(createRequire(join(SITE_DIR, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CONCURRENCY = 4;
/** Where pages fetch axe from during the test (answered by the test itself, never by the network). */
const AXE_URL = 'http://axe.test.invalid/axe.min.js';

/** One page of each kind: what a reader without JavaScript must be able to use. */
const SAMPLE = [
  '/',
  '/policy/',
  '/directory/',
  '/directory/1/',
  '/directory/1.3/',
  '/directory/1.3/xinxing-ruanjian-kaifa/',
  '/directory/3.3/youmo-zhizao/',
  '/industries/',
  '/search/',
  '/checker/',
  '/embed/',
  '/editors/',
  '/404.html',
];

const site = builtSiteInChromium();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

describe('accessibility', () => {
  test('axe finds no WCAG 2.2 AA violation on any page in the sitemap', async () => {
    const paths = sitemapPaths();
    assert.ok(paths.length > 350, `the sitemap lists only ${paths.length} pages`);
    // The pages' Content-Security-Policy would (rightly) refuse the test's own script: csp.test.ts tests the policy.
    const context = await site.browser.newContext({ bypassCSP: true });
    // axe arrives as a script URL rather than inline text: Chromium then keeps its compiled code between pages,
    // which halves the time per page (measured: 0.65 s → 0.3 s) and keeps this test near a minute.
    await context.route(AXE_URL, (route) => route.fulfill({ body: AXE_SOURCE, contentType: 'text/javascript', headers: { 'Cache-Control': 'max-age=3600' } }));
    const tabs: Page[] = await Promise.all(Array.from({ length: CONCURRENCY }, () => context.newPage()));
    const errors: string[] = [];
    for (const tab of tabs) tab.on('pageerror', (err) => errors.push(`${tab.url()}: ${err.message}`));
    const found = await mapLimit([...paths, '/404.html'], CONCURRENCY, async (path, worker) => {
      const tab = tabs[worker];
      await tab.goto(site.server.origin + path, { waitUntil: 'load' });
      await tab.addScriptTag({ url: AXE_URL });
      const violations = await tab.evaluate(
        (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe
          .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
          .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
        WCAG_22_AA,
      );
      return violations.map((v) => `${path}: [${v.impact}] ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    await context.close();
    assert.deepEqual(found.flat(), []);
    assert.deepEqual(errors, [], 'scripts threw on some pages');
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  before(async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
  });
  after(() => context.close());

  test('every kind of page shows its heading, its links and its text', async () => {
    const problems = await mapLimit(SAMPLE, CONCURRENCY, async (path) => {
      const tab = await context.newPage();
      const out: string[] = [];
      await tab.goto(site.server.origin + path);
      const h1 = tab.locator('main h1');
      if (!(await h1.isVisible())) out.push(`${path}: the h1 is not visible`);
      // Links in a closed <details> are hidden by design (the reader opens it); every other link must be visible.
      const hidden = await tab.locator('header a, main a, footer a').evaluateAll((links) =>
        links
          .filter((a) => !a.closest('details:not([open])'))
          .filter((a) => {
            const box = a.getBoundingClientRect();
            return box.width === 0 || box.height === 0 || getComputedStyle(a).visibility === 'hidden';
          })
          .map((a) => a.getAttribute('href')),
      );
      if (hidden.length) out.push(`${path}: links not visible: ${hidden.slice(0, 5).join(', ')}`);
      const mainText = (await tab.locator('main').innerText()).trim();
      if (mainText.length < 40) out.push(`${path}: the main content reads "${mainText}"`);
      await tab.close();
      return out;
    });
    assert.deepEqual(problems.flat(), []);
  });

  test('the search form on the home page takes a pasted business scope to /search/?q=…', async () => {
    const tab = await context.newPage();
    await tab.goto(`${site.server.origin}/`);
    const scope = '一般项目：软件开发；信息系统集成服务';
    await tab.getByLabel('经营范围或业务描述').fill(scope);
    await tab.getByRole('button', { name: '查询' }).click();
    await tab.waitForURL('**/search/?q=*');
    assert.equal(new URL(tab.url()).searchParams.get('q'), scope);
    assert.ok(await tab.getByRole('heading', { level: 1 }).isVisible());
    assert.ok(await tab.getByRole('link', { name: '分类目录' }).first().isVisible(), 'the search page offers no way to the directory');
    await tab.close();
  });

  test('nothing is wider than a 320 px screen', async () => {
    const narrow = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const problems = await mapLimit(SAMPLE, CONCURRENCY, async (path) => {
      const tab = await narrow.newPage();
      await tab.goto(site.server.origin + path);
      // Wide tables scroll inside their own box; the page itself must not scroll sideways.
      const width = await tab.evaluate(() => document.documentElement.scrollWidth);
      await tab.close();
      return width > 320 ? [`${path}: the page is ${width} px wide`] : [];
    });
    await narrow.close();
    assert.deepEqual(problems.flat(), []);
  });

  test('the policy prints without the navigation and the table of contents', async () => {
    const tab = await context.newPage();
    await tab.goto(`${site.server.origin}/policy/`);
    await tab.emulateMedia({ media: 'print' });
    assert.equal(await tab.locator('header nav').isVisible(), false);
    assert.equal(await tab.locator('nav.toc').isVisible(), false);
    assert.ok(await tab.locator('#clause-4-2').isVisible());
    await tab.close();
  });
});
