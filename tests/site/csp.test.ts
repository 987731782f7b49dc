// The built site's Content-Security-Policy: every page carries it before anything it governs, it allows no inline
// script or style, no page needs any (no inline script, <style>, style attribute or event handler attribute), and in
// Chromium the pages and their widgets run under it with no violation, while an injected inline script is refused.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { BATCH_PAGE_CSP } from '../../site/src/lib/csp.ts';
import { CONTENT_SECURITY_POLICY } from '../../site/src/site-config.ts';
import { HANG_GUARD_MS } from '../support/chromium.ts';
import { builtSiteInChromium } from './helpers/browser.ts';
import { attr, findAll, parseHtml, type Element } from './helpers/html.ts';
import { htmlPages, readPage, requireBuiltSite } from './helpers/site.ts';

requireBuiltSite();

describe('the policy in every page', () => {
  test('has no unsafe source and allows only this origin and Lit’s Trusted Types policy', () => {
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-|\*|data:|https?:/);
    assert.match(CONTENT_SECURITY_POLICY, /(^|; )script-src 'self'(;|$)/);
    assert.match(CONTENT_SECURITY_POLICY, /(^|; )style-src 'self'(;|$)/);
    assert.match(
      CONTENT_SECURITY_POLICY,
      /require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'/,
    );
    // /batch/ has a policy of its own instead (a worker from a blob: URL, no widgets): no less strict about the network.
    assert.doesNotMatch(BATCH_PAGE_CSP, /unsafe-|\*|data:|https?:/);
    assert.match(BATCH_PAGE_CSP, /(^|; )default-src 'none'(;|$)/);
    assert.match(BATCH_PAGE_CSP, /(^|; )connect-src 'self'(;|$)/);
  });

  test('every page carries it first in its head, and has no inline script, style or event handler to allow', () => {
    const problems: string[] = [];
    for (const path of htmlPages()) {
      const html = parseHtml(readPage(path));
      const head = html.childNodes.find((n): n is Element => 'tagName' in n && (n as Element).tagName === 'head')!;
      const first = head.childNodes.filter((n): n is Element => 'tagName' in n);
      const policy = first[1];
      if (
        attr(first[0]!, 'charset') === undefined ||
        policy?.tagName !== 'meta' ||
        attr(policy, 'http-equiv')?.toLowerCase() !== 'content-security-policy'
      ) {
        problems.push(`${path}: the policy is not the first element after <meta charset>`);
      } else if (attr(policy, 'content') !== (/(^|\/)batch\//.test(path) ? BATCH_PAGE_CSP : CONTENT_SECURITY_POLICY)) {
        problems.push(`${path}: another policy: ${attr(policy, 'content')}`);
      }
      for (const el of findAll(html, () => true)) {
        if (el.tagName === 'script' && attr(el, 'src') === undefined) problems.push(`${path}: an inline <script>`);
        if (el.tagName === 'style') problems.push(`${path}: a <style> element`);
        for (const { name, value } of el.attrs) {
          if (name === 'style') problems.push(`${path}: style="${value}" on <${el.tagName}>`);
          if (name.startsWith('on')) problems.push(`${path}: ${name}= on <${el.tagName}>`);
          if (['href', 'src', 'action'].includes(name) && /^\s*javascript:/i.test(value))
            problems.push(`${path}: ${name}="${value}"`);
        }
      }
    }
    assert.deepEqual(problems.slice(0, 20), []);
  });
});

describe('the pages under their policy in Chromium', () => {
  const site = builtSiteInChromium();

  /** A page that records policy violations (in `window.__sixinViolations`) and errors from before its first script runs. */
  async function watched(): Promise<{ page: Page; errors: string[] }> {
    const context = await site.browser.newContext();
    context.setDefaultTimeout(HANG_GUARD_MS);
    const errors: string[] = [];
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __sixinViolations: string[] }).__sixinViolations = []);
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI || '(inline)'} ${event.sample}`),
      );
    });
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    return { page, errors };
  }
  const violationsIn = (page: Page) =>
    page.evaluate(() => (window as unknown as { __sixinViolations: string[] }).__sixinViolations);

  // Each kind of page, and what shows that its widget has loaded its data and rendered.
  type Ready = 'tree' | 'search' | 'checker' | 'themes' | 'page';
  const PAGES: Array<[path: string, ready: Ready]> = [
    ['/directory/', 'tree'],
    ['/search/?q=%E8%BD%AF%E4%BB%B6%E5%BC%80%E5%8F%91', 'search'],
    ['/checker/', 'checker'],
    ['/embed/', 'themes'],
    ['/directory/1.3/xinxing-ruanjian-kaifa/', 'tree'],
    ['/policy/', 'page'],
    ['/', 'page'],
  ];
  // A function, not a string: the policy (rightly) refuses to evaluate strings as code.
  const isReady = (ready: Ready) => {
    // No helper functions in here: the test's compiler would rename them, and the page would not know the name.
    if (ready === 'page') return document.readyState === 'complete';
    if (ready === 'themes')
      return [...document.querySelectorAll('[data-theme-example] sixin-category-tree')].every((t) =>
        t.shadowRoot?.querySelector('[role="treeitem"]'),
      );
    const tag = { tree: 'sixin-category-tree', search: 'sixin-scope-search', checker: 'sixin-eligibility-checker' }[
      ready
    ];
    const inside = { tree: '[role="treeitem"]', search: '[part~="category-link"]', checker: '.heading' }[ready];
    return Boolean(document.querySelector(tag)?.shadowRoot?.querySelector(inside));
  };

  test('the widgets load their data, search and render with no violation and no error', async () => {
    const { page, errors } = await watched();
    const violations: string[] = [];
    for (const [path, ready] of PAGES) {
      await page.goto(site.server.origin + path);
      await page.waitForFunction(isReady, ready, { polling: 50 });
      violations.push(...(await violationsIn(page)).map((v) => `${path}: ${v}`));
      if (path === '/embed/') {
        // The site theme's properties come from the page's stylesheet, not from a style attribute.
        const accent = await page.evaluate(() =>
          getComputedStyle(document.querySelector('.theme-sample-site')!)
            .getPropertyValue('--sixin-color-accent')
            .trim(),
        );
        assert.match(accent, /^#[0-9a-f]{6}$/);
      }
    }
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  test('the policy is enforced: inline script and style, markup strings and other Trusted Types policies are refused', async () => {
    const { page } = await watched();
    await page.goto(`${site.server.origin}/`);
    const outcome = await page.evaluate(() => {
      // Plain statements: helpers declared in here would be renamed by the test's compiler and fail in the page.
      const result = {
        scriptTextRefused: false,
        ran: false,
        styled: false,
        markupRefused: false,
        otherPolicyRefused: false,
      };
      const script = document.createElement('script');
      try {
        script.textContent = 'window.__ran = true';
      } catch {
        result.scriptTextRefused = true;
      }
      // Past Trusted Types (Lit's policy name may be created again), an inline script still meets script-src.
      const lit = window.trustedTypes!.createPolicy('lit-html', { createScript: String });
      script.textContent = lit.createScript('window.__ran = true') as unknown as string;
      document.head.append(script);
      result.ran = (window as unknown as { __ran?: boolean }).__ran === true;
      const styled = document.body.appendChild(document.createElement('span'));
      styled.setAttribute('style', 'color: rgb(1, 2, 3)');
      result.styled = getComputedStyle(styled).color === 'rgb(1, 2, 3)';
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
      } catch {
        result.markupRefused = true;
      }
      try {
        window.trustedTypes!.createPolicy('probe', {});
      } catch {
        result.otherPolicyRefused = true;
      }
      return result;
    });
    assert.deepEqual(outcome, {
      scriptTextRefused: true,
      ran: false,
      styled: false,
      markupRefused: true,
      otherPolicyRefused: true,
    });
    // Each refusal is also reported, as the page's own reporting would see it.
    await page.waitForFunction(
      () => (window as unknown as { __sixinViolations: string[] }).__sixinViolations.length >= 5,
      undefined,
      { polling: 50 },
    );
    const directives = new Set((await violationsIn(page)).map((v) => v.split(' ')[0]));
    assert.deepEqual([...directives].sort(), [
      'require-trusted-types-for',
      'script-src-elem',
      'style-src-attr',
      'trusted-types',
    ]);
    await page.context().close();
  });
});
