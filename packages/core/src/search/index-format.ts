/**
 * The search index as published at `/data/search-index.json`: built once from `content/` at build time
 * (`buildSearchIndex` in `@sixin/core/node`), fetched once by the widgets, read by `createSearcher`.
 *
 * It holds words, not derived structures: the engine computes token postings and weights when it loads the index,
 * which keeps the file small and lets the matching rules change without a new file format.
 *
 * The index comes over the network from a URL a host page chose: `assertSearchIndex` checks every part the engine
 * relies on, so a broken or hostile file is refused with a named problem instead of looping, throwing later or
 * changing results through `Object.prototype`.
 */

export const SEARCH_INDEX_FORMAT = 'sixin-search-index';
/** 2: `x` terms (where the national classification places a phrase outside the directory) and the pinyin words. */
export const SEARCH_INDEX_VERSION = 2;

/**
 * Where a vocabulary term comes from. Stored as one letter in the index:
 * `n` level-2 category name, `d` level-3 direction name, `i` GB/T 4754-2017 class name, `o` official note of a
 * GB/T 4754-2017 class the directory lists as a whole, `p` key product or service, `k` editors' keyword, `a` editors'
 * alias, `x` official note of a class the directory does not list, or lists only in part: such a phrase places a
 * clause in that class, which is how a clause is recognised as outside the directory.
 */
export type TermSourceCode = 'n' | 'd' | 'i' | 'o' | 'p' | 'k' | 'a' | 'x';

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

export const SOURCE_BY_CODE: Readonly<Record<Exclude<TermSourceCode, 'x'>, TermSource>> = Object.freeze({
  n: 'category',
  d: 'direction',
  i: 'industry',
  o: 'industry-note',
  p: 'product',
  k: 'keyword',
  a: 'alias',
});

const SOURCE_CODES: ReadonlySet<string> = new Set<TermSourceCode>(['n', 'd', 'i', 'o', 'p', 'k', 'a', 'x']);

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
 * - `categories`: indexes of the categories the term belongs to (empty for `i`, `o` and `x`, whose categories are
 *   those listing the industry class, or none);
 * - `industry`: the GB/T 4754-2017 class the term belongs to, if any (always, for `i`, `o` and `x`);
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
  /**
   * The words of the vocabulary by their pinyin, so that full pinyin of any directory word can be read
   * (`shuju fenxi` → 数据 分析): `pinyin word,pinyin word,…`, the most used word for each pinyin.
   */
  pinyinWords?: string;
  /** The directory revision the index was built from (`{ date: '2021-12-30' }`; `{ unreleased: true, after }` for changes since). */
  revision?: { date: string } | { unreleased: true; after: string };
}

/** Thrown by `createSearcher` when it is given something that is not a search index it can read. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/**
 * Upper bounds of what an index may hold: ten times a whole province's directory and more, yet small enough that a
 * hostile file cannot make a browser tab prepare for minutes.
 */
export const SEARCH_INDEX_LIMITS = Object.freeze({
  categories: 50_000,
  industries: 5_000,
  terms: 1_000_000,
  textLength: 400,
  pinyinWords: 2_000_000,
});

const INDUSTRY_CODE = /^(?:[A-T]|\d{2,4})$/u;
const DIVISION = /^\d{2}$/u;

/** The level of a category from its id: `1`, `1.3`, `1.3/<slug>`. */
export function categoryLevel(id: string): 1 | 2 | 3 {
  if (id.includes('/')) return 3;
  return id.includes('.') ? 2 : 1;
}

/** Checks the parts of an index the engine relies on; throws a {@link SearchIndexError} saying what is wrong. */
export function assertSearchIndex(value: unknown): asserts value is SearchIndex {
  const fail = (what: string): never => {
    throw new SearchIndexError(`not a sixin search index: ${what} (build one with \`sixin export --out-dir\`)`);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('expected a JSON object');
  const index = value as Partial<SearchIndex>;
  if (index.format !== SEARCH_INDEX_FORMAT) fail(`"format" should be "${SEARCH_INDEX_FORMAT}"`);
  if (index.version !== SEARCH_INDEX_VERSION)
    fail(`version ${String(index.version)} is not supported (expected ${SEARCH_INDEX_VERSION})`);
  if (!Array.isArray(index.categories) || !index.categories.length) fail('"categories" is missing or empty');
  if (!Array.isArray(index.industries)) fail('"industries" is missing');
  if (!Array.isArray(index.terms)) fail('"terms" is missing');
  if (!index.sections || typeof index.sections !== 'object' || Array.isArray(index.sections))
    fail('"sections" is missing');
  const categories = index.categories!;
  if (categories.length > SEARCH_INDEX_LIMITS.categories)
    fail(`${categories.length} categories is more than the ${SEARCH_INDEX_LIMITS.categories} allowed`);
  if (index.industries!.length > SEARCH_INDEX_LIMITS.industries)
    fail(`${index.industries!.length} industries is more than the ${SEARCH_INDEX_LIMITS.industries} allowed`);
  if (index.terms!.length > SEARCH_INDEX_LIMITS.terms)
    fail(`${index.terms!.length} terms is more than the ${SEARCH_INDEX_LIMITS.terms} allowed`);

  for (const [letter, divisions] of Object.entries(index.sections!)) {
    if (!/^[A-T]$/u.test(letter)) fail(`section "${letter.slice(0, 20)}" is not a GB/T 4754 section letter`);
    if (!Array.isArray(divisions) || !divisions.every((d) => typeof d === 'string' && DIVISION.test(d)))
      fail(`section ${letter} should list two-digit divisions`);
  }
  const count = categories.length;
  const ids = new Set<string>();
  categories.forEach((c, i) => {
    if (
      !Array.isArray(c) ||
      typeof c[0] !== 'string' ||
      typeof c[1] !== 'string' ||
      typeof c[2] !== 'string' ||
      !Number.isInteger(c[3])
    ) {
      fail(`category #${i} is malformed`);
    }
    if (ids.has(c[0])) fail(`category "${c[0].slice(0, 40)}" appears twice`);
    ids.add(c[0]);
    const level = categoryLevel(c[0]);
    // Parents come first (the index is in tree order) and one level up: no loops, no category its own ancestor.
    if (level === 1 ? c[3] !== -1 : !(c[3] >= 0 && c[3] < i && categoryLevel(categories[c[3]][0]) === level - 1)) {
      fail(
        `category "${c[0].slice(0, 40)}" has parent #${String(c[3])}, which is not an earlier category one level up`,
      );
    }
  });
  const validRef = (n: unknown) =>
    typeof n === 'number' && Number.isInteger(n) && (n >= 0 ? n < count : -n - 1 < count);
  index.industries!.forEach((e, i) => {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || !INDUSTRY_CODE.test(e[0]) || typeof e[1] !== 'string')
      fail(`industry #${i} is malformed`);
    if (e.length > 2 && (!Array.isArray(e[2]) || !e[2].every(validRef)))
      fail(`industry ${e[0]} refers to a category that does not exist`);
  });
  index.terms!.forEach((t, i) => {
    if (!Array.isArray(t) || typeof t[0] !== 'string' || typeof t[1] !== 'string' || !SOURCE_CODES.has(t[1]))
      fail(`term #${i} is malformed`);
    if (t[0].length > SEARCH_INDEX_LIMITS.textLength)
      fail(`term #${i} is longer than ${SEARCH_INDEX_LIMITS.textLength} characters`);
    if (t.length > 2 && (!Array.isArray(t[2]) || !t[2].every((n) => validRef(n) && n >= 0)))
      fail(`term "${t[0].slice(0, 40)}" refers to a category that does not exist`);
    if (t.length > 3 && (typeof t[3] !== 'string' || (t[3] !== '' && !INDUSTRY_CODE.test(t[3]))))
      fail(`term "${t[0].slice(0, 40)}" has a malformed industry code`);
    if (t.length > 4 && typeof t[4] !== 'string') fail(`term "${t[0].slice(0, 40)}" has malformed pinyin`);
  });
  if (
    index.pinyinWords !== undefined &&
    (typeof index.pinyinWords !== 'string' || index.pinyinWords.length > SEARCH_INDEX_LIMITS.pinyinWords)
  ) {
    fail('"pinyinWords" should be text');
  }
}
