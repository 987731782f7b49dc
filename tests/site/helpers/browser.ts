import type { Browser } from 'playwright-core';

export { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from '../../support/chromium.ts';

/** Runs `work` over `items` with at most `limit` running at once; results keep the order of `items`. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, worker: number) => Promise<R>): Promise<R[]> {
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
