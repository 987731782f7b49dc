import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { CROSS_ORIGIN_HEADERS } from './src/lib/embed-security.ts';
import { SITE_URL } from './src/site-config.ts';

// Pages read files next to the site (public/widgets, the elements manifest) while they render; bundled page code
// cannot find them through import.meta.url, so the config, which runs from its real path, records where the site is.
process.env.SIXIN_SITE_DIR ??= fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets are always files: an inline <style> would need its hash in the Content-Security-Policy (Base.astro).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // /admin/ (the browser editor, written to public/ by the build) is for editors, not for search engines.
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') })],
  // `npm start` previews the built site as other sites will use it: they load /widgets/ and /data/ from here, which
  // needs these cross-origin headers (the /embed/ page prints them for the real host). Astro's preview can only send
  // headers for every file; for a public site of static pages that carry no credentials that is harmless.
  server: { headers: Object.fromEntries(CROSS_ORIGIN_HEADERS) },
  // Nothing is fetched from elsewhere: no font downloads, no prefetch of other hosts, no dev toolbar.
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  // The /batch/ page's worker is an ES module (it is started with `type: 'module'` from a blob: URL).
  // Nothing inlined either: Astro would inline a small page script, which the policy refuses (and img-src refuses
  // data: URLs), so every script and asset stays a file of this origin.
  vite: { worker: { format: 'es' }, build: { assetsInlineLimit: 0 } },
});
