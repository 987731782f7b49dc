/**
 * The search index as published at `/data/search-index.json`: built once from `content/` at build time
 * (`buildSearchIndex` in `@sixin/core/node`), fetched once by the widgets, read by `createSearcher`.
 *
 * It holds words, not derived structures: the engine computes token postings and weights when it loads the index,
 * which keeps the file small and lets the matching rules change without a new file format.
 */

export const SEARCH_INDEX_FORMAT = 'sixin-search-index';
export const SEARCH_INDEX_VERSION = 1;

/**
 * Where a vocabulary term comes from. Stored as one letter in the index:
 * `n` level-2 category name, `d` level-3 direction name, `i` GB/T 4754-2017 class name, `o` official note of a
 * GB/T 4754-2017 class, `p` key product or service, `k` editors' keyword, `a` editors' alias.
 */
export type TermSourceCode = 'n' | 'd' | 'i' | 'o' | 'p' | 'k' | 'a';

/** How a match was made, as reported in results. */
export type TermSource =
  | 'category'
  | 'direction'
  | 'industry'
  | 'industry-note'
  | 'product'
  | 'keyword'
  | 'alias'
  | 'code'
  | 'pinyin'
  | 'typo';

export const SOURCE_BY_CODE: Record<TermSourceCode, TermSource> = {
  n: 'category',
  d: 'direction',
  i: 'industry',
  o: 'industry-note',
  p: 'product',
  k: 'keyword',
  a: 'alias',
};

/** `[id, code, name, parent index, inferred]`: code is `''` for level-3 directions, parent `-1` at level 1. */
export type IndexCategory = [id: string, code: string, name: string, parent: number, inferred: 0 | 1];

/**
 * `[code, name]` for every GB/T 4754-2017 entry (so any typed code can be named), and for the classes the
 * directory lists, a third element: the indexes of the categories that list it, written `-(index + 1)` where the
 * class is marked partial (`*`: only part of it belongs to that category).
 */
export type IndexIndustry = [code: string, name: string] | [code: string, name: string, categories: number[]];

/**
 * `[text, source, categories, industry, pinyin]`, trailing empty parts left out; `text` is normalised
 * (`normalizeText`: lower-case Latin, half-width punctuation):
 * - `categories`: indexes of the categories the term belongs to (empty for `i` and `o`, whose categories are those
 *   listing the industry class);
 * - `industry`: the GB/T 4754-2017 class the term belongs to, if any;
 * - `pinyin`: `full|initials` without tones or spaces (`rengongzhineng|rgzn`), for names only.
 */
export type IndexTerm =
  | [text: string, source: TermSourceCode]
  | [text: string, source: TermSourceCode, categories: number[]]
  | [text: string, source: TermSourceCode, categories: number[], industry: string]
  | [text: string, source: TermSourceCode, categories: number[], industry: string, pinyin: string];

export interface SearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  version: typeof SEARCH_INDEX_VERSION;
  categories: IndexCategory[];
  industries: IndexIndustry[];
  /** GB/T 4754-2017 sections (门类): letter → the two-digit divisions it spans, so `I6513` can be checked. */
  sections: Record<string, string[]>;
  terms: IndexTerm[];
}

/** Thrown by `createSearcher` when it is given something that is not a search index it can read. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Checks the parts of an index the engine relies on; throws a {@link SearchIndexError} saying what is wrong. */
export function assertSearchIndex(value: unknown): asserts value is SearchIndex {
  const fail = (what: string): never => {
    throw new SearchIndexError(`not a sixin search index: ${what} (build one with \`sixin export --out-dir\`)`);
  };
  if (!value || typeof value !== 'object') fail('expected a JSON object');
  const index = value as Partial<SearchIndex>;
  if (index.format !== SEARCH_INDEX_FORMAT) fail(`"format" should be "${SEARCH_INDEX_FORMAT}"`);
  if (index.version !== SEARCH_INDEX_VERSION) fail(`version ${String(index.version)} is not supported (expected ${SEARCH_INDEX_VERSION})`);
  if (!Array.isArray(index.categories) || !index.categories.length) fail('"categories" is missing or empty');
  if (!Array.isArray(index.industries)) fail('"industries" is missing');
  if (!Array.isArray(index.terms)) fail('"terms" is missing');
  if (!index.sections || typeof index.sections !== 'object') fail('"sections" is missing');
  const count = index.categories!.length;
  index.categories!.forEach((c, i) => {
    if (!Array.isArray(c) || typeof c[0] !== 'string' || typeof c[2] !== 'string' || typeof c[3] !== 'number' || c[3] >= count) {
      fail(`category #${i} is malformed`);
    }
  });
  const validRef = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && (n >= 0 ? n < count : -n - 1 < count);
  index.industries!.forEach((e, i) => {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'string') fail(`industry #${i} is malformed`);
    if (e.length > 2 && (!Array.isArray(e[2]) || !e[2].every(validRef))) fail(`industry ${e[0]} refers to a category that does not exist`);
  });
  index.terms!.forEach((t, i) => {
    if (!Array.isArray(t) || typeof t[0] !== 'string' || !(t[1] in SOURCE_BY_CODE)) fail(`term #${i} is malformed`);
    if (t.length > 2 && (!Array.isArray(t[2]) || !t[2].every((n) => validRef(n) && n >= 0))) fail(`term "${t[0]}" refers to a category that does not exist`);
  });
}
