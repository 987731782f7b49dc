import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export { CHROMIUM, CHROMIUM_FLAGS };

/**
 * Not a speed limit: how long a browser test waits for what it expects before it reports what it waited for, rather
 * than hang. Far beyond anything a loaded machine takes; tests wait for what they expect to see, never a fixed time.
 */
export const HANG_GUARD_MS = 240_000;

const ENSURE_CHROMIUM = fileURLToPath(new URL('../../scripts/ensure-chromium.sh', import.meta.url));

/** Installs Debian's Chromium when it is missing (the project's one installer script), then launches it. */
export async function launchChromium(): Promise<Browser> {
  execFileSync('bash', [ENSURE_CHROMIUM], { stdio: 'inherit' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    timeout: HANG_GUARD_MS,
  });
  // Every context (and every page, which Playwright makes in a context of its own) gets the hang guard instead of
  // Playwright's 30-second limits on navigations, clicks and waits: a busy machine only makes a test slower.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(HANG_GUARD_MS);
    context.setDefaultNavigationTimeout(HANG_GUARD_MS);
    return context;
  };
  return browser;
}
