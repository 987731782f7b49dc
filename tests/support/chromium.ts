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
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
