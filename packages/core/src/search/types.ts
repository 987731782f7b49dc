/**
 * What `search()` returns. Everything is plain data (strings, numbers, booleans): texts are the user's words or the
 * directory's, never markup, so a renderer must insert them as text.
 */
import type { TermSource } from './index-format.js';

export type { TermSource } from './index-format.js';

export interface SearchOptions {
  /** Most categories returned, best first (default 10). */
  limit?: number;
}

/**
 * Something the user should be told about the search itself. `clipped`: the text was longer than
 * `MAX_QUERY_LENGTH` and only its first `limit` characters were read. Word it with `formatNotice`.
 */
export interface SearchNotice {
  code: 'clipped';
  /** Characters read. */
  limit: number;
  /** Characters received. */
  length: number;
}

/**
 * `strong`: the text names, doing the same thing, what the category lists as a whole: a GB/T 4754 class listed
 * without `*`, a direction or category name, or an editors' alias. `possible`: the evidence goes through a class of
 * which only part belongs to the category (marked `*`), a key product or an official note, a keyword, a broad code,
 * pinyin or a corrected typo; the user should check the category page (the reasons say which part).
 */
export type MatchStrength = 'strong' | 'possible';

/** What kind of input was recognised. */
export type QueryKind = 'empty' | 'text' | 'code' | 'pinyin';

export interface CategoryRef {
  id: string;
  /** Official code (`1`, `1.3`); `null` for level-3 directions, which have none. */
  code: string | null;
  name: string;
}

/** A level-3 direction (国家分类的三级名称) that matched. */
export interface MatchedDirection {
  id: string;
  name: string;
  /** Placed by inference and awaiting verification (新材料 items): say so next to it. */
  inferred: boolean;
}

/** A GB/T 4754-2017 class that matched. */
export interface MatchedIndustry {
  code: string;
  name: string;
  /** Only part of the class belongs to the category (`*` in the national table). */
  partial: boolean;
}

/** One match of a clause with a directory term. */
export interface ClauseMatch {
  /** Id of the level-2 category (`1.3`). */
  category: string;
  /** The directory's words that matched (a name, product, note phrase, keyword, code …). */
  term: string;
  source: TermSource;
  direction?: MatchedDirection;
  industry?: MatchedIndustry;
  /** 0–1: how much this match alone says. */
  score: number;
}

/** What a typed code turned out to be. */
export interface CodeInfo {
  /** The code as typed, normalised (`I6513`, `65`, `1.3`). */
  code: string;
  kind: 'gb-section' | 'gb-division' | 'gb-group' | 'gb-class' | 'level-1' | 'level-2';
  /** Its official name, when the code exists. */
  name?: string;
  /** False when the code does not exist (or its section letter does not fit its digits). */
  known: boolean;
  /** True when the directory lists it (a GB class or something under a GB division/group, or a directory code). */
  inDirectory: boolean;
}

/** One clause of the input, in order. */
export interface SearchClause {
  /** The clause as read: normalised text with its qualifiers. */
  text: string;
  /** Listed under 许可项目: a permit is involved. */
  licensed: boolean;
  /** Parenthesised qualifiers kept with the clause (`不含危险废物经营`). */
  qualifiers: string[];
  /** Only common words (`技术服务、技术开发`): too general to match anything by itself. */
  generic: boolean;
  /** Matches that count towards the categories returned; empty when the clause matched nothing. */
  matches: ClauseMatch[];
  /** Present when the clause is a code. */
  code?: CodeInfo;
  /**
   * Present when the clause's best place in the national classification is an industry the directory does not list
   * (`物业管理` → 7020, `手机零售` → 52 零售业), or lists only in part and not this part (`partial`): the clause then
   * counts for no category.
   */
  outsideIndustry?: OutsideIndustry;
  /** Present when a typo was corrected: the directory's words that were probably meant. */
  correctedTo?: string;
  /**
   * Present when the clause is the company's name in a pasted licence (`名称：…`), read for the trade it names with
   * what the scope's items do (`correctedTo` gives the reading). Its matches are only possible.
   */
  companyName?: true;
}

/** A GB/T 4754-2017 industry (class, group, division or section) outside the directory, where a clause belongs. */
export interface OutsideIndustry {
  code: string;
  name: string;
  /** The directory lists part of this class, and the clause is not that part. */
  partial?: true;
  /** The words of the national classification that placed the clause there, when not the industry's name. */
  via?: string;
}

/** Why a category was returned: which clause matched which term. */
export interface MatchReason {
  /** Index into `clauses`. */
  clauseIndex: number;
  /** The clause text. */
  clause: string;
  term: string;
  source: TermSource;
  direction?: MatchedDirection;
  industry?: MatchedIndustry;
  score: number;
  /** This evidence alone makes only a possible match (see `MatchStrength`): the part to check. */
  possible: boolean;
}

/** A level-2 category the text falls in, with the evidence. */
export interface CategoryResult {
  /** Id, equal to the code for level 2 (`1.3`); used in URLs (`/directory/1.3/`). */
  id: string;
  code: string;
  name: string;
  level: 2;
  /** The level-1 category above it. */
  parent: CategoryRef;
  /** Level-3 directions that matched, best first (may be empty when a level-2 name or code matched). */
  directions: MatchedDirection[];
  /** GB/T 4754-2017 classes that matched, best first. */
  industries: MatchedIndustry[];
  /** 0–1, comparable between categories of one result. */
  score: number;
  strength: MatchStrength;
  /** Best first. */
  reasons: MatchReason[];
}

export interface SearchResult {
  /** The text searched, as received (after clipping). */
  query: string;
  kind: QueryKind;
  notice?: SearchNotice;
  clauses: SearchClause[];
  /** Level-2 categories above the threshold, best first. Empty when nothing passes: see `notFound`. */
  categories: CategoryResult[];
  /** Indexes of clauses that matched nothing (generic ones included). */
  unmatched: number[];
  /**
   * True when the text was not empty and no category passed the threshold: say "not found in the directory" and do
   * not show weak matches. Clauses marked `generic` or `outsideIndustry` tell why.
   */
  notFound: boolean;
}
