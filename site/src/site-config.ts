/**
 * Settings of the published site that are not content. Kept in one place so that moving the site to its real host
 * is a one-line change.
 */

/** Public origin of the site, used for the sitemap, robots.txt and embed snippets. A placeholder until the district names the host. */
export const SITE_URL = 'https://sixin.example.gov.cn';

/** Where the widget bundle is published (the site build copies it from packages/elements). */
export const WIDGET_BUNDLE_PATH = '/widgets/sixin-elements.js';

/** Where `sixin export` publishes the data files. */
export const DATA_PATH = '/data/';

/**
 * The Content-Security-Policy every page carries (a `<meta>` tag, which any static host serves): nothing but this
 * origin, no inline script or style at all (the pages have none: tests/site/csp.test.ts keeps it so), and DOM sinks
 * only through the Trusted Types policy of Lit, which the widgets use. The same policy the embed docs ask of other
 * sites. A host that can send headers should also send it as a header, with `frame-ancestors 'self'` added (which a
 * `<meta>` policy cannot carry).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');
