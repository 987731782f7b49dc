/**
 * One enterprise placed in the directory: the search engine's answer for its scope, reduced to what a statistics
 * table needs. Results are small plain objects, so they cross from worker threads (or a Web Worker) cheaply.
 */
import type { Searcher } from '../search/engine.js';
import type { MatchStrength, SearchResult } from '../search/types.js';
import type { RowInput, RowProblem } from './columns.js';

export interface RowCategory {
  /** Level-2 code (`1.3`). */
  code: string;
  name: string;
  strength: MatchStrength;
  level1: { code: string; name: string };
}

/** A clause whose place is an industry outside the directory. */
export interface RowOutside {
  clause: string;
  code: string;
  name: string;
  /** The directory lists part of this class, not the part the clause names. */
  partial: boolean;
}

/** `strong`: at least one category matched strongly; `possible`: only possibly; `none`: not in the directory. */
export type RowStatus = MatchStrength | 'none';

export interface RowResult {
  row: number;
  id: string;
  year?: number;
  undated?: true;
  /** Set for a row that was not classified (and then nothing else is). */
  problem?: RowProblem;
  status: RowStatus;
  /** Best first, as the engine ranked them. */
  categories: RowCategory[];
  outside: RowOutside[];
  /** A clause was listed under 许可项目. */
  licensed: boolean;
}

/**
 * Enough clauses for the items a register keeps repeating (measured: the engine is about ten times faster on a
 * remembered clause), and small enough that each worker stays well under a hundred megabytes.
 */
export const CLAUSE_CACHE_SIZE = 20_000;

/** The category a statistics table counts the enterprise under: its first strong category, else its first. */
export function primaryCategory(result: Pick<RowResult, 'categories'>): RowCategory | undefined {
  return result.categories.find((c) => c.strength === 'strong') ?? result.categories[0];
}

/** Reduces a search result to a row result. */
export function rowResultOf(input: RowInput, search: SearchResult): RowResult {
  const categories: RowCategory[] = search.categories.map((c) => ({
    code: c.code,
    name: c.name,
    strength: c.strength,
    level1: { code: c.parent.code ?? c.parent.id, name: c.parent.name },
  }));
  const outside: RowOutside[] = [];
  for (const clause of search.clauses) {
    if (clause.outsideIndustry) {
      outside.push({
        clause: clause.text,
        code: clause.outsideIndustry.code,
        name: clause.outsideIndustry.name,
        partial: Boolean(clause.outsideIndustry.partial),
      });
    }
  }
  const status: RowStatus = categories.some((c) => c.strength === 'strong')
    ? 'strong'
    : categories.length
      ? 'possible'
      : 'none';
  const result: RowResult = {
    row: input.row,
    id: input.id,
    status,
    categories,
    outside,
    licensed: search.clauses.some((c) => c.licensed),
  };
  if (input.year !== undefined) result.year = input.year;
  if (input.undated) result.undated = true;
  return result;
}

/** The result of a row that was not classified. */
export function skippedRow(input: RowInput, problem: RowProblem): RowResult {
  return { row: input.row, id: input.id, problem, status: 'none', categories: [], outside: [], licensed: false };
}

/** What is searched for a row: its scope, after its company's name as a licence writes it when there is one. */
export function rowSearchText(input: Pick<RowInput, 'scope' | 'name'>): string {
  return input.name ? `名称：${input.name}\n经营范围：${input.scope}` : input.scope;
}

/** Classifies rows in order; rows already marked with a problem pass through unclassified. */
export function classifyRows(searcher: Searcher, rows: RowInput[]): RowResult[] {
  return rows.map((input) => {
    if (input.problem) return skippedRow(input, input.problem);
    const search = searcher.search(rowSearchText(input));
    // A scope made only of boilerplate (凭营业执照依法自主开展经营活动) has nothing left to place.
    if (search.kind === 'empty') return skippedRow(input, 'empty-scope');
    return rowResultOf(input, search);
  });
}
