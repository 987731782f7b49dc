import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FILE, ELEMENTS_DIR } from './paths.ts';

/** The version in packages/elements/package.json, which the build compiles into the bundle. */
export function elementsVersion(): string {
  return (JSON.parse(readFileSync(join(ELEMENTS_DIR, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The built single-file bundle; fails with the command to run when it has not been built. */
export function readBundle(): string {
  if (!existsSync(BUNDLE_FILE)) {
    throw new Error(`${BUNDLE_FILE} is missing; build it first: npm run build -w @sixin/elements (npm test does this)`);
  }
  return readFileSync(BUNDLE_FILE, 'utf8');
}

/**
 * Another copy of the bundle that calls itself `version`: what a page gets when one widget was pasted with a pinned
 * older URL and another with the latest. Every quoted occurrence of the real version (the compiled-in VERSION and
 * the banner) is replaced, so the copy is a separate module with its own classes and its own version string.
 */
export function bundleWithVersion(source: string, from: string, version: string): string {
  const escaped = from.replaceAll('.', '\\.');
  let replaced = 0;
  const copy = source.replace(
    new RegExp(`(["'\`])${escaped}\\1|(@sixin/elements )${escaped}`, 'g'),
    (_m, quote?: string, banner?: string) => {
      replaced++;
      return quote ? `${quote}${version}${quote}` : `${banner}${version}`;
    },
  );
  if (replaced < 2) {
    throw new Error(
      `expected the banner and the compiled-in VERSION '${from}' in the bundle, found ${replaced} occurrence(s)`,
    );
  }
  return copy;
}
