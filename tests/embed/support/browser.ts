import type { Browser, BrowserContext, Page } from 'playwright-core';

export { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from '../../support/chromium.ts';

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
 * `origin` are refused and recorded.
 */
export async function openWatchedPage(browser: Browser, origin: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: 1280, height: 900 } });
  const record: PageRecord = { errors: [], warnings: [], violations: [], requests: [], foreignRequests: [] };
  await context.route(
    (url) => url.origin !== origin,
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
      report(`${event.effectiveDirective} ${event.blockedURI || '(inline)'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
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

/** Waits until `predicate` (run in the page) is true, failing with `message` and the page's errors after `timeout`. */
export async function waitInPage<A>(
  watched: WatchedPage,
  message: string,
  predicate: (arg: A) => unknown,
  arg: A,
  timeout = 10_000,
): Promise<void> {
  try {
    // The argument crosses to the page as JSON: callers pass plain data, so A and its unboxed form are the same.
    await watched.page.waitForFunction(predicate as Parameters<Page['waitForFunction']>[0], arg, { timeout, polling: 50 });
  } catch (error) {
    const errors = watched.record.errors.length ? `\npage errors:\n  ${watched.record.errors.join('\n  ')}` : '';
    throw new Error(`${message} (within ${timeout} ms)${errors}\n${(error as Error).message.split('\n')[0]}`);
  }
}
