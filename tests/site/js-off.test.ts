// The journey with JavaScript off, on a 390 px phone: the home form lands on /search/, which says at once (above the
// form) that nothing was searched and what works instead (the full directory with find-in-page, the industry table,
// the offices), never the checker, which needs JavaScript too; the checker page says plainly that it needs it and
// what to do instead. Screenshots of each page are kept in tests/.output/js-off/ (ignored by git) to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { builtSiteInChromium } from './helpers/browser.ts';
import { OUTPUT_DIR, requireBuiltSite } from './helpers/site.ts';

requireBuiltSite();
const site = builtSiteInChromium();
const SHOTS = join(OUTPUT_DIR, 'js-off');
const SCOPE = '软件开发；信息技术咨询服务；货物进出口';

async function phone(): Promise<Page> {
  const context = await site.browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  return context.newPage();
}
const shot = (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};
/** Top of an element in the page, to compare what comes first. */
const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + scrollY);

describe('JavaScript off, 390 px', () => {
  test('the home form lands on /search/, which explains at once and points to the directory with find-in-page', async () => {
    const page = await phone();
    try {
      await page.goto(`${site.server.origin}/`);
      await page.locator('#home-query').fill(SCOPE);
      await page.locator('form.search-form button[type="submit"]').click();
      await page.waitForURL(/\/search\/\?q=/);
      const notice = page.locator('[data-no-js-search]');
      assert.ok(await notice.isVisible(), 'no JavaScript-off notice on /search/');
      assert.match((await notice.textContent()) ?? '', /没有被查询/);
      assert.match((await notice.textContent()) ?? '', /页内查找/);
      // Above the form, so it is the first thing read, not something found after scrolling past a box that does nothing.
      assert.ok((await top(page, '[data-no-js-search]')) < (await top(page, '#search-query')));
      const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, ['/directory/', '/industries/', '/contacts/']);
      // Nothing offered on the page needs JavaScript: no link to the checker in the fallbacks.
      const fallbackLinks = await page
        .locator('main .no-js-only a, main [data-no-js-search] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(!fallbackLinks.includes('/checker/'), fallbackLinks.join(' '));
      // No sideways scrolling on the phone.
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        'the page scrolls sideways',
      );
      await shot(page, 'search');
      await page.getByRole('link', { name: '分类目录' }).first().click();
      await page.waitForURL(/\/directory\/$/);
      assert.ok(await page.locator('main').getByText('新兴软件和新型信息技术服务').first().isVisible());
    } finally {
      await page.context().close();
    }
  });

  test('the checker page says plainly that it needs JavaScript, and what to do instead', async () => {
    const page = await phone();
    try {
      await page.goto(`${site.server.origin}/checker/`);
      const notice = page.locator('[data-no-js-checker]');
      assert.ok(await notice.isVisible());
      assert.equal(await notice.locator('h2').textContent(), '资格自查需要 JavaScript');
      const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, ['/policy/#clause-4', '/directory/', '/contacts/']);
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        'the page scrolls sideways',
      );
      await shot(page, 'checker');
      await notice.getByRole('link', { name: '联系部门' }).click();
      await page.waitForURL(/\/contacts\/$/);
      assert.ok(await page.locator('#amr h3').isVisible());
      await shot(page, 'contacts');
    } finally {
      await page.context().close();
    }
  });
});
