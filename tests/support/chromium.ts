import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: the only browser this machine (and CI) can have; no test tool downloads its own. */
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

const ENSURE_CHROMIUM = fileURLToPath(new URL('../../scripts/ensure-chromium.sh', import.meta.url));

/** Installs Debian's Chromium when it is missing (the project's one installer script), then launches it. */
export async function launchChromium(): Promise<Browser> {
  execFileSync('bash', [ENSURE_CHROMIUM], { stdio: 'inherit' });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}
