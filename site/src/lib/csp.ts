import type { AdminBackend } from '../site-config.ts';

/**
 * The Content-Security-Policy of the /batch/ page, where people open registers of enterprises. It is the proof of
 * the page's promise that the data never leaves the computer: scripts only from this site and never inline; the worker
 * started from a `blob:` URL the page made itself, so that it inherits this policy (a worker loaded from its own URL
 * would get only the headers of that response), its module imports from this site (a module worker's imports count
 * as worker requests, hence `'self'` in `worker-src`); network connections only to this site (the directory data), chart
 * pictures from `blob:` URLs, no forms submitted anywhere, no plugins, no frames, no `<base>`.
 */
export const BATCH_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' blob:",
  "style-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');

/** The hosts a production backend of the editor talks to (its API, and its own address for the login). */
function backendOrigins(backend: AdminBackend | undefined): string[] {
  if (!backend) return [];
  const defaults: Record<AdminBackend['name'], string[]> = {
    github: ['https://api.github.com'],
    gitlab: ['https://gitlab.com'],
    gitea: [],
  };
  const urls = [backend.api_root, backend.base_url].filter((u): u is string => Boolean(u));
  return [...new Set(urls.length ? urls.map((u) => new URL(u).origin) : defaults[backend.name])];
}

/**
 * The Content-Security-Policy of /admin/, the browser editor (Decap CMS), given as a `<meta http-equiv>` by its page
 * and as a header by the server in production (the editors' guide shows the header). What Decap needs beyond the
 * site's own policy, found by tests/site/admin-browser.test.ts (which fails on any violation):
 * - `'unsafe-eval'` in script-src: Decap checks its configuration with validators it compiles at run time (ajv,
 *   `new Function`); without it the editor does not start.
 * - `'unsafe-inline'` in style-src: Decap's components are styled by emotion, which writes `<style>` elements as they
 *   render, and the preview pane's frame is written with its styles inline.
 * - connect-src: this site (config.json, snapshot.json), `decap-server` of `npm run edit` on this computer (when
 *   `localBackendPort` is given: the page's own policy; a production server's header leaves it out), and the
 *   production backend's API and login host (site-config.ts ADMIN_BACKEND).
 * - img-src `data:` and `blob:`: Decap's icons and the previews of chosen media files.
 * Everything else as the public pages: scripts only from this site, no plugins, no `<base>`, no form posts.
 */
export function adminPageCsp(backend: AdminBackend | undefined, localBackendPort?: number): string {
  const backends = backendOrigins(backend);
  const local = localBackendPort
    ? [`http://127.0.0.1:${localBackendPort}`, `http://localhost:${localBackendPort}`]
    : [];
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ["connect-src 'self'", ...local, ...backends].join(' '),
    ["img-src 'self' data: blob:", ...backends].join(' '),
    "font-src 'self'",
    "frame-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}
