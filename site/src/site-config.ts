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
