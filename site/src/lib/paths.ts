import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * Folders the site reads while it builds. Server-side only (pages, the content loader, the build script).
 * `SIXIN_CONTENT_DIR` points the build at another content folder (the build-failure test uses a broken copy).
 */
export interface SitePaths {
  /** The `site/` folder. */
  siteDir: string;
  /** The folder that holds `site/`, `content/` and `packages/`; problem paths are shown relative to it, as `npx sixin validate` shows them when run there. */
  projectRoot: string;
  contentDir: string;
  publicDir: string;
  /** The installed `@sixin/elements` package (the workspace's `packages/elements`), which may not have been built yet. */
  elementsDir: string;
}

export function sitePaths(
  env: NodeJS.ProcessEnv = process.env,
  siteDir = env.SIXIN_SITE_DIR ?? process.cwd(),
): SitePaths {
  const site = resolve(siteDir);
  const projectRoot = resolve(site, '..');
  return {
    siteDir: site,
    projectRoot,
    contentDir: env.SIXIN_CONTENT_DIR ? resolve(env.SIXIN_CONTENT_DIR) : join(projectRoot, 'content'),
    publicDir: join(site, 'public'),
    elementsDir: elementsPackageDir(site),
  };
}

/**
 * Where `@sixin/elements` is installed, found the way Node finds any dependency (through the package's exports), so the
 * site reads the same bundle and manifest a host that installs the package would. Resolved from the site's own
 * package.json first: pages compiled by Astro run from a build folder whose location says nothing about node_modules.
 */
export function elementsPackageDir(siteDir: string): string {
  for (const from of [join(siteDir, 'package.json'), import.meta.url]) {
    try {
      return dirname(createRequire(from).resolve('@sixin/elements/package.json'));
    } catch {
      // Not reachable from here; try the next starting point.
    }
  }
  throw new Error('@sixin/elements is not installed: run `npm ci` in the project folder (the site depends on it).');
}
