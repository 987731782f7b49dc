import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './site.ts';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags that let Debian's Chromium run headless as root in a container, without talking to Google. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Installs Chromium when it is missing (the project's one installer script), then launches it. */
export async function launchChromium(): Promise<Browser> {
  execFileSync('bash', [join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

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
