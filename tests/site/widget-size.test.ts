// On the site, the elements' text is the page's text size and family (issue 20: "widget text is 14 px inside an
// 18 px page"), and /industries/ gets a filter that narrows the full table, which stays whole without JavaScript.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtSiteInChromium } from './helpers/browser.ts';
import { requireBuiltSite } from './helpers/site.ts';

requireBuiltSite();
const site = builtSiteInChromium();

describe('the elements on the site', () => {
  test('search and checker text has the size and family of the page’s own paragraphs', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      for (const [path, tag] of [
        ['/search/', 'sixin-scope-search'],
        ['/checker/', 'sixin-eligibility-checker'],
      ] as const) {
        await page.goto(`${site.server.origin}${path}`);
        await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.base'), tag);
        const sizes = await page.evaluate((tag) => {
          // No helper functions in here: the test's compiler would name them with a helper the page does not have.
          const base = getComputedStyle(document.querySelector(tag)!.shadowRoot!.querySelector('.base')!);
          const body = getComputedStyle(document.body);
          return { widget: base.fontSize, body: body.fontSize, widgetFont: base.fontFamily, bodyFont: body.fontFamily };
        }, tag);
        assert.equal(sizes.widget, sizes.body, `${path}: ${JSON.stringify(sizes)}`);
        assert.equal(sizes.widgetFont, sizes.bodyFont, path);
      }
    } finally {
      await page.close();
    }
  });
});

describe('/industries/ filter', () => {
  test('with JavaScript the filter narrows the rows and says how many are shown; without it the whole table is there', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.origin}/industries/`);
      const total = await page.locator('#industries-table tbody tr').count();
      assert.ok(total > 400, `${total} rows`);
      await page.getByLabel('筛选行业小类').fill('6513');
      const visible = await page.locator('#industries-table tbody tr:not([hidden])').allTextContents();
      assert.equal(visible.length, 1);
      assert.match(visible[0]!, /6513/);
      assert.equal(await page.locator('[data-table-filter] [role="status"]').textContent(), `显示 1 / ${total} 行`);
      await page.getByLabel('筛选行业小类').fill('');
      assert.equal(await page.locator('#industries-table tbody tr:not([hidden])').count(), total);
    } finally {
      await page.close();
    }
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/industries/`);
      assert.equal(await page.locator('[data-table-filter]').isVisible(), false, 'a filter that cannot work is shown');
      assert.ok((await page.locator('#industries-table tbody tr:visible').count()) > 400);
    } finally {
      await context.close();
    }
  });
});
