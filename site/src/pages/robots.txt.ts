import type { APIRoute } from 'astro';
import { SITE_URL } from '../site-config.ts';

/** Everything may be crawled but the editor (/admin/); the sitemap is at the site's public address. */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${new URL('/sitemap-index.xml', SITE_URL).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
