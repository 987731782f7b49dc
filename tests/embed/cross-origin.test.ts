// Embedding from another origin exactly as the embed docs say (site/src/lib/embed-security.ts, printed on /embed/ and
// in packages/elements/README.md): a host page on one origin, the widgets and data on another that sends the
// documented CORS headers, the host's policy with the documented directives, and the pinned standalone file with
// integrity and crossorigin. Then the same page against a widget origin without the headers, and with a wrong hash:
// the browser refuses both, so these checks can fail and the docs' headers and tag are what make them pass.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CROSS_ORIGIN_HEADERS, hostPolicyDirectives, integrityScriptTag } from '../../site/src/lib/embed-security.ts';
import { launchChromium, openWatchedPage, waitInPage, type WatchedPage } from './support/browser.ts';
import { elementsVersion, readBundle } from './support/bundle.ts';
import { exportedData } from './support/data.ts';
import { widgetCompanionFiles } from './support/host-routes.ts';
import { BUNDLE_FILE, EMBED_DIR } from './support/paths.ts';
import { startEmbedServer, type EmbedServer, type Route } from './support/server.ts';

const TAGS = ['sixin-category-tree', 'sixin-scope-search', 'sixin-eligibility-checker'];
const STANDALONE = join(dirname(BUNDLE_FILE), 'sixin-elements.standalone.js');
const integrity = () => `sha384-${createHash('sha384').update(readFileSync(STANDALONE)).digest('base64')}`;

let browser: Browser;
/** Where the widgets and data live: under /cors/ with the documented headers, under /plain/ without them. */
let widgets: EmbedServer;
/** The other site's pages. */
let host: EmbedServer;

before(async () => {
  const data = await exportedData();
  const version = elementsVersion();
  const served = new Map<string, Route>();
  const headers = Object.fromEntries(CROSS_ORIGIN_HEADERS);
  for (const [folder, extra] of [
    ['/cors', headers],
    ['/plain', {}],
  ] as const) {
    const js = (route: Route): Route => ({ ...route, csp: null, headers: extra });
    served.set(`${folder}/widgets/${version}/sixin-elements.standalone.js`, js({ file: STANDALONE }));
    served.set(
      `${folder}/widgets/sixin-elements.js`,
      js({ body: readBundle(), type: 'text/javascript; charset=utf-8' }),
    );
    for (const name of widgetCompanionFiles())
      served.set(`${folder}/widgets/${name}`, js({ file: join(dirname(BUNDLE_FILE), name) }));
    for (const [file, json] of data)
      served.set(`${folder}/data/${file}`, {
        body: json,
        type: 'application/json; charset=utf-8',
        csp: null,
        headers: extra,
      });
  }
  [browser, widgets] = await Promise.all([launchChromium(), startEmbedServer(served)]);

  const page = (script: string, folder: string) => {
    const src = (path: string) => `${widgets.origin}${folder}${path}`;
    return {
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>其他网站</title>
<link rel="stylesheet" href="/portal.css">
${script}
</head><body><div class="wrap">
<sixin-category-tree src="${src('/data/tree.json')}" theme="light"></sixin-category-tree>
<sixin-scope-search src="${src('/data/search-index.json')}" query="软件开发" href-template="" theme="light"></sixin-scope-search>
<sixin-eligibility-checker src="${src('/data/rules.json')}" url-state="none" theme="light"></sixin-eligibility-checker>
</div></body></html>`,
      type: 'text/html; charset=utf-8',
    };
  };
  const standalone = (folder: string, hash = integrity()) =>
    integrityScriptTag(`${widgets.origin}${folder}/widgets/${version}/sixin-elements.standalone.js`, hash);
  const split = (folder: string) =>
    `<script type="module" src="${widgets.origin}${folder}/widgets/sixin-elements.js"></script>`;
  const policy = [
    "default-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    ...hostPolicyDirectives(widgets.origin),
  ].join('; ');
  const hostRoutes = new Map<string, Route>([
    ['/portal.css', { file: join(EMBED_DIR, 'host', 'portal.css') }],
    ['/sri.html', page(standalone('/cors'), '/cors')],
    ['/split.html', page(split('/cors'), '/cors')],
    ['/no-cors.html', page(standalone('/plain'), '/plain')],
    [
      '/wrong-hash.html',
      page(standalone('/cors', `sha384-${createHash('sha384').update('another file').digest('base64')}`), '/cors'),
    ],
  ]);
  host = await startEmbedServer(hostRoutes, policy);
});
after(async () => {
  await Promise.all([browser?.close(), widgets?.close(), host?.close()]);
});

async function open(path: string): Promise<WatchedPage> {
  const page = await openWatchedPage(browser, host.origin, { alsoAllow: [widgets.origin] });
  await page.page.goto(host.origin + path);
  await waitInPage(page, `${path} did not finish loading`, () => document.readyState === 'complete', undefined);
  return page;
}

/** Every element registered and showing its data: the tree's items, the search's results, the checker's first question. */
async function expectWorking(page: WatchedPage) {
  await waitInPage(
    page,
    'the tree did not load its data from the other origin',
    () =>
      (document.querySelector('sixin-category-tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length ?? 0) >
      0,
    undefined,
  );
  await waitInPage(
    page,
    'the search did not search',
    () =>
      (document.querySelector('sixin-scope-search')?.shadowRoot?.querySelectorAll('[part~="category-link"]').length ??
        0) > 0,
    undefined,
  );
  await waitInPage(
    page,
    'the checker did not load its rules',
    () => Boolean(document.querySelector('sixin-eligibility-checker')?.shadowRoot?.querySelector('.heading')),
    undefined,
  );
  assert.deepEqual(page.record.violations, []);
  assert.deepEqual(page.record.errors, []);
  assert.deepEqual(page.record.foreignRequests, []);
}

describe('from another origin, as the docs say', () => {
  test('the pinned standalone file with integrity and crossorigin, and data, load under the documented policy and headers', async () => {
    const page = await open('/sri.html');
    try {
      await expectWorking(page);
      const fromWidgets = widgets.requests.filter((r) => r.path.startsWith('/cors/'));
      assert.ok(fromWidgets.length >= 4);
      assert.deepEqual(
        fromWidgets.filter((r) => r.headers.cookie),
        [],
        'no request carried cookies',
      );
    } finally {
      await page.context.close();
    }
  });

  test('the split bundle too, its search engine file included', async () => {
    const page = await open('/split.html');
    try {
      await expectWorking(page);
      assert.ok(
        widgets.requests.some((r) => /^\/cors\/widgets\/sixin-search-engine-[\w]+\.js$/.test(r.path)),
        'the engine came from the widget origin',
      );
    } finally {
      await page.context.close();
    }
  });
});

describe('what the browser refuses, which is why the docs ask for the headers and the exact tag', () => {
  const registered = (page: WatchedPage) =>
    page.page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);

  test('without the CORS headers, the module script is refused and no element registers', async () => {
    const page = await open('/no-cors.html');
    try {
      assert.deepEqual(await registered(page), []);
    } finally {
      await page.context.close();
    }
  });

  test('with a hash of another file, the script is refused and no element registers', async () => {
    const page = await open('/wrong-hash.html');
    try {
      assert.deepEqual(await registered(page), []);
      assert.ok(
        page.record.errors.some((e) => /integrity/i.test(e)),
        page.record.errors.join('\n'),
      );
    } finally {
      await page.context.close();
    }
  });
});
