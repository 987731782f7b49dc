import type { Browser, BrowserContext, Page } from 'playwright-core';

import { HANG_GUARD_MS } from '../../support/chromium.ts';

export { CHROMIUM, CHROMIUM_FLAGS, HANG_GUARD_MS, launchChromium } from '../../support/chromium.ts';

/** Everything a page said or did that an embedder would see in the developer tools. */
export interface PageRecord {
  /** `console.error` calls, uncaught exceptions and unhandled rejections, and Chromium's own error lines. */
  errors: string[];
  /** `console.warn` calls. */
  warnings: string[];
  /** `securitypolicyviolation` events: CSP and Trusted Types, as `directive blocked-uri (source:line)`. */
  violations: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests to any other origin: refused by the test, so that nothing ever leaves this machine. */
  foreignRequests: string[];
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  record: PageRecord;
}

/**
 * A fresh browser context (no cookies or storage from earlier tests) and page that records errors, warnings,
 * policy violations and requests from before the first script of the page runs. Requests to another origin than
 * `origin` (or `alsoAllow`) are refused and recorded.
 */
export async function openWatchedPage(
  browser: Browser,
  origin: string,
  options: {
    colorScheme?: 'light' | 'dark';
    /** Other origins the page may reach (where the widgets and data come from). */ alsoAllow?: string[];
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
  });
  // Playwright's own limits (30 s for a navigation or a click) become hang guards too: a busy machine only waits longer.
  context.setDefaultTimeout(HANG_GUARD_MS);
  context.setDefaultNavigationTimeout(HANG_GUARD_MS);
  const record: PageRecord = { errors: [], warnings: [], violations: [], requests: [], foreignRequests: [] };
  const allowed = new Set([origin, ...(options.alsoAllow ?? [])]);
  await context.route(
    (url) => !allowed.has(url.origin),
    (route) => {
      record.foreignRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  // The binding and the listener are installed by the browser itself (DevTools protocol), not by page script, so the
  // page's Content-Security-Policy neither blocks them nor counts them.
  await context.exposeBinding('__sixinTestViolation', (_source, text: string) => {
    record.violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __sixinTestViolation(text: string): void }).__sixinTestViolation;
      report(
        `${event.effectiveDirective} ${event.blockedURI || '(inline)'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    const where = message.location();
    const text = `${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`;
    if (message.type() === 'error') record.errors.push(text);
    else if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('request', (request) => record.requests.push(request.url()));
  return { context, page, record };
}

/**
 * Waits until `predicate` (run in the page) is true. `timeout` only stops a wait that never ends (then it fails with
 * `message` and the page's errors); it is no speed limit.
 */
export async function waitInPage<A>(
  watched: WatchedPage,
  message: string,
  predicate: (arg: A) => unknown,
  arg: A,
  timeout = HANG_GUARD_MS,
): Promise<void> {
  try {
    // The argument crosses to the page as JSON: callers pass plain data, so A and its unboxed form are the same.
    await watched.page.waitForFunction(predicate as Parameters<Page['waitForFunction']>[0], arg, {
      timeout,
      polling: 50,
    });
  } catch (error) {
    const errors = watched.record.errors.length ? `\npage errors:\n  ${watched.record.errors.join('\n  ')}` : '';
    throw new Error(`${message} (within ${timeout} ms)${errors}\n${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
}

/** Waits until `condition` (checked here, in the test) holds: for what the page reports through the DevTools connection. */
export async function waitForRecord(
  watched: WatchedPage,
  message: string,
  condition: (record: PageRecord) => boolean,
): Promise<void> {
  const start = performance.now();
  while (!condition(watched.record)) {
    if (performance.now() - start > HANG_GUARD_MS) throw new Error(`${message} (within ${HANG_GUARD_MS} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Returns once every console message the page wrote so far has reached the test: the page writes a mark and the test
 * waits for it (the DevTools connection keeps messages in order). For checking that nothing more was said.
 */
export async function flushConsole(watched: WatchedPage): Promise<void> {
  const mark = `sixin-test-mark-${Math.random()}`;
  const arrived = new Promise<void>((resolve) => {
    const listen = (message: { text(): string }) => {
      if (message.text() !== mark) return;
      watched.page.off('console', listen);
      resolve();
    };
    watched.page.on('console', listen);
  });
  await watched.page.evaluate((text) => console.debug(text), mark);
  await arrived;
}
