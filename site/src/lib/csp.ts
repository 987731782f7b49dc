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
