/**
 * The validated directory and policy as the site and the widgets receive them.
 * This is also the shape of the JSON that `sixin export` writes (see {@link DirectoryData}).
 */

/** A GB/T 4754-2017 industry class attached to a category. */
export interface IndustryRef {
  /** Four-digit class code, such as `6513`. */
  code: string;
  /** Official class name, such as `应用软件开发`. */
  name: string;
  /** The `*` mark of the national table: only part of the class belongs to this category. */
  partial: boolean;
}

/** Key products and services listed under one industry class of a category. */
export interface ProductGroup {
  industry: string;
  items: string[];
}

export type CategoryLevel = 1 | 2 | 3;

/**
 * `official`: as in the district's annex or the national classification.
 * `inferred`: placed by inference (新材料 items), awaiting verification.
 */
export type CategoryStatus = 'official' | 'inferred';

export interface Category {
  /** Unique id: `1`, `1.3`, or `1.3/<slug>` for a level-3 direction. Used in URLs. */
  id: string;
  /** Official code for levels 1 and 2 (`1`, `1.3`); `null` for level-3 directions, which have none in the source. */
  code: string | null;
  level: CategoryLevel;
  name: string;
  /** Id of the parent category, `null` at level 1. */
  parent: string | null;
  /** Ids of the children in display order. */
  children: string[];
  order: number;
  status: CategoryStatus;
  industries: IndustryRef[];
  products: ProductGroup[];
  keywords: string[];
  aliases: string[];
  /** Further notes as Markdown (sections of the body other than the product list). */
  notes: string;
  /** Path of the content file, relative to the content folder, for "edit this page" links and errors. */
  source: string;
}

export interface PolicyHeading {
  type: 'heading';
  depth: number;
  text: string;
  /** Clause id such as `4.2`, when the heading carries one. */
  clause?: string;
}
export interface PolicyParagraph {
  type: 'paragraph';
  text: string;
}
export interface PolicyTable {
  type: 'table';
  header: string[];
  rows: string[][];
}
export type PolicyBlock = PolicyHeading | PolicyParagraph | PolicyTable;

export interface PolicyDocument {
  /** File name without extension: `notice`, `measures`, `annex`. */
  id: string;
  title: string;
  order: number;
  blocks: PolicyBlock[];
  source: string;
}

/** A citable clause of the policy. */
export interface Clause {
  /** Stable id such as `4.2` or `annex.1`. */
  id: string;
  /** The heading as written, such as `（二）营造宽松开放的市场准入环境`. */
  title: string;
  /** Id of the document that holds it. */
  document: string;
  /** Ids of the enclosing clauses, outermost first (`['4']` for `4.2`). */
  ancestors: string[];
  /** The clause's own paragraphs as plain text. */
  text: string;
}

export interface PolicyData {
  documents: PolicyDocument[];
  clauses: Clause[];
}

export interface DirectoryCounts {
  level1: number;
  level2: number;
  level3: number;
  inferred: number;
  industries: number;
}

/** What `sixin export` writes and the widgets read. */
export interface DirectoryData {
  schemaVersion: 1;
  counts: DirectoryCounts;
  /** All categories in tree order (depth first, by `order`). */
  categories: Category[];
  /** Every GB/T 4754-2017 class the directory references, with the ids of the categories that list it. */
  industries: Record<string, { name: string; categories: string[] }>;
  /** Citable clauses of the policy (id, title, document). */
  clauses: Array<Pick<Clause, 'id' | 'title' | 'document'>>;
  /** The directory revision these data are (`content/revisions/`), when one has been released. */
  revision?: { date: string } | { unreleased: true; after: string };
}
