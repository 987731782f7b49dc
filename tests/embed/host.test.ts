// The widgets on a page we do not control: a district portal with a strict Content-Security-Policy header (no inline
// script or style, Trusted Types required), a global stylesheet full of `*` rules and !important, large fonts, its own
// colours, and an old jQuery-style script that walks the DOM and binds global handlers (tests/embed/host/). The
// elements must upgrade from the one-file bundle, work with the keyboard, keep their own look, break no policy, log
// nothing, request nothing but the data URLs, and store nothing. One page is used through the whole journey, so the
// checks at the end cover everything that happened on it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  flushConsole,
  launchChromium,
  openWatchedPage,
  waitForRecord,
  waitInPage,
  type WatchedPage,
} from './support/browser.ts';
import { elementsVersion } from './support/bundle.ts';
import {
  hostRoutes,
  SECOND_VERSION,
  SECOND_WIDGET_URL,
  STANDALONE_WIDGET_URL,
  WIDGET_URL,
  widgetCompanionFiles,
} from './support/host-routes.ts';
import { startEmbedServer, type EmbedServer } from './support/server.ts';

/** Every element the bundle must register. */
const TAGS = ['sixin-category-tree', 'sixin-scope-search', 'sixin-eligibility-checker'] as const;
/** The data URLs the portal gives the elements in its markup: the only data any element may request. */
const DATA_URLS = ['/data/tree.json', '/data/search-index.json', '/data/rules.json'];
/** The portal's own files and ours (the bundle and what it loads on first use): everything else it may request. */
const PORTAL_FILES = [
  '/',
  '/portal.css',
  '/legacy.js',
  '/host.js',
  WIDGET_URL,
  ...widgetCompanionFiles().map((f) => `/widgets/${f}`),
];
/** What a business owner pastes: the 经营范围 of a licence, boilerplate and 许可项目 included. */
const PASTED_SCOPE =
  '一般项目：软件开发；信息技术咨询服务；人工智能应用软件开发；工业机器人制造（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：第二类增值电信业务。';

let browser: Browser;
let server: EmbedServer;
let portal: WatchedPage;

before(async () => {
  const [routes, launched] = await Promise.all([hostRoutes(), launchChromium()]);
  browser = launched;
  server = await startEmbedServer(routes);
  portal = await openWatchedPage(browser, server.origin);
  await portal.page.goto(`${server.origin}/`);
});

after(async () => {
  await portal?.context.close();
  await Promise.all([browser?.close(), server?.close()]);
});

/** Computed style values of the first element matching `selector` inside `host`'s shadow root. */
async function shadowStyle(host: string, selector: string, properties: string[]): Promise<Record<string, string>> {
  return portal.page.evaluate(
    ({ host, selector, properties }) => {
      const element = document.querySelector(host)?.shadowRoot?.querySelector(selector);
      if (!element) throw new Error(`no ${selector} in the shadow root of ${host}`);
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    },
    { host, selector, properties },
  );
}

const px = (value: string) => Number.parseFloat(value);
/** The element's default font stack (`--sixin-font-family`), as Chromium reports a computed font-family. */
const TOKEN_FONT_FAMILY = /^system-ui, -apple-system, "PingFang SC"/;

describe('the portal page with a strict CSP, hostile CSS and an old jQuery-style script', () => {
  test('the one-file bundle registers and upgrades every element', async () => {
    await waitInPage(
      portal,
      'the bundle did not register every element',
      (tags) => tags.every((t) => customElements.get(t)),
      [...TAGS],
    );
    const versions = await portal.page.evaluate(
      (tags) => tags.map((t) => (customElements.get(t) as unknown as { sixinVersion?: string }).sixinVersion),
      [...TAGS],
    );
    assert.deepEqual(
      versions,
      TAGS.map(() => elementsVersion()),
    );
    for (const tag of TAGS) {
      await waitInPage(
        portal,
        `<${tag}> on the portal page did not render`,
        (t) => Boolean(document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]')),
        tag,
      );
    }
  });

  test('tree: loads /data/tree.json, opens and moves with the keyboard, and the portal hears sixin-select', async () => {
    const items = portal.page.locator('#tree [role="treeitem"]');
    await waitInPage(
      portal,
      'the tree did not load /data/tree.json',
      () => document.querySelector('#tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length === 9,
      undefined,
    );
    await items.first().focus();
    await portal.page.keyboard.press('ArrowRight');
    await waitInPage(
      portal,
      'ArrowRight did not open 1 新一代信息技术产业',
      () =>
        document
          .querySelector('#tree')
          ?.shadowRoot?.querySelector('[role="treeitem"]')
          ?.getAttribute('aria-expanded') === 'true',
      undefined,
    );
    await portal.page.keyboard.press('ArrowDown');
    const focused = await portal.page.evaluate(
      () => (document.querySelector('#tree')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key,
    );
    assert.equal(focused, '1.1', 'ArrowDown after opening moves to the first child');
    await portal.page.keyboard.press('Enter');
    await waitInPage(
      portal,
      'the portal script did not show the chosen category',
      () => document.querySelector('#chosen')?.textContent?.startsWith('已选择：下一代信息网络产业'),
      undefined,
    );
    // The portal's own global key handler still sees the keys: the elements do not swallow events.
    assert.ok(
      (await portal.page.evaluate(() => (window as unknown as { portalStats: { keys: number } }).portalStats.keys)) >=
        3,
    );
  });

  test('search: a pasted 经营范围 gives grouped results, and the portal hears sixin-search', async () => {
    const input = portal.page.locator('#search [part~="input"]');
    await input.focus(); // the index and the search program load on first focus
    await portal.page.keyboard.insertText(PASTED_SCOPE); // what a paste does: one insertion, no key events
    await waitInPage(
      portal,
      'the portal script did not hear sixin-search',
      () => /^找到 [1-9]\d* 个相关分类$/.test(document.querySelector('#search-count')?.textContent ?? ''),
      undefined,
      15_000,
    );
    const results = await portal.page.evaluate(() =>
      [...(document.querySelector('#search')?.shadowRoot?.querySelectorAll('[part~="category-link"]') ?? [])].map((a) =>
        a.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    assert.ok(
      results.some((r) => r?.startsWith('1.3 ')),
      `软件开发 should find 1.3 新兴软件和新型信息技术服务; found ${results.join(' | ')}`,
    );
    assert.ok(
      results.some((r) => r?.startsWith('2.1 ')),
      `工业机器人制造 should find 2.1 智能制造装备产业; found ${results.join(' | ')}`,
    );
    const count = Number(/\d+/.exec((await portal.page.locator('#search-count').textContent()) ?? '')?.[0]);
    assert.equal(count, results.length, 'the event and the page show the same categories');
  });

  test("the host's * rules, !important and inline styles do not reach inside; its tokens do", async () => {
    const base = await shadowStyle('#tree', '[part~="base"]', ['font-family', 'font-size', 'line-height', 'color']);
    assert.match(base['font-family'], TOKEN_FONT_FAMILY, "font from --sixin-font-family, not the portal's SimSun");
    assert.equal(
      base.color,
      'rgb(27, 31, 36)',
      "text colour from --sixin-color-text, not the portal's * { color: #333 !important }",
    );
    const hostFontSize = await portal.page.evaluate(() => getComputedStyle(document.querySelector('#tree')!).fontSize);
    assert.equal(base['font-size'], hostFontSize, 'base size is 1em of the surrounding text (--sixin-font-size)');
    assert.equal(
      px(base['line-height']),
      px(base['font-size']) * 1.5,
      'line height from --sixin-line-height, not * { line-height: 2 !important }',
    );
    const filter = await shadowStyle('#tree', '[part~="filter"]', ['font-size', 'background-color']);
    assert.equal(
      filter['font-size'],
      base['font-size'],
      "the filter box keeps the element's size, not input { font-size: 12px !important }",
    );
    assert.equal(filter['background-color'], 'rgb(255, 255, 255)', "the filter box keeps the element's surface colour");
    for (const host of ['#search', '#checker']) {
      const other = await shadowStyle(host, '[part~="base"]', ['font-family', 'font-size', 'color']);
      assert.deepEqual(
        { ...other, 'font-family': TOKEN_FONT_FAMILY.test(other['font-family']) },
        { 'font-family': true, 'font-size': base['font-size'], color: base.color },
        host,
      );
    }
    const textarea = await shadowStyle('#search', '[part~="input"]', ['font-size', 'background-color']);
    assert.deepEqual(
      textarea,
      { 'font-size': base['font-size'], 'background-color': 'rgb(255, 255, 255)' },
      'the search box ignores textarea { 12px; #fffbe6 !important }',
    );
    for (const [host, part] of [
      ['#search', 'submit-button'],
      ['#checker', 'continue-button'],
    ]) {
      const button = await shadowStyle(host, `[part~="${part}"]`, ['font-size', 'background-color', 'color']);
      assert.deepEqual(
        button,
        { 'font-size': base['font-size'], 'background-color': 'rgb(11, 87, 208)', color: 'rgb(255, 255, 255)' },
        `${host} ${part} ignores button { #c00000 !important }`,
      );
    }
    const heading = await shadowStyle('#checker', '[part~="heading"]', ['color', 'font-size']);
    assert.equal(heading.color, base.color, "the checker's heading ignores h2 { color: #a40000 !important }");
    assert.notEqual(heading['font-size'], '24px', "the checker's heading ignores h2 { font-size: 2.4rem !important }");
    // The sidebar sets --sixin-color-accent: #9b0000 the documented way: the chosen item shows it.
    const selected = await shadowStyle('#tree', '[part~="item-selected"]', [
      'border-inline-start-color',
      'background-color',
    ]);
    assert.equal(selected['border-inline-start-color'], 'rgb(155, 0, 0)');
    assert.equal(selected['background-color'], 'rgb(251, 233, 233)');
  });

  test('the focus ring shows despite *:focus { outline: none !important }', async () => {
    await portal.page.locator('#tree [role="treeitem"]').first().focus();
    await portal.page.keyboard.press('ArrowDown');
    const ring = await portal.page.evaluate(() => {
      const active = document.querySelector('#tree')?.shadowRoot?.activeElement;
      if (!active) throw new Error('nothing focused inside the tree');
      const style = getComputedStyle(active);
      return {
        style: style.outlineStyle,
        width: style.outlineWidth,
        color: style.outlineColor,
        visible: active.matches(':focus-visible'),
      };
    });
    assert.deepEqual(ring, { style: 'solid', width: '3px', color: 'rgb(155, 0, 0)', visible: true });
    // Outside the red sidebar, the default ring: the checker's button after a Tab from the page.
    await portal.page.locator('#checker [part~="button"]').first().focus();
    await portal.page.keyboard.press('Shift+Tab');
    await portal.page.keyboard.press('Tab');
    const buttonRing = await portal.page.evaluate(() => {
      const active = document.querySelector('#checker')?.shadowRoot?.activeElement;
      if (!active) throw new Error('nothing focused inside the checker');
      const style = getComputedStyle(active);
      return {
        style: style.outlineStyle,
        width: style.outlineWidth,
        color: style.outlineColor,
        visible: active.matches(':focus-visible'),
      };
    });
    assert.deepEqual(buttonRing, { style: 'solid', width: '3px', color: 'rgb(11, 87, 208)', visible: true });
  });

  test('boxes keep sane sizes inside the fixed-width portal columns', async () => {
    const boxes = await portal.page.evaluate(
      (tags) => {
        return tags.map((tag) => {
          const element = document.querySelector(tag) as HTMLElement;
          const base = element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
          const column = element.parentElement as HTMLElement;
          const box = element.getBoundingClientRect();
          return {
            tag,
            width: box.width,
            height: box.height,
            column: column.clientWidth,
            overflow: base.scrollWidth - base.clientWidth,
          };
        });
      },
      [...TAGS],
    );
    for (const box of boxes) {
      assert.ok(
        box.width >= 240 && box.width <= box.column,
        `<${box.tag}> is ${box.width}px wide in a ${box.column}px column`,
      );
      assert.ok(box.height >= 40, `<${box.tag}> is only ${box.height}px high`);
      assert.ok(box.overflow <= 0, `<${box.tag}> overflows sideways by ${box.overflow}px`);
    }
    const itemHeights = await portal.page.evaluate(() =>
      [...(document.querySelector('#tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]') ?? [])].map(
        (el) => el.getBoundingClientRect().height,
      ),
    );
    const fontSize = px((await shadowStyle('#tree', '[part~="base"]', ['font-size']))['font-size']);
    for (const height of itemHeights)
      assert.ok(
        height >= fontSize * 1.2 && height <= fontSize * 4.5,
        `a tree item is ${height}px high at ${fontSize}px text`,
      );
  });

  test("the widgets follow the portal's 字号 switcher (text size is inherited on purpose)", async () => {
    await portal.page.click('.font-size a[data-size="22px"]');
    for (const tag of TAGS) {
      await waitInPage(
        portal,
        `<${tag}> did not follow the portal's text size`,
        (t) => {
          const base = document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]');
          return base && getComputedStyle(base).fontSize === '22px';
        },
        tag,
      );
    }
  });

  test('checker: answered with the keyboard from the first question to a result', async () => {
    const checker = portal.page.locator('#checker');
    const heading = () =>
      portal.page.evaluate(
        () =>
          document.querySelector('#checker')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? '',
      );
    const hasResult = () =>
      portal.page.evaluate(() =>
        Boolean(document.querySelector('#checker')?.shadowRoot?.querySelector('[part~="measure"]')),
      );
    for (let page = 0; page < 20 && !(await hasResult()); page++) {
      const before = await heading();
      const firstOption = checker.locator('input[type="radio"]').first();
      if (await firstOption.count()) {
        await firstOption.focus();
        await portal.page.keyboard.press('Space');
      }
      await checker.locator('[part~="continue-button"]').focus();
      await portal.page.keyboard.press('Enter');
      await waitInPage(
        portal,
        `the checker did not move on from "${before}"`,
        (previous) => {
          const root = document.querySelector('#checker')?.shadowRoot;
          return (
            Boolean(root?.querySelector('[part~="measure"]')) ||
            root?.querySelector('[part~="heading"]')?.textContent?.trim() !== previous
          );
        },
        before,
      );
    }
    assert.ok(await hasResult(), 'no result after 20 pages');
    await waitInPage(
      portal,
      'the portal script did not hear sixin-checker-complete',
      () => /^自查完成：\d+ 项措施适用$/.test(document.querySelector('#checker-outcome')?.textContent ?? ''),
      undefined,
    );
  });

  test('no console error or warning, no uncaught exception, no CSP or Trusted Types violation', () => {
    assert.deepEqual(portal.record.errors, []);
    assert.deepEqual(portal.record.warnings, []);
    assert.deepEqual(portal.record.violations, []);
  });

  test("nothing but the portal's own files and the data URLs it gave is requested, and data goes without cookies", () => {
    assert.deepEqual(portal.record.foreignRequests, []);
    const paths = portal.record.requests.map((url) => new URL(url).pathname);
    const unexpected = paths.filter((p) => !PORTAL_FILES.includes(p) && !DATA_URLS.includes(p));
    assert.deepEqual(unexpected, []);
    const dataRequests = server.requests.filter((r) => r.path.startsWith('/data/'));
    assert.deepEqual([...new Set(dataRequests.map((r) => r.path))].sort(), [...DATA_URLS].sort());
    // The portal set a cookie before any element ran, and requests made with the browser's defaults carry it; the
    // elements' requests for data do not.
    const withCookie = server.requests.filter((r) => r.path.startsWith('/data/') && r.headers.cookie !== undefined);
    assert.deepEqual(
      withCookie.map((r) => `${r.path} Cookie: ${r.headers.cookie}`),
      [],
    );
  });

  test('the cookie check above means something: a default same-origin fetch does carry the portal cookie', async () => {
    await portal.page.evaluate(() => fetch('/portal.css').then((r) => r.text()));
    const probe = server.requests.filter((r) => r.path === '/portal.css').at(-1);
    assert.equal(probe?.headers.cookie, 'portal_visit=1');
  });

  test('no cookie or storage written by the elements: only what the portal itself stored', async () => {
    const cookies = (await portal.context.cookies()).map((c) => c.name);
    assert.deepEqual(cookies, ['portal_visit'], 'the portal sets its cookie; the elements add none');
    const storage = await portal.page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
    }));
    assert.deepEqual(storage, { local: ['portal-font-size'], session: [], indexedDB: [], caches: [] });
  });
});

describe('dark mode on the portal', () => {
  test('without a theme attribute the elements follow the visitor\'s dark mode; theme="light" pins them', async () => {
    const dark = await openWatchedPage(browser, server.origin, { colorScheme: 'dark' });
    try {
      await dark.page.goto(`${server.origin}/`);
      await waitInPage(
        dark,
        'the elements did not render',
        (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]')),
        [...TAGS],
      );
      const surfaces = await dark.page.evaluate(
        (tags) =>
          tags.map(
            (t) =>
              getComputedStyle(document.querySelector(t)!.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor,
          ),
        [...TAGS],
      );
      assert.deepEqual(
        surfaces,
        TAGS.map(() => 'rgb(22, 27, 34)'),
        'the dark --sixin-color-surface',
      );
      await dark.page.evaluate(() => document.querySelector('#search')!.setAttribute('theme', 'light'));
      await waitInPage(
        dark,
        'theme="light" did not pin the search light',
        () =>
          getComputedStyle(document.querySelector('#search')!.shadowRoot!.querySelector('[part~="base"]')!)
            .backgroundColor === 'rgb(255, 255, 255)',
        undefined,
      );
      assert.deepEqual(dark.record.errors, []);
    } finally {
      await dark.context.close();
    }
  });
});

describe('English on the portal', () => {
  test('lang="en" on the page: the English strings arrive from the bundle\'s folder under the same strict policy', async () => {
    const english = await openWatchedPage(browser, server.origin);
    try {
      await english.page.goto(`${server.origin}/`);
      await waitInPage(
        english,
        'the tree did not render',
        () => Boolean(document.querySelector('#tree')?.shadowRoot?.querySelector('[role="tree"]')),
        undefined,
      );
      await english.page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await waitInPage(
        english,
        'the elements did not switch to English',
        () =>
          document.querySelector('#tree')?.shadowRoot?.querySelector('[part~="filter-label"]')?.textContent?.trim() ===
            'Filter categories' &&
          document.querySelector('#search')?.shadowRoot?.querySelector('[part~="label"]')?.textContent?.trim() ===
            'Business scope or keyword',
        undefined,
      );
      assert.ok(
        english.record.requests.some((url) => /\/widgets\/sixin-strings-en-[0-9a-f]{8}\.js$/.test(url)),
        'the English strings file was not fetched',
      );
      assert.deepEqual(english.record.errors, []);
      assert.deepEqual(english.record.warnings, []);
      assert.deepEqual(english.record.violations, []);
      assert.deepEqual(english.record.foreignRequests, []);
    } finally {
      await english.context.close();
    }
  });
});

describe('the standalone bundle, for sites that can host one file only', () => {
  test('search and English work on the portal, and nothing is fetched from /widgets/ but that one file', async () => {
    const page = await openWatchedPage(browser, server.origin);
    try {
      await page.page.goto(`${server.origin}/standalone/`);
      await waitInPage(
        page,
        'the elements did not render',
        (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]')),
        [...TAGS],
      );
      await page.page.locator('#search [part~="input"]').focus();
      await page.page.keyboard.insertText(PASTED_SCOPE);
      await waitInPage(
        page,
        'no search results',
        () => /^找到 [1-9]\d* 个相关分类$/.test(document.querySelector('#search-count')?.textContent ?? ''),
        undefined,
        15_000,
      );
      await page.page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await waitInPage(
        page,
        'the elements did not switch to English',
        () =>
          document.querySelector('#search')?.shadowRoot?.querySelector('[part~="label"]')?.textContent?.trim() ===
          'Business scope or keyword',
        undefined,
      );
      const widgets = page.record.requests
        .map((url) => new URL(url).pathname)
        .filter((path) => path.startsWith('/widgets/'));
      assert.deepEqual(widgets, [STANDALONE_WIDGET_URL]);
      assert.deepEqual(page.record.errors, []);
      assert.deepEqual(page.record.warnings, []);
      assert.deepEqual(page.record.violations, []);
      assert.deepEqual(page.record.foreignRequests, []);
    } finally {
      await page.context.close();
    }
  });
});

describe('the checks above are real', () => {
  test('the portal page really enforces its policy: markup strings, inline styles and other origins are refused', async () => {
    const probe = await openWatchedPage(browser, server.origin);
    try {
      await probe.page.goto(`${server.origin}/`);
      const outcome = await probe.page.evaluate(async () => {
        let markupRefused = false;
        try {
          document.createElement('div').innerHTML = '<b>markup</b>';
        } catch {
          markupRefused = true;
        }
        const styled = document.body.appendChild(document.createElement('span'));
        styled.setAttribute('style', 'color: rgb(1, 2, 3) !important');
        const inlineStyleRefused = getComputedStyle(styled).color !== 'rgb(1, 2, 3)';
        const image = document.body.appendChild(document.createElement('img'));
        const loaded = new Promise<boolean>((resolve) => {
          image.onload = () => resolve(true);
          image.onerror = () => resolve(false);
        });
        image.src = 'https://example.org/tracker.gif';
        return { markupRefused, inlineStyleRefused, imageLoaded: await loaded };
      });
      assert.deepEqual(outcome, { markupRefused: true, inlineStyleRefused: true, imageLoaded: false });
      await waitForRecord(
        probe,
        'the refusals were not reported as violations',
        (record) => record.violations.length >= 3,
      );
      const directives = probe.record.violations.map((v) => v.split(' ')[0]).sort();
      assert.deepEqual(directives, ['img-src', 'require-trusted-types-for', 'style-src-attr']);
      assert.deepEqual(probe.record.foreignRequests, [], 'the policy stopped the image before any request left');
    } finally {
      await probe.context.close();
    }
  });
});

describe('two copies of the bundle on one page', () => {
  test('a second copy with another version: no exception, the first copy stays in charge, the warning names both versions', async () => {
    const page = await openTwoCopies();
    try {
      const versions = await page.page.evaluate(
        (tags) =>
          tags.map((t) => (customElements.get(t) as unknown as { sixinVersion?: string } | undefined)?.sixinVersion),
        [...TAGS],
      );
      assert.deepEqual(
        versions,
        TAGS.map(() => elementsVersion()),
        'the first copy registered every tag',
      );
      assert.deepEqual(page.record.errors, []);
      assert.deepEqual(page.record.violations, []);
      assert.ok(page.record.warnings.length >= 1, 'the second copy said nothing');
      for (const warning of page.record.warnings) {
        assert.ok(
          warning.includes(elementsVersion()) && warning.includes(SECOND_VERSION),
          `a warning that does not name both versions: ${warning}`,
        );
      }
    } finally {
      await page.context.close();
    }
  });

  test('the second copy logs one warning, not one per element', async () => {
    const page = await openTwoCopies();
    try {
      assert.equal(page.record.warnings.length, 1, `expected one warning, got:\n${page.record.warnings.join('\n')}`);
    } finally {
      await page.context.close();
    }
  });
});

/** The page with two copies of the bundle, once both have run and the first copy's tree has rendered. */
async function openTwoCopies(): Promise<WatchedPage> {
  const page = await openWatchedPage(browser, server.origin);
  await page.page.goto(`${server.origin}/two-copies.html`);
  await waitInPage(
    page,
    'the second copy did not run',
    (url) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(url)),
    SECOND_WIDGET_URL,
  );
  await waitInPage(
    page,
    'the tree did not render',
    () => document.querySelector('sixin-category-tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length === 2,
    undefined,
  );
  // Both module scripts have run once the page has loaded; then every warning they wrote reaches the test before the
  // mark that flushConsole writes.
  await waitInPage(page, 'the page did not finish loading', () => document.readyState === 'complete', undefined);
  await flushConsole(page);
  return page;
}
