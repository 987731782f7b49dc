/**
 * URLs shared with the widgets and with other sites that link to us. They are a published contract: changing one
 * breaks links elsewhere.
 */

/** Page of a category: `/directory/1/`, `/directory/1.3/`, `/directory/1.3/xinxing-ruanjian-kaifa/`. */
export function categoryPath(id: string): string {
  return `/directory/${id}/`;
}

/** The template `<sixin-category-tree href-template>` and the other elements fill with a category id. */
export const CATEGORY_HREF_TEMPLATE = '/directory/{id}/';

/** Anchor of a policy clause on the policy page: `4.2` → `clause-4-2`, `annex.1` → `clause-annex-1`. */
export function clauseAnchor(clauseId: string): string {
  return `clause-${clauseId.replaceAll('.', '-')}`;
}

/** Link to a clause: `/policy/#clause-4-2`. */
export function clausePath(clauseId: string): string {
  return `/policy/#${clauseAnchor(clauseId)}`;
}

/** The search page, optionally with a query: `/search/?q=…`. */
export function searchPath(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
}

/** The public page on how the checker decides, generated from the rules; the checker's result links to it. */
export const HOW_IT_DECIDES_PATH = '/checker/how-it-decides/';

export const PAGE_PATHS = {
  home: '/',
  search: '/search/',
  checker: '/checker/',
  directory: '/directory/',
  industries: '/industries/',
  policy: '/policy/',
  embed: '/embed/',
  editors: '/editors/',
  batch: '/batch/',
  contacts: '/contacts/',
} as const;
export type PageKey = keyof typeof PAGE_PATHS;

/** Every revision of the directory, newest first. */
export const CHANGES_PATH = '/directory/changes/';

/** The Atom feed of directory revisions. */
export const CHANGES_FEED_PATH = '/directory/changes/feed.xml';

/** A data file of one published revision: `/data/2021-12-30/tree.json` (kept for as long as the site exists). */
export function revisionDataPath(date: string, file: string): string {
  return `/data/${date}/${file}`;
}
