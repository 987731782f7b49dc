import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SitePaths } from './paths.ts';

/** File name of the single-file bundle, in packages/elements/dist/bundle/ and in the site's /widgets/. */
export const BUNDLE_FILE = 'sixin-elements.js';
/** The bundle with its lazily loaded files inside, for sites that can host one file only. */
export const STANDALONE_FILE = 'sixin-elements.standalone.js';

export interface WidgetBundle {
  /** Whether the site publishes the bundle (the elements package was built before the site). */
  published: boolean;
  /** Version of the elements package, for the pinned URL `/widgets/<version>/sixin-elements.js`. */
  version?: string;
  /** Gzipped size of the standalone bundle, when the site publishes it. */
  standaloneGzipBytes?: number;
  /** Subresource Integrity of the standalone bundle (`sha384-…`), for `<script integrity>` on the pinned URL. */
  standaloneIntegrity?: string;
}

/** Version in packages/elements/package.json, or undefined when the package is not there. */
export function elementsVersion(paths: Pick<SitePaths, 'elementsDir'>): string | undefined {
  const file = join(paths.elementsDir, 'package.json');
  if (!existsSync(file)) return undefined;
  const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
  return typeof version === 'string' && /^[0-9A-Za-z.+-]+$/.test(version) ? version : undefined;
}

/**
 * What the site publishes under /widgets/. Pages load the bundle only when it is published, so a site built before
 * the elements exist makes no request that would fail; its pages are plain HTML that works on its own.
 */
export function widgetBundle(paths: Pick<SitePaths, 'publicDir' | 'elementsDir'>): WidgetBundle {
  const published = existsSync(join(paths.publicDir, 'widgets', BUNDLE_FILE));
  const standalone = join(paths.publicDir, 'widgets', STANDALONE_FILE);
  const bundle: WidgetBundle = { published, version: published ? elementsVersion(paths) : undefined };
  if (published && existsSync(standalone)) {
    const bytes = readFileSync(standalone);
    bundle.standaloneGzipBytes = gzipSync(bytes).length;
    bundle.standaloneIntegrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  }
  return bundle;
}
