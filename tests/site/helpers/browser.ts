import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/chromium.ts';
import { DIST_DIR } from './site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from '../../support/chromium.ts';

/** Runs `work` over `items` with at most `limit` running at once; results keep the order of `items`. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, worker: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async (_, worker) => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], worker);
      }
    }),
  );
  return results;
}

/**
 * Chromium and the built site served as a static host, for the tests of the file or `describe` block that calls this:
 * started before them, stopped after. Read `browser` and `server` inside the tests.
 */
export function builtSiteInChromium(): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  before(async () => {
    [site.browser, site.server] = await Promise.all([launchChromium(), serveStatic(DIST_DIR)]);
  });
  after(async () => {
    await Promise.all([site.browser?.close(), site.server?.close()]);
  });
  return site;
}
