// Where Debian's Chromium lives and the flags it needs here: shared by the browser tests of every package.

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
