import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../../../lib/feed.ts';
import { readSiteHistory } from '../../../lib/revisions.ts';

export const GET: APIRoute = async () => {
  const history = readSiteHistory((await getCollection('categories')).map((e) => e.data));
  return new Response(atomFeed(history), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
