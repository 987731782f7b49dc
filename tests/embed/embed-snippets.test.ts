// The /embed/ page's 五分钟接入 blocks, taken from the built page exactly as a developer copies them (with the page's
// own 复制代码 button), pasted into a page on another origin. The site is served by `npm start`'s own server (Astro's
// preview, with the CORS headers of astro.config.ts), so the test also proves that what `npm start` serves can be
// embedded. Each element must come up with its data, and a search result link must open our category page, not
// a 404 on the host: with the block's link templates, and with no template at all (the bundle-origin default).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { SITE_URL } from '../../site/src/site-config.ts';
import { HANG_GUARD_MS, launchChromium, openWatchedPage } from './support/browser.ts';
import { ROOT } from './support/paths.ts';
import { startEmbedServer, type EmbedServer } from './support/server.ts';

const SITE_DIR = join(ROOT, 'site');
const PLACEHOLDER = new URL(SITE_URL).origin;
let browser: Browser;
let host: EmbedServer;
let site: { stop(): Promise<void> };
let siteOrigin: string;
/** The three blocks as the copy buttons put them on the clipboard, in page order. */
let blocks: Record<string, string>;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

before(async () => {
  if (!existsSync(join(SITE_DIR, 'dist', 'embed', 'index.html')))
    throw new Error('no built site; run npm run build (npm test does)');
  const port = await freePort();
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { preview } = await import('astro');
  site = await preview({ root: SITE_DIR, logLevel: 'error', server: { host: '127.0.0.1', port } });
  siteOrigin = `http://127.0.0.1:${port}`;
  browser = await launchChromium();

  // Copy each block with its button, as a developer would.
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteOrigin });
  const page = await context.newPage();
  await page.goto(`${siteOrigin}/embed/`);
  blocks = {};
  for (const id of ['tree', 'search', 'checker']) {
    const section = page.locator(`[data-snippet="${id}"]`);
    await section.getByRole('button', { name: '复制代码' }).click();
    await section.getByRole('status').filter({ hasText: '已复制' }).waitFor({ timeout: HANG_GUARD_MS });
    blocks[id] = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(blocks[id], await section.locator('pre code').textContent(), `the ${id} button copies its block`);
  }
  await context.close();

  // The other site: one page with the blocks as they are, one with every link attribute taken out.
  const pageWith = (html: string) => ({
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>其他网站</title></head><body>${html}</body></html>`,
    type: 'text/html; charset=utf-8',
    csp: null,
  });
  // The blocks name the public host (a placeholder until the district names it); here this machine serves the site.
  const pasted = Object.values(blocks).join('\n').replaceAll(PLACEHOLDER, siteOrigin);
  const withoutLinks = pasted.replace(
    /\s+(?:href-template|directory-href|policy-href-template|how-href|contact-href-template)="[^"]*"/g,
    '',
  );
  host = await startEmbedServer(
    new Map([
      ['/with-links.html', pageWith(pasted)],
      ['/default-links.html', pageWith(withoutLinks)],
    ]),
  );
});

after(async () => {
  await Promise.all([browser?.close(), host?.close(), site?.stop()]);
});

describe('the /embed/ blocks, pasted into another site', () => {
  test('each block is complete: absolute script, data and link addresses on this site', () => {
    for (const [id, code] of Object.entries(blocks)) {
      assert.match(
        code,
        new RegExp(`<script type="module" src="${PLACEHOLDER}/widgets/sixin-elements\\.js"></script>`),
        id,
      );
      const addresses = [
        ...code.matchAll(
          /(?:src|search-src|tree-src|href-template|directory-href|policy-href-template|how-href|contact-href-template)="([^"]*)"/g,
        ),
      ].map((m) => m[1]);
      assert.ok(addresses.length >= 2, `${id}: ${code}`);
      for (const address of addresses)
        assert.ok(address.startsWith(`${PLACEHOLDER}/`), `${id}: ${address} is not on this site`);
    }
    assert.match(blocks.checker, /search-src="[^"]+\/data\/search-index\.json"/);
    assert.match(blocks.checker, /tree-src="[^"]+\/data\/tree\.json"/);
  });

  for (const variant of ['with-links', 'default-links'] as const) {
    test(`${variant}: all three elements load their data, and a search result opens our category page`, async () => {
      const { page, record, context } = await openWatchedPage(browser, host.origin, { alsoAllow: [siteOrigin] });
      try {
        await page.goto(`${host.origin}/${variant}.html`);
        await page.locator('sixin-category-tree [role="treeitem"]').first().waitFor();
        await page.locator('sixin-eligibility-checker [part~="heading"]').first().waitFor();
        const search = page.locator('body > sixin-scope-search');
        await search.locator('[part~="input"]').first().fill('软件开发');
        await search.locator('[part~="submit-button"]').click();
        const link = search.locator('a[part~="category-link"]').first();
        await link.waitFor();
        const href = await link.getAttribute('href');
        assert.ok(href?.startsWith(`${siteOrigin}/directory/`), `result link ${href} does not lead to our site`);
        await link.click();
        await page.waitForURL(`${siteOrigin}/directory/**`);
        const response = await page.request.get(page.url());
        assert.equal(response.status(), 200);
        assert.match((await page.locator('h1').textContent()) ?? '', /\S/);
        assert.deepEqual(record.foreignRequests, []);
        assert.deepEqual(
          record.errors.filter((e) => !/favicon/.test(e)),
          [],
        );
      } finally {
        await context.close();
      }
    });
  }
});
