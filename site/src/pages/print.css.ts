import type { APIRoute } from 'astro';
import { SITE_URL } from '../site-config.ts';

/**
 * Print rules that need the site's address: a printed page shows each link of its text as a full address, so the
 * paper leads back to the page. A file made at build time, because the address is configuration (site-config.ts)
 * and the pages allow no inline style.
 */
export const GET: APIRoute = () => {
  const origin = JSON.stringify(new URL(SITE_URL).origin);
  const css = `@media print {
  main a[href^="/"]::after { content: " (" ${origin} attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
}
`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
