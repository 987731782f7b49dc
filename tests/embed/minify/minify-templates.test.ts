// scripts/minify-templates.mjs shrinks the CSS and HTML inside the elements' Lit templates when the bundle is built.
// Its rules are checked on the cases that could go wrong, and then where it matters: the portal page looks exactly the
// same (every box, text and colour inside every element) with a bundle built with it and one built without it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { buildLazyChunks, BUNDLE_BUILD, lazyExternal } from '../../../packages/elements/scripts/lazy-chunks.mjs';
import {
  minifyCss,
  minifyHtml,
  minifyTemplateLiterals,
  minifyTemplates,
} from '../../../packages/elements/scripts/minify-templates.mjs';
import { launchChromium, openWatchedPage, waitInPage } from '../support/browser.ts';
import { hostRoutes, WIDGET_URL } from '../support/host-routes.ts';
import { ELEMENTS_DIR } from '../support/paths.ts';

type LazyChunk = Awaited<ReturnType<typeof buildLazyChunks>>[number];
import { startEmbedServer, type Route } from '../support/server.ts';

describe('the template minifier', () => {
  test('CSS: drops comments and spaces that separate nothing, keeps the ones that do', () => {
    assert.equal(minifyCss('\n  .a {\n    color: red; /* why */\n  }\n'), ' .a{color:red}');
    assert.equal(
      minifyCss('.tree :focus-visible { outline: 0 }'),
      '.tree :focus-visible{outline:0}',
      'a descendant combinator before a pseudo-class',
    );
    assert.equal(
      minifyCss('a { width: calc(100% - 2 * var(--x, 1em)); }'),
      'a{width:calc(100% - 2 * var(--x,1em))}',
      'calc needs its spaces',
    );
    assert.equal(
      minifyCss("a::before { content: ' : , { } ' }"),
      "a::before{content:' : , { } '}",
      'strings are kept as written',
    );
    assert.equal(
      minifyCss('@media (min-width: 48rem) and (prefers-color-scheme: dark) { a > b { x: y } }'),
      '@media (min-width:48rem) and (prefers-color-scheme:dark){a>b{x:y}}',
    );
    assert.equal(minifyCss('a/* x */b'), 'a b', 'a comment between two tokens still separates them');
    assert.equal(
      minifyCss('a { margin: 0.5em 10.5em calc(0.25em + 0px) 0 }'),
      'a{margin:.5em 10.5em calc(.25em + 0px) 0}',
      'a leading zero goes',
    );
  });

  test('CSS next to an interpolation keeps one space unless a separator is beside it', () => {
    assert.equal(minifyCss('\n  :host {\n    '), ' :host{');
    assert.equal(minifyCss('  }\n  '), '}');
    assert.equal(
      minifyCss('  var(--x)  '),
      ' var(--x) ',
      'the interpolated text may be a word that must not touch this one',
    );
    assert.equal(minifyCss(' '), ' ');
  });

  test('HTML: a line break and its indentation become one space, as the browser renders them', () => {
    assert.equal(minifyHtml('<p>\n      <b>a</b>\n      <i>b</i>\n    </p>'), '<p> <b>a</b> <i>b</i> </p>');
    assert.equal(
      minifyHtml('<span>a</span> <span>b</span>'),
      '<span>a</span> <span>b</span>',
      'text on one line is untouched',
    );
    assert.equal(
      minifyHtml('<div class="base" part="button ok" id="a.b" data-x="y"><input part="x"/><b title="t">'),
      '<div class=base part="button ok" id=a.b data-x=y><input part="x"/><b title=t>',
      'quotes go only from values that need none, and never before a "/"',
    );
  });

  test('only css`` and html`` templates change, and their interpolations stay as they were', () => {
    const source = [
      'const style = css`\n  a {\n    color: ${red};\n  }\n`;',
      'const view = html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`;',
      'const plain = `keep\n   this`;',
      'const other = sql`SELECT  *\n  FROM t`;',
    ].join('\n');
    assert.equal(
      minifyTemplateLiterals(source, 'x.ts'),
      [
        'const style = css` a{color:${red}}`;',
        'const view = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;',
        'const plain = `keep\n   this`;',
        'const other = sql`SELECT  *\n  FROM t`;',
      ].join('\n'),
    );
  });
});

describe('the bundle built with the template minifier', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  /** The bundle built from the sources as scripts/build.mjs does, with or without the minifier. */
  async function bundle(minified: boolean, lazyChunks: LazyChunk[]): Promise<string> {
    const result = await build({
      ...BUNDLE_BUILD,
      absWorkingDir: ELEMENTS_DIR,
      write: false,
      outfile: 'sixin-elements.js',
      plugins: [lazyExternal(lazyChunks), ...(minified ? [minifyTemplates()] : [])],
      logLevel: 'error',
    });
    return result.outputFiles!.find((file) => file.path.endsWith('.js'))!.text;
  }

  /** Every element inside every sixin element's shadow root: its box, its text and the styles that show. */
  async function snapshot(routes: Map<string, Route>, js: string): Promise<{ items: string[]; size: number }> {
    const server = await startEmbedServer(
      new Map([...routes, [WIDGET_URL, { body: js, type: 'text/javascript; charset=utf-8' }]]),
    );
    const watched = await openWatchedPage(browser, server.origin);
    try {
      await watched.page.goto(`${server.origin}/`);
      await waitInPage(
        watched,
        'the tree did not load',
        () => document.querySelector('#tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length === 9,
        undefined,
      );
      await watched.page.locator('#search [part~="input"]').focus();
      await watched.page.keyboard.insertText('软件开发；工业机器人制造');
      await waitInPage(
        watched,
        'no search results',
        () => Boolean(document.querySelector('#search')?.shadowRoot?.querySelector('[part~="result"]')),
        undefined,
        15_000,
      );
      await waitInPage(
        watched,
        'the checker did not load',
        () => Boolean(document.querySelector('#checker')?.shadowRoot?.querySelector('[part~="question"]')),
        undefined,
      );
      const items = await watched.page.evaluate(() => {
        const out: string[] = [];
        for (const host of document.querySelectorAll(
          'sixin-category-tree, sixin-scope-search, sixin-eligibility-checker',
        )) {
          for (const el of host.shadowRoot?.querySelectorAll('*') ?? []) {
            if (el instanceof HTMLStyleElement) continue;
            const box = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            const text = el instanceof HTMLElement ? el.innerText.replace(/\s+/g, ' ').trim().slice(0, 80) : '';
            out.push(
              [
                host.id,
                el.tagName,
                el.getAttribute('part') ?? '',
                Math.round(box.x),
                Math.round(box.y),
                Math.round(box.width),
                Math.round(box.height),
                s.color,
                s.backgroundColor,
                s.fontSize,
                s.fontWeight,
                s.borderTopWidth,
                s.borderTopColor,
                s.paddingLeft,
                s.marginTop,
                s.display,
                text,
              ].join(' | '),
            );
          }
        }
        return out;
      });
      assert.deepEqual(watched.record.errors, []);
      return { items, size: js.length };
    } finally {
      await watched.context.close();
      await server.close();
    }
  }

  test('renders the portal page exactly as the bundle built without it, and is smaller', async () => {
    const lazyChunks: LazyChunk[] = await buildLazyChunks(ELEMENTS_DIR);
    const routes = await hostRoutes();
    for (const chunk of lazyChunks)
      routes.set(`/widgets/${chunk.fileName}`, {
        body: Buffer.from(chunk.contents),
        type: 'text/javascript; charset=utf-8',
      });
    const [plainJs, minifiedJs] = await Promise.all([bundle(false, lazyChunks), bundle(true, lazyChunks)]);
    const plain = await snapshot(routes, plainJs);
    const minified = await snapshot(routes, minifiedJs);
    assert.ok(plain.items.length > 100, `only ${plain.items.length} elements inside the shadow roots`);
    assert.deepEqual(minified.items, plain.items);
    assert.ok(minified.size < plain.size, `${minified.size} bytes minified, ${plain.size} without`);
  });
});
