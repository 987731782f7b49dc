// The Trusted Types allow-list that the embed docs give hosts (`trusted-types lit-html 'allow-duplicates'`, from
// site/src/lib/embed-security.ts), on pages where Lit's policy is created twice: two copies of the bundle, and a host
// whose own Lit created "lit-html" first. Each page also runs under the allow-list without 'allow-duplicates' (what
// the docs used to ask), where the later copy fails to load: so these checks can fail, and the docs' directive is
// what makes them pass.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { hostPolicyDirectives } from '../../site/src/lib/embed-security.ts';
import { flushConsole, launchChromium, openWatchedPage, waitInPage, type WatchedPage } from './support/browser.ts';
import { elementsVersion } from './support/bundle.ts';
import { hostRoutes, SECOND_VERSION } from './support/host-routes.ts';
import { EMBED_DIR } from './support/paths.ts';
import { startEmbedServer, STRICT_CSP, type EmbedServer } from './support/server.ts';
import { join } from 'node:path';

const TAGS = ['sixin-category-tree', 'sixin-scope-search', 'sixin-eligibility-checker'];
/** The host's Trusted Types directives, exactly as the docs print them. */
const DOCUMENTED = hostPolicyDirectives('https://sixin.example.gov.cn').filter((d) => d.includes('trusted-types'));
const policy = (trustedTypes: string[]) =>
  [STRICT_CSP.replace("; require-trusted-types-for 'script'", ''), ...trustedTypes].join('; ');
const WITH_DUPLICATES = policy(DOCUMENTED);
const WITHOUT_DUPLICATES = policy(DOCUMENTED.map((d) => d.replace(" 'allow-duplicates'", '')));

let browser: Browser;
let server: EmbedServer;

before(async () => {
  const routes = await hostRoutes();
  const host = (file: string) => join(EMBED_DIR, 'host', file);
  routes.set('/lit-first.js', { file: host('lit-first.js') });
  for (const [folder, csp] of [
    ['/documented', WITH_DUPLICATES],
    ['/no-duplicates', WITHOUT_DUPLICATES],
  ] as const) {
    routes.set(`${folder}/two-copies.html`, { file: host('two-copies.html'), csp });
    routes.set(`${folder}/lit-first.html`, { file: host('lit-first.html'), csp });
  }
  [browser, server] = await Promise.all([launchChromium(), startEmbedServer(routes)]);
});
after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

/** A page once it has loaded (every module script has run) and everything it logged has reached the test. */
async function open(path: string): Promise<WatchedPage> {
  const page = await openWatchedPage(browser, server.origin);
  await page.page.goto(server.origin + path);
  await waitInPage(page, `${path} did not finish loading`, () => document.readyState === 'complete', undefined);
  await flushConsole(page);
  return page;
}

const versionsOf = (page: WatchedPage) =>
  page.page.evaluate(
    (tags) =>
      tags.map((t) => (customElements.get(t) as unknown as { sixinVersion?: string } | undefined)?.sixinVersion),
    TAGS,
  );

describe("with the documented allow-list, trusted-types lit-html 'allow-duplicates'", () => {
  test('the directive the docs print is the one tested', () => {
    assert.deepEqual(DOCUMENTED, ["require-trusted-types-for 'script'", "trusted-types lit-html 'allow-duplicates'"]);
  });

  test('two copies of the bundle: no error, the first copy registers every element and renders, the second only warns', async () => {
    const page = await open('/documented/two-copies.html');
    try {
      await waitInPage(
        page,
        'the tree did not render',
        () =>
          document.querySelector('sixin-category-tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length === 2,
        undefined,
      );
      assert.deepEqual(
        await versionsOf(page),
        TAGS.map(() => elementsVersion()),
      );
      assert.deepEqual(page.record.errors, []);
      assert.deepEqual(page.record.violations, []);
      assert.equal(page.record.warnings.length, 1);
      assert.ok(page.record.warnings[0]!.includes(SECOND_VERSION));
    } finally {
      await page.context.close();
    }
  });

  test('a host whose own Lit created the lit-html policy first: every element registers and works, and so does the host', async () => {
    const page = await open('/documented/lit-first.html');
    try {
      assert.deepEqual(
        await versionsOf(page),
        TAGS.map(() => elementsVersion()),
      );
      await waitInPage(
        page,
        'the tree did not load',
        () =>
          (document.querySelector('sixin-category-tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length ??
            0) > 0,
        undefined,
      );
      await waitInPage(
        page,
        'the checker did not load',
        () => Boolean(document.querySelector('sixin-eligibility-checker')?.shadowRoot?.querySelector('.heading')),
        undefined,
      );
      assert.equal(await page.page.locator('#host-lit').textContent(), '宿主页面自己的 Lit 正常工作');
      assert.deepEqual(page.record.errors, []);
      assert.deepEqual(page.record.violations, []);
    } finally {
      await page.context.close();
    }
  });
});

describe("without 'allow-duplicates' the same pages break, which is why the docs ask for it", () => {
  test('two copies: the second copy throws as it loads', async () => {
    const page = await open('/no-duplicates/two-copies.html');
    try {
      assert.ok(
        page.record.errors.some((e) => /lit-html/.test(e)),
        `expected the second copy to fail on the lit-html policy; errors: ${page.record.errors.join('\n')}`,
      );
    } finally {
      await page.context.close();
    }
  });

  test('a host that created lit-html first: the bundle throws as it loads and no element registers', async () => {
    const page = await open('/no-duplicates/lit-first.html');
    try {
      assert.deepEqual(
        await versionsOf(page),
        TAGS.map(() => undefined),
      );
      assert.ok(
        page.record.errors.some((e) => /lit-html/.test(e)),
        page.record.errors.join('\n'),
      );
    } finally {
      await page.context.close();
    }
  });
});
