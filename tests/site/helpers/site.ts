import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SITE_DIR = join(ROOT, 'site');
export const DIST_DIR = join(SITE_DIR, 'dist');
export const CONTENT_DIR = join(ROOT, 'content');
/** Scratch space of the tests (ignored by git). */
export const OUTPUT_DIR = join(ROOT, 'tests', '.output');

/**
 * Copies the site's sources to `destination` for a build of its own (other content, a page made to fail): without
 * installed packages, build output, Astro's cache, scratch folders of interrupted builds, or the given folders of
 * `public/` that the build writes. Tests and benchmarks stay behind: the repository's runners would otherwise find the
 * copies.
 */
export function copySiteSources(destination: string, writtenPublicFolders: readonly string[]): void {
  cpSync(SITE_DIR, destination, {
    recursive: true,
    filter: (src) => {
      const rel = relative(SITE_DIR, src).split(sep);
      if (/\.(test|bench)\.ts$/.test(src) || rel[0] === 'bench') return false;
      if (['node_modules', 'dist', '.astro'].includes(rel[0]) || rel[0].startsWith('.dist-')) return false;
      return !(rel[0] === 'public' && writtenPublicFolders.includes(rel[1] ?? ''));
    },
  });
}

/** Fails with what to do when the site has not been built: these tests read the built site. */
export function requireBuiltSite(): void {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`no built site in ${DIST_DIR}; build it first: npm run build -w @sixin/site (npm test does this)`);
  }
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) walk(abs, out);
    else out.push(abs);
  }
  return out;
}

/** Every file of the built site, as paths relative to dist/ with forward slashes. */
export function distFiles(): string[] {
  return walk(DIST_DIR).map((f) => relative(DIST_DIR, f).split(sep).join('/'));
}

/** URL path of an HTML file of the build: `directory/1.3/index.html` → `/directory/1.3/`, `404.html` → `/404.html`. */
export function pathOfHtml(file: string): string {
  return file === 'index.html'
    ? '/'
    : file.endsWith('/index.html')
      ? `/${file.slice(0, -'index.html'.length)}`
      : `/${file}`;
}

/** Where the browser editor is served: a page for editors, not of the public site (tests/site/admin-config.test.ts). */
export const ADMIN_PATH = '/admin/';

/** URL paths of every HTML page of the public site (the editor at /admin/ is tested on its own). */
export function htmlPages(): string[] {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .map(pathOfHtml)
    .filter((p) => !p.startsWith(ADMIN_PATH));
}

/** The file of the build a URL path is served from (`/a/` → `a/index.html`), or undefined. */
export function fileOfPath(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const c of candidates) {
    const abs = join(DIST_DIR, c);
    if (existsSync(abs) && statSync(abs).isFile()) return abs;
  }
  return undefined;
}

/** The HTML of a page of the build by its URL path. */
export function readPage(urlPath: string): string {
  const file = fileOfPath(urlPath);
  if (!file) throw new Error(`the built site has no page ${urlPath}`);
  return readFileSync(file, 'utf8');
}

/** URL paths the sitemap lists (the sitemap holds absolute URLs on the public host). */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST_DIR, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return sitemaps.flatMap((s) =>
    [...readFileSync(join(DIST_DIR, s), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
}
