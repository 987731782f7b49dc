import { join, resolve } from 'node:path';

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
  /** `packages/elements`, which may not have been built (or written) yet. */
  elementsDir: string;
}

export function sitePaths(env: NodeJS.ProcessEnv = process.env, siteDir = env.SIXIN_SITE_DIR ?? process.cwd()): SitePaths {
  const site = resolve(siteDir);
  const projectRoot = resolve(site, '..');
  return {
    siteDir: site,
    projectRoot,
    contentDir: env.SIXIN_CONTENT_DIR ? resolve(env.SIXIN_CONTENT_DIR) : join(projectRoot, 'content'),
    publicDir: join(site, 'public'),
    elementsDir: join(projectRoot, 'packages', 'elements'),
  };
}
