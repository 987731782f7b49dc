import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export { CHROMIUM, CHROMIUM_FLAGS };

const ENSURE_CHROMIUM = fileURLToPath(new URL('../../scripts/ensure-chromium.sh', import.meta.url));

/** Installs Debian's Chromium when it is missing (the project's one installer script), then launches it. */
export async function launchChromium(): Promise<Browser> {
  execFileSync('bash', [ENSURE_CHROMIUM], { stdio: 'inherit' });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
