// Hostile data and hostile hosts against the built bundle, in Chromium, on a page with no Content-Security-Policy (so
// that anything that ran script really would run it): issue 15's rows, each as a fixture served to the elements.
// After every case the page must still answer its own button (it did not freeze), no script may have run
// (window.__pwned), no link in any shadow root may lead anywhere but a relative or http(s) address, and a refused
// file must be named by a specific problem in the element.
//
// The search index's own rows (a category that is its own parent, term sources such as `constructor`,
// `sections:{"I":5}`) are here too; the slow inputs of the search are in core's hostile.test.ts, with their figures
// in `npm run bench -- search` (time is never asserted).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { enumeratePaths, evaluate } from '@sixin/core/rules';
import type { RulesData, SearchIndex } from '@sixin/core';
import { launchChromium, openWatchedPage, waitInPage, type WatchedPage } from './support/browser.ts';
import { exportedData } from './support/data.ts';
import { hostRoutes } from './support/host-routes.ts';
import { EMBED_DIR } from './support/paths.ts';
import { startEmbedServer, type EmbedServer, type Route } from './support/server.ts';
import { join } from 'node:path';

interface Category {
  id: string;
  code: string | null;
  level: number;
  name: string;
  parent: string | null;
  children?: string[];
  [field: string]: unknown;
}

const PAYLOAD = 'javascript:window.__pwned=1';
const MARKUP = '<img src=x onerror="window.__pwned=1">';

let browser: Browser;
let server: EmbedServer;
let page: WatchedPage;
let rules: RulesData;
let tree: { categories: Category[] };
let index: SearchIndex;

/** The fixtures, by name under /hostile/: each a way data can be wrong, built from the real export. */
function fixtures(): Map<string, unknown> {
  const copy = <T>(value: T): T => structuredClone(value);
  const out = new Map<string, unknown>();

  // 1: links and markup in data.
  const scripted = copy(tree);
  for (const c of scripted.categories) {
    c.href = PAYLOAD;
    if (c.level === 1) c.name = `${c.name}${MARKUP}`;
  }
  out.set('script-links.json', scripted);

  // 3: one child listed thousands of times (15 KB, which multiplied its subtree a million times), and too much data.
  const repeated = {
    categories: [
      { id: '1', code: '1', level: 1, name: '一', parent: null, children: Array(1500).fill('1.1') },
      { id: '1.1', code: '1.1', level: 2, name: '二', parent: '1', children: Array(1500).fill('1.1/x') },
      { id: '1.1/x', code: null, level: 3, name: '三', parent: '1.1', children: [] },
    ],
  };
  out.set('repeated-child.json', repeated);
  out.set('too-many.json', {
    categories: Array.from({ length: 6000 }, (_, i) => ({
      id: String(i + 1),
      code: String(i + 1),
      level: 1,
      name: 'x',
      parent: null,
    })),
  });

  // 8: ids that would make URLs, and a parent after its child.
  const badIds = copy(tree);
  badIds.categories[0]!.id = '//evil.example/x';
  out.set('bad-id.json', badIds);
  const badClause = copy(rules) as unknown as { clauses: Array<{ id: string }> };
  badClause.clauses[0]!.id = PAYLOAD;
  out.set('rules-bad-clause.json', badClause);

  // 4: a chain of thousands of questions (valid: it must just work), and the same chain looping back.
  const chain = copy(rules);
  const count = 5000;
  chain.questions = Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    title: { 'zh-CN': `第 ${i + 1} 个问题`, en: `Question ${i + 1}` },
    terms: [],
    options: [
      { id: 'yes', label: { 'zh-CN': '是', en: 'Yes' }, next: i + 1 < count ? `q${i + 1}` : 'end' },
      { id: 'no', label: { 'zh-CN': '否', en: 'No' }, next: 'end' },
    ],
  }));
  chain.start = 'q0';
  for (const measure of chain.measures)
    measure.rules = [{ ...measure.rules[0]!, when: {}, licensed: undefined } as never];
  out.set('rules-chain.json', chain);
  const loop = copy(chain);
  loop.questions[count - 1]!.options[0]!.next = 'q0';
  out.set('rules-loop.json', loop);

  // 2 and 4: a search index whose categories loop, and one whose letters and sections reach Object.prototype.
  const selfParent = copy(index);
  selfParent.categories[1]![3] = 1;
  out.set('index-self-parent.json', selfParent);
  const cycle = copy(index);
  cycle.categories[1]![3] = 2;
  cycle.categories[2]![3] = 1;
  out.set('index-cycle.json', cycle);
  const protoSource = copy(index);
  protoSource.terms[0]![1] = 'constructor' as never;
  out.set('index-proto-source.json', protoSource);
  const badSections = copy(index) as unknown as { sections: Record<string, unknown> };
  badSections.sections.I = 5;
  out.set('index-bad-sections.json', badSections);
  return out;
}

/** Responses written by hand: one that trickles for ever (until it is asked for again), and 9 MB of JSON. */
let trickleServed = 0;
function responders(data: Map<string, string>): Map<string, Route> {
  const out = new Map<string, Route>();
  out.set('/hostile/trickle.json', {
    csp: null,
    respond: (req, res) => {
      // The first request trickles a space a second; the retry gets the real file.
      if (trickleServed++ > 0) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(data.get('tree.json'));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write(' ');
      const timer = setInterval(() => res.write(' '), 1000);
      req.on('close', () => clearInterval(timer));
      res.on('close', () => clearInterval(timer));
    },
  });
  out.set('/hostile/huge.json', {
    csp: null,
    respond: (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, ' ');
      let sent = 0;
      const more = () => {
        while (sent < 9 * 16) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end('{}');
      };
      res.on('error', () => {});
      more();
    },
  });
  return out;
}

before(async () => {
  const data = await exportedData();
  rules = JSON.parse(data.get('rules.json')!) as RulesData;
  tree = JSON.parse(data.get('tree.json')!) as { categories: Category[] };
  index = JSON.parse(data.get('search-index.json')!) as SearchIndex;
  const routes = await hostRoutes();
  routes.set('/hostile.html', { file: join(EMBED_DIR, 'host', 'hostile.html'), csp: null });
  routes.set('/hostile.js', { file: join(EMBED_DIR, 'host', 'hostile.js'), csp: null });
  for (const [name, value] of fixtures())
    routes.set(`/hostile/${name}`, { body: JSON.stringify(value), type: 'application/json; charset=utf-8', csp: null });
  for (const [path, route] of responders(data)) routes.set(path, route);
  [browser, server] = await Promise.all([launchChromium(), startEmbedServer(routes)]);
  page = await openWatchedPage(browser, server.origin);
});
after(async () => {
  await page?.context.close();
  await Promise.all([browser?.close(), server?.close()]);
});

let cases = 0;
/** Opens a fresh host page (`query`: `?polluted`) and puts one element on it with these attributes. */
async function place(tag: string, attributes: Record<string, string>, options: { query?: string; hash?: string } = {}) {
  // A query of its own each time: a URL that differed only in its fragment would not load a new page.
  const query = `?case=${++cases}${(options.query ?? '').replace(/^\?/, '&')}`;
  await page.page.goto(`${server.origin}/hostile.html${query}${options.hash ?? ''}`);
  await waitInPage(page, 'the bundle did not register', (t) => Boolean(customElements.get(t)), tag);
  await page.page.evaluate(
    ({ tag, attributes }) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.getElementById('stage')!.append(element);
    },
    { tag, attributes },
  );
}

/** Waits for the element's first `sixin-load` or `sixin-error`; returns the problem code, or null when it loaded. */
async function settled(): Promise<string | null> {
  await waitInPage(
    page,
    'the element neither loaded nor reported a problem',
    () => (window as unknown as { __events: unknown[] }).__events.length > 0,
    undefined,
  );
  return page.page.evaluate(
    () => (window as unknown as { __events: Array<{ code: string | null }> }).__events[0]!.code,
  );
}

/** The text of the element's error box, through nested shadow roots. */
const alertText = () =>
  page.page.evaluate(
    () =>
      document
        .querySelector('#stage > *')
        ?.shadowRoot?.querySelector('[role="alert"]')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? '',
  );

/** What must hold after every case: the page answers, no script ran, and no link in any shadow root can run script. */
async function expectUnharmed() {
  const clicksBefore = await page.page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);
  await page.page.click('#host-button');
  assert.equal(
    await page.page.evaluate(() => (window as unknown as { __clicks: number }).__clicks),
    clicksBefore + 1,
    'the page still answers its own button',
  );
  const found = await page.page.evaluate(() => {
    const links: string[] = [];
    const markup: string[] = [];
    const roots: Array<Document | ShadowRoot> = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        if (
          root !== document &&
          (element.localName === 'img' || element.localName === 'script' || element.localName === 'iframe')
        )
          markup.push(element.outerHTML);
        const href = element.getAttribute('href');
        if (href !== null && !/^(https?:|\/|#|\?|[\w.-]+\/|\.)/.test(href.trim())) links.push(href);
      }
    }
    return { pwned: (window as unknown as { __pwned: number }).__pwned, links, markup };
  });
  assert.deepEqual(found, { pwned: 0, links: [], markup: [] });
}

describe('data that tries to become script', () => {
  test('1: javascript: hrefs and markup in the directory render as text, never as links or elements, even when clicked', async () => {
    await place('sixin-category-tree', { src: '/hostile/script-links.json' });
    assert.equal(await settled(), null);
    const first = page.page.locator('sixin-category-tree [role="treeitem"]').first();
    assert.match((await first.textContent()) ?? '', /<img src=x onerror=/, 'the markup is shown as text');
    await first.click();
    await page.page.keyboard.press('Enter');
    await expectUnharmed();
  });

  test('1: inside the checker, categories chosen from that directory are shown and linked safely', async () => {
    await place('sixin-eligibility-checker', {
      src: '/data/rules.json',
      'tree-src': '/hostile/script-links.json',
      'href-template': '/directory/{id}/',
      'url-state': 'none',
    });
    await waitInPage(
      page,
      'the embedded tree did not render',
      () =>
        Boolean(
          document
            .querySelector('sixin-eligibility-checker')
            ?.shadowRoot?.querySelector('sixin-category-tree')
            ?.shadowRoot?.querySelector('[role="treeitem"]'),
        ),
      undefined,
    );
    await page.page.locator('sixin-eligibility-checker sixin-category-tree [role="treeitem"]').first().click();
    await waitInPage(
      page,
      'the choice is not shown',
      () =>
        Boolean(document.querySelector('sixin-eligibility-checker')?.shadowRoot?.querySelector('[part~="found"] a')),
      undefined,
    );
    const href = await page.page.locator('sixin-eligibility-checker [part~="found"] a').getAttribute('href');
    assert.equal(href, '/directory/1/');
    await expectUnharmed();
  });

  test('8: an id that would make a URL elsewhere, and a clause id that is a script, are refused by name', async () => {
    await place('sixin-category-tree', { src: '/hostile/bad-id.json' });
    assert.equal(await settled(), 'bad-field');
    await waitInPage(
      page,
      'no explanation',
      () => /id 字段有误/.test(document.querySelector('#stage > *')?.shadowRoot?.textContent ?? ''),
      undefined,
    );
    await expectUnharmed();
    await place('sixin-eligibility-checker', { src: '/hostile/rules-bad-clause.json', 'url-state': 'none' });
    assert.equal(await settled(), 'rules-invalid');
    await waitInPage(
      page,
      'no explanation',
      () => /clauses\[0\]\.id/.test(document.querySelector('#stage > *')?.shadowRoot?.textContent ?? ''),
      undefined,
    );
    await expectUnharmed();
  });
});

describe('search indexes that try to loop or reach Object.prototype', () => {
  for (const [name, what] of [
    ['index-self-parent.json', 'a category that is its own parent'],
    ['index-cycle.json', "two categories that are each other's parent"],
    ['index-proto-source.json', 'a term whose source is "constructor"'],
    ['index-bad-sections.json', 'a section that lists no divisions'],
  ] as const) {
    test(`2 and 4: ${what} is refused by name on the first search, and the page does not freeze`, async () => {
      await place('sixin-scope-search', { src: `/hostile/${name}` });
      await page.page.locator('sixin-scope-search textarea, sixin-scope-search input').first().focus();
      assert.equal(await settled(), 'not-search-index');
      await waitInPage(
        page,
        'no explanation',
        (file) =>
          new RegExp(`${file} 不是可用的检索索引`).test(
            document.querySelector('#stage > *')?.shadowRoot?.textContent ?? '',
          ),
        `/hostile/${name}`,
      );
      await expectUnharmed();
    });
  }
});

describe('data that tries to freeze or stall the page', () => {
  test('3: one child listed 1,500 times under a child listed 1,500 times is refused by name, at once', async () => {
    await place('sixin-category-tree', { src: '/hostile/repeated-child.json' });
    assert.equal(await settled(), 'duplicate-child');
    await waitInPage(
      page,
      'no explanation',
      () => /列了不止一次/.test(document.querySelector('#stage > *')?.shadowRoot?.textContent ?? ''),
      undefined,
    );
    await expectUnharmed();
  });

  test('3: 6,000 categories, and 9 MB of JSON, are refused by name', async () => {
    await place('sixin-category-tree', { src: '/hostile/too-many.json' });
    assert.equal(await settled(), 'too-many');
    await expectUnharmed();
    await place('sixin-category-tree', { src: '/hostile/huge.json' });
    assert.equal(await settled(), 'too-large');
    await waitInPage(
      page,
      'no explanation',
      () => /超过 8 MB/.test(document.querySelector('#stage > *')?.shadowRoot?.textContent ?? ''),
      undefined,
    );
    await expectUnharmed();
  });

  test('4: a chain of 5,000 questions just works, and a loop through it is refused by name', async () => {
    await place('sixin-eligibility-checker', { src: '/hostile/rules-chain.json', 'url-state': 'none' });
    assert.equal(await settled(), null);
    await waitInPage(
      page,
      'the first question is not shown',
      () =>
        /第 1 步.*第 1 个问题/.test(document.querySelector('sixin-eligibility-checker')?.shadowRoot?.textContent ?? ''),
      undefined,
    );
    await expectUnharmed();
    await place('sixin-eligibility-checker', { src: '/hostile/rules-loop.json', 'url-state': 'none' });
    assert.equal(await settled(), 'rules-invalid');
    await waitInPage(
      page,
      'no explanation',
      () => /不绕圈/.test(document.querySelector('#stage > *')?.shadowRoot?.textContent ?? ''),
      undefined,
    );
    await expectUnharmed();
  });

  test('10: a response that trickles for ever is given up after 60 seconds (of the page’s clock), and the retry recovers', async () => {
    trickleServed = 0;
    await page.page.clock.install();
    try {
      await place('sixin-category-tree', { src: '/hostile/trickle.json' });
      await waitInPage(
        page,
        'not loading',
        () => /正在加载/.test(document.querySelector('#stage > *')?.shadowRoot?.textContent ?? ''),
        undefined,
      );
      await page.page.clock.runFor(61_000);
      assert.equal(await settled(), 'timeout');
      assert.match(await alertText(), /在 60 秒内没有加载完/);
      await page.page.locator('sixin-category-tree [part="retry-button"]').click();
      await waitInPage(
        page,
        'the retry did not load the tree',
        () => (document.querySelector('#stage > *')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length ?? 0) > 0,
        undefined,
      );
      await expectUnharmed();
    } finally {
      await page.page.clock.resume().catch(() => {});
    }
  });
});

describe('shared checker links that try to mislead or stall', () => {
  const checker = { src: '/data/rules.json', 'url-state': 'hash' };
  const linkProblem = () =>
    page.page.evaluate(
      () =>
        document
          .querySelector('sixin-eligibility-checker')
          ?.shadowRoot?.querySelector('[part~="link-problem"]')
          ?.textContent?.replace(/\s+/g, ' ')
          .trim() ?? '',
    );

  test('9: a 100 KB fragment of answers is refused as damaged, at once', async () => {
    await place('sixin-eligibility-checker', checker, { hash: `#answers=v1;${'in-directory:yes,'.repeat(6000)}` });
    await waitInPage(
      page,
      'no link problem',
      () =>
        Boolean(
          document.querySelector('sixin-eligibility-checker')?.shadowRoot?.querySelector('[part~="link-problem"]'),
        ),
      undefined,
    );
    assert.match(await linkProblem(), /链接中的回答不完整或已损坏/);
    await expectUnharmed();
  });

  test('9: questions, answers and categories the rules do not have are never repeated into the page', async () => {
    await place('sixin-eligibility-checker', checker, {
      hash: '#answers=v1;registered-in:jiangbei,in-directory:yes,call-4008-123-456-now:yes',
    });
    await waitInPage(
      page,
      'no link problem',
      () =>
        Boolean(
          document.querySelector('sixin-eligibility-checker')?.shadowRoot?.querySelector('[part~="link-problem"]'),
        ),
      undefined,
    );
    assert.doesNotMatch(await linkProblem(), /4008/);
    const fabricated = '#answers=v1;registered-in:jiangbei,in-directory:yes;c:9.99';
    await place('sixin-eligibility-checker', { ...checker, 'tree-src': '/data/tree.json' }, { hash: fabricated });
    await waitInPage(
      page,
      'no link problem',
      () =>
        Boolean(
          document.querySelector('sixin-eligibility-checker')?.shadowRoot?.querySelector('[part~="link-problem"]'),
        ),
      undefined,
    );
    assert.match(await linkProblem(), /链接中的分类已不在目录中/);
    await place('sixin-eligibility-checker', checker, { hash: fabricated });
    await waitInPage(
      page,
      'the checker did not open the link',
      () => Boolean(document.querySelector('sixin-eligibility-checker')?.shadowRoot?.querySelector('.heading')),
      undefined,
    );
    assert.doesNotMatch(
      await page.page.evaluate(() => document.querySelector('sixin-eligibility-checker')!.shadowRoot!.textContent!),
      /9\.99/,
    );
    await expectUnharmed();
  });
});

describe('a host whose Object.prototype another script changed', () => {
  /** The tree's rows and the checker's outcomes for one complete set of answers, on the clean or the polluted page. */
  async function results(query: string) {
    const path = enumeratePaths(rules).reduce((a, b) => (Object.keys(b).length > Object.keys(a).length ? b : a));
    const hash = `#answers=v1;${Object.entries(path)
      .map(([q, o]) => `${q}:${o}`)
      .join(',')}`;
    await place('sixin-eligibility-checker', { src: '/data/rules.json', 'url-state': 'hash' }, { query, hash });
    await waitInPage(
      page,
      'no result',
      () =>
        (document.querySelector('sixin-eligibility-checker')?.shadowRoot?.querySelectorAll('[part~="measure"]')
          .length ?? 0) > 0,
      undefined,
    );
    const outcomes = await page.page.evaluate(() =>
      [...document.querySelector('sixin-eligibility-checker')!.shadowRoot!.querySelectorAll('[part~="status"]')].map(
        (el) => el.textContent!.trim(),
      ),
    );
    await expectUnharmed();
    await place('sixin-category-tree', { src: '/data/tree.json' }, { query });
    assert.equal(await settled(), null);
    const rows = await page.page.evaluate(() =>
      [...document.querySelector('sixin-category-tree')!.shadowRoot!.querySelectorAll('[role="treeitem"]')].map(
        (el) => `${el.textContent!.replace(/\s+/g, ' ').trim()} ${el.getAttribute('href')}`,
      ),
    );
    await expectUnharmed();
    // The result page groups the measures (those that apply first, those that do not folded last) and gives the red
    // lines no status badge, so the page's badges are compared with the engine's outcomes as a sorted list.
    const expected = evaluate(rules, path)
      .outcomes.filter((o) => o.kind !== 'safeguard')
      .map((o) => rules.statuses[o.status]['zh-CN']);
    return { outcomes: outcomes.sort(), rows, expected: expected.sort() };
  }

  test('14: the tree and the checker give exactly what they give on a clean page, and no polluted link appears', async () => {
    const clean = await results('');
    assert.deepEqual(clean.outcomes, clean.expected);
    const polluted = await results('?polluted');
    assert.deepEqual(polluted.outcomes, clean.outcomes);
    assert.deepEqual(polluted.rows, clean.rows);
  });
});
