import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { main as sixin } from '@sixin/core/node';
import type { Strings } from '../src/i18n/strings.ts';
import type { SitePaths } from '../src/lib/paths.ts';
import { BUNDLE_FILE, elementsVersion } from '../src/lib/widgets.ts';

/** Output of a build step, injected so tests can capture it. */
export interface BuildLog {
  info(line: string): void;
  error(line: string): void;
}

export const consoleLog: BuildLog = {
  info: (line) => process.stderr.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `sixin export <content> --out-dir public/data`: validates the content and publishes every data file. Problem paths
 * are relative to the project root, exactly as `npx sixin validate content` prints them there.
 * @returns whether the content was valid (nothing is written when it is not).
 */
export async function exportData(paths: SitePaths, log: BuildLog = consoleLog): Promise<boolean> {
  const code = await sixin(['export', paths.contentDir, '--out-dir', join(paths.publicDir, 'data')], {
    cwd: paths.projectRoot,
    stdout: log.info,
    stderr: log.error,
  });
  return code === 0;
}

/**
 * Publishes the elements bundle at `/widgets/sixin-elements.js` and `/widgets/<version>/sixin-elements.js` when
 * packages/elements has built it. Clears what an earlier build published first, so a removed bundle is not served stale.
 * @returns the published version, or undefined when there is no bundle.
 */
export function publishWidgets(paths: SitePaths, t: Strings, log: BuildLog = consoleLog): string | undefined {
  const target = join(paths.publicDir, 'widgets');
  rmSync(target, { recursive: true, force: true });
  const source = join(paths.elementsDir, 'dist', 'bundle', BUNDLE_FILE);
  const version = elementsVersion(paths);
  if (!existsSync(source) || !version) {
    log.info(t.build.widgetsMissing(source));
    return undefined;
  }
  for (const dir of [target, join(target, version)]) {
    mkdirSync(dir, { recursive: true });
    // Everything beside the bundle goes along: its source map, and the files it imports on demand (the search engine,
    // `sixin-search-engine-<hash>.js`, which the bundle loads from its own folder the first time someone searches).
    for (const name of readdirSync(dirname(source))) copyFileSync(join(dirname(source), name), join(dir, name));
  }
  log.info(t.build.widgetsPublished(version));
  return version;
}

/** Runs `astro build` into `outDir`; returns its exit code. Astro's own output goes to the terminal. */
export function astroBuild(paths: SitePaths, outDir: string): number {
  const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
  const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    cwd: paths.siteDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SIXIN_SITE_DIR: paths.siteDir,
      SIXIN_CONTENT_DIR: paths.contentDir,
    },
  });
  return result.status ?? 1;
}

/** Scratch folders of this script live next to dist/ and start with this prefix (ignored by git). */
export const SCRATCH_PREFIX = '.dist-';

/** Removes scratch folders an interrupted build left behind. */
export function removeScratch(siteDir: string): void {
  for (const name of readdirSync(siteDir)) {
    if (name.startsWith(SCRATCH_PREFIX)) rmSync(join(siteDir, name), { recursive: true, force: true });
  }
}

/**
 * Puts a finished build in place of `target` with two renames, so there is never a moment where `target` holds
 * half a site: it is either the previous complete site or the new one.
 */
export function swapInto(target: string, fresh: string): void {
  const old = join(dirname(target), `${SCRATCH_PREFIX}old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
}
