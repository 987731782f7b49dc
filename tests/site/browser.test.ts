// The built site in real Chromium: every page in the sitemap passes axe (WCAG 2.2 AA), pages read correctly with
// JavaScript disabled (headings, links and the search form work), nothing overflows a 320 px screen, the policy
// prints without the site's navigation, and the checker, walked as a person would, never answers for them and never
// says "适用" to a business outside Jiangbei. One browser for everything; pages run a few at a time.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { builtSiteInChromium, mapLimit } from './helpers/browser.ts';
import { DIST_DIR, requireBuiltSite, SITE_DIR, sitemapPaths } from './helpers/site.ts';

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
  '/checker/how-it-decides/',
  '/embed/',
  '/editors/',
  '/batch/',
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
    await context.route(AXE_URL, (route) =>
      route.fulfill({ body: AXE_SOURCE, contentType: 'text/javascript', headers: { 'Cache-Control': 'max-age=3600' } }),
    );
    const tabs: Page[] = await Promise.all(Array.from({ length: CONCURRENCY }, () => context.newPage()));
    const errors: string[] = [];
    for (const tab of tabs) tab.on('pageerror', (err) => errors.push(`${tab.url()}: ${err.message}`));
    const found = await mapLimit([...paths, '/404.html'], CONCURRENCY, async (path, worker) => {
      const tab = tabs[worker];
      await tab.goto(site.server.origin + path, { waitUntil: 'load' });
      await tab.addScriptTag({ url: AXE_URL });
      const violations = await tab.evaluate(
        (tags) =>
          (
            window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }
          ).axe
            .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
            .then((r) =>
              r.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                nodes: v.nodes.map((n) => ({ target: n.target })),
              })),
            ),
        WCAG_22_AA,
      );
      return violations.map(
        (v) =>
          `${path}: [${v.impact}] ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      );
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
    await tab.getByLabel('经营范围或关键词').fill(scope);
    await tab.getByRole('button', { name: '查询' }).click();
    await tab.waitForURL('**/search/?q=*');
    assert.equal(new URL(tab.url()).searchParams.get('q'), scope);
    assert.ok(await tab.getByRole('heading', { level: 1 }).isVisible());
    assert.ok(
      await tab.getByRole('link', { name: '分类目录' }).first().isVisible(),
      'the search page offers no way to the directory',
    );
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

describe('the checker, walked with JavaScript', () => {
  let context: BrowserContext;
  before(async () => {
    assert.ok(
      existsSync(join(DIST_DIR, 'widgets', 'sixin-elements.js')),
      'the site publishes no widget bundle: build packages/elements first',
    );
    context = await site.browser.newContext();
  });
  after(() => context.close());

  const checker = (tab: Page) => tab.locator('sixin-eligibility-checker');
  /** Continues from the page on screen (step 1 stays in the page, hidden). */
  const next = (tab: Page) => checker(tab).locator('[part~="continue-button"]:visible').click();
  const heading = (tab: Page) => checker(tab).locator('.heading:visible').innerText();

  test('a weak search does not answer the directory question: nothing is pre-selected, and the person must answer', async () => {
    const tab = await context.newPage();
    await tab.goto(`${site.server.origin}/checker/`);
    const scope = checker(tab).locator('sixin-scope-search textarea');
    await scope.fill('一般项目：家用电器销售');
    await scope.press('Enter');
    const found = checker(tab).locator('[part="found"]');
    await found.waitFor();
    assert.match(await found.innerText(), /经营范围查询没有显示很可能属于的分类/);
    await next(tab);
    assert.equal(await heading(tab), '您的企业在哪里登记，或者准备在哪里登记？');
    await checker(tab).getByLabel('重庆市江北区').check();
    await next(tab);
    assert.equal(await heading(tab), '您的业务属于江北区“四新经济”行业分类目录吗？');
    assert.equal(await checker(tab).locator('input[name="answer"]:checked').count(), 0, 'an answer is pre-selected');
    assert.equal(await checker(tab).locator('[part="suggestion"]').count(), 0);
    await next(tab);
    assert.match(await checker(tab).locator('[part="error-message"]').innerText(), /请选择一个答案/);
    assert.equal(await heading(tab), '您的业务属于江北区“四新经济”行业分类目录吗？', 'the question is not skipped');
    await tab.close();
  });

  test('a business outside Jiangbei gets no "适用": the result says the policy is Jiangbei’s and whom to ask at home', async () => {
    const tab = await context.newPage();
    await tab.goto(`${site.server.origin}/checker/`);
    await next(tab);
    await checker(tab).getByLabel('其他区县或地区').check();
    await next(tab);
    assert.equal(await heading(tab), '检查您的回答');
    await next(tab);
    assert.equal(await heading(tab), '哪些措施适用于您');
    // The answer comes first; the measures that do not apply are folded, and the person opens them to read why.
    assert.equal(await checker(tab).locator('[part="overall-status"]').innerText(), '不适用');
    await checker(tab).locator('[part="not-applying"] summary').click();
    const statuses = await checker(tab).locator('[part="status"]').allInnerTexts();
    assert.equal(statuses.length, 8);
    assert.deepEqual([...new Set(statuses)], ['不适用']);
    const result = (await checker(tab).locator('[part~="measure"]').allInnerTexts()).join('\n');
    assert.match(result, /本办法由重庆市江北区人民政府办公室印发，是江北区的政策。/);
    assert.match(result, /您的企业登记地的市场监督管理局/);
    assert.equal(
      await checker(tab).locator('[part="expectations"]').count(),
      0,
      'nothing to expect from a policy that does not apply',
    );
    assert.equal(await checker(tab).locator('[part="how-link"]').getAttribute('href'), '/checker/how-it-decides/');
    await tab.close();
  });
});
