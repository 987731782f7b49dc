/**
 * What another site adds to embed the elements from this one, as the /embed/ page and the elements' README print it
 * and tests/embed checks it: the directives of its Content-Security-Policy, and the response headers this site must
 * send for its /widgets/ and /data/ folders.
 */

/** The directives a host page's policy needs for elements and data served from `origin` (this site). */
export function hostPolicyDirectives(origin: string): string[] {
  return [
    `script-src 'self' ${origin}`,
    `connect-src 'self' ${origin}`,
    "require-trusted-types-for 'script'",
    // lit-html is Lit's policy; 'allow-duplicates' lets a second copy of the bundle, or the host's own Lit, create it too.
    "trusted-types lit-html 'allow-duplicates'",
  ];
}

/**
 * Headers for every file under /widgets/ and /data/: module scripts and fetches from another origin are CORS requests,
 * and the elements never send credentials, so any origin may read them. `Cross-Origin-Resource-Policy` lets pages
 * that isolate themselves (`Cross-Origin-Embedder-Policy`) load them too.
 */
export const CROSS_ORIGIN_HEADERS: ReadonlyArray<[name: string, value: string]> = [
  ['Access-Control-Allow-Origin', '*'],
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
];

/** The script tag with Subresource Integrity, for the pinned one-file bundle at `url`. */
export function integrityScriptTag(url: string, integrity: string): string {
  return `<script type="module" src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>`;
}
