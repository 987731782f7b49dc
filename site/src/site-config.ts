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

/** A git host the browser editor (/admin/) saves to: Decap CMS's `backend` setting. */
export interface AdminBackend {
  name: 'gitlab' | 'gitea' | 'github';
  /** `group/project` on the host. */
  repo: string;
  /** The branch the site is built from (edits reach it through a merge request). */
  branch?: string;
  /** Address of a self-hosted GitLab or Gitea, such as `https://git.jiangbei.gov.cn`. */
  base_url?: string;
  /** Its API, such as `https://git.jiangbei.gov.cn/api/v4` (GitLab) or `…/api/v1` (Gitea). */
  api_root?: string;
  /** OAuth application id (GitLab PKCE login), when the host uses one. */
  app_id?: string;
  auth_type?: 'pkce' | 'implicit';
}

/**
 * Where /admin/ saves when it is used on the published site. Undefined: the editor works only on an editor's own
 * computer through `npm run edit` (decap-server writes to the checked-out content). A department turns on editing in
 * the browser by setting this one value, for example
 * `{ name: 'gitlab', repo: 'jiangbei/sixin', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v4', app_id: '…', auth_type: 'pkce' }`;
 * every edit then becomes a branch and a merge request that a reviewer approves (see content/README.md).
 */
export const ADMIN_BACKEND: AdminBackend | undefined = undefined;

/** Port of `decap-server` for `npm run edit` (Decap's own default); the editor's local backend and its CSP name it. */
export const DECAP_SERVER_PORT = Number(process.env.SIXIN_DECAP_PORT ?? 8081);
