import type {
  CategoryRef,
  CategoryResult,
  MatchedDirection,
  MatchedIndustry,
  SearchClause,
  SearchResult,
  TermSource,
} from '@sixin/core/search';
import type { CategoryRecord } from '../shared/directory.js';

/** A piece of text, marked when it is part of what matched. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** One clause of the user's text that matched one term of the directory. */
export interface ReasonView {
  clause: SearchClause;
  /** The clause as shown, split so that the words it shares with the term can be marked. */
  parts: TextPart[];
  term: string;
  source: TermSource;
  industry?: MatchedIndustry;
}

/** A level-3 direction of a result, with the GB/T 4754 classes and clauses that led to it. */
export interface DirectionView {
  direction: MatchedDirection;
  industries: MatchedIndustry[];
  reasons: ReasonView[];
}

/** A level-2 category of a result. */
export interface CategoryView {
  category: CategoryResult;
  directions: DirectionView[];
  /** Classes and clauses tied to the category itself rather than to one direction (its name or code matched). */
  industries: MatchedIndustry[];
  reasons: ReasonView[];
}

/** The level-2 results under one level-1 industry. */
export interface GroupView {
  parent: CategoryRef;
  categories: CategoryView[];
}

/**
 * The answer a result gives, before any evidence: `likely` when some category matched strongly (很可能属于),
 * `possible` when categories matched only possibly (可能属于，需核实), `none` when nothing in the directory did.
 */
export type Answer = 'likely' | 'possible' | 'none';

export function answerOf(result: SearchResult): Answer {
  if (result.notFound || !result.categories.length) return 'none';
  return result.categories.some((c) => c.strength === 'strong') ? 'likely' : 'possible';
}

/**
 * Where one clause of the text landed: in the directory (a strong category on evidence that is not only possible),
 * possibly in it, outside it in a national class the directory does not list, a code, too general to judge, or not
 * recognised at all.
 */
export type ClauseStatus = 'in' | 'possible' | 'outside' | 'code' | 'generic' | 'none';

export interface ClauseLine {
  clause: SearchClause;
  status: ClauseStatus;
  /** The categories shown that this clause counted for, best first. */
  categories: CategoryResult[];
}

/** One line for every clause of the text, in the order written, so that none of what was pasted goes unmentioned. */
export function clauseLines(result: SearchResult): ClauseLine[] {
  return result.clauses.map((clause, index) => {
    const categories = result.categories.filter((c) => c.reasons.some((r) => r.clauseIndex === index));
    const status: ClauseStatus = categories.some(
      (c) => c.strength === 'strong' && c.reasons.some((r) => r.clauseIndex === index && !r.possible),
    )
      ? 'in'
      : categories.length
        ? 'possible'
        : clause.outsideIndustry
          ? 'outside'
          : clause.code
            ? 'code'
            : clause.generic
              ? 'generic'
              : 'none';
    return { clause, status, categories };
  });
}

/**
 * The evidence of one card, at most `max` reasons: a clause matching several of the directory's products or
 * directions the same way is one reason, not one line each (软件开发 would otherwise give eight near-identical lines).
 */
export function cardReasons(view: CategoryView, max = 3): ReasonView[] {
  const seen = new Set<string>();
  const reasons: ReasonView[] = [];
  for (const reason of [...view.reasons, ...view.directions.flatMap((d) => d.reasons)]) {
    const key = `${reason.clause.text}\u0000${reason.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reasons.push(reason);
  }
  return reasons.slice(0, max);
}

/** Longest clause shown in full; longer ones (a paste with no separators) are cut, since the point is the match. */
export const CLAUSE_SHOWN_MAX = 200;

/**
 * Groups the engine's level-2 results under their level-1 industry, keeping the engine's order (best first) for both
 * the groups (by their best category) and the categories within a group; within a category, the clauses that
 * matched are sorted under the level-3 direction they point at.
 */
export function groupResults(result: SearchResult): GroupView[] {
  const groups = new Map<string, GroupView>();
  for (const category of result.categories) {
    let group = groups.get(category.parent.id);
    if (!group) groups.set(category.parent.id, (group = { parent: category.parent, categories: [] }));
    group.categories.push(viewOf(category, result.clauses));
  }
  return [...groups.values()];
}

function viewOf(category: CategoryResult, clauses: SearchClause[]): CategoryView {
  const directions = new Map<string, DirectionView>();
  for (const direction of category.directions) directions.set(direction.id, { direction, industries: [], reasons: [] });
  const view: CategoryView = { category, directions: [], industries: [], reasons: [] };
  const seen = new Set<string>();
  for (const reason of category.reasons) {
    const key = `${reason.clauseIndex}\u0000${reason.term}\u0000${reason.direction?.id ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let holder: { industries: MatchedIndustry[]; reasons: ReasonView[] } = view;
    if (reason.direction) {
      let direction = directions.get(reason.direction.id);
      if (!direction)
        directions.set(reason.direction.id, (direction = { direction: reason.direction, industries: [], reasons: [] }));
      holder = direction;
    }
    const clause = clauses[reason.clauseIndex] ?? {
      text: reason.clause,
      licensed: false,
      qualifiers: [],
      generic: false,
      matches: [],
    };
    holder.reasons.push({
      clause,
      parts: markMatch(clause.text, reason.term),
      term: reason.term,
      source: reason.source,
      industry: reason.industry,
    });
    if (reason.industry && !holder.industries.some((i) => i.code === reason.industry!.code))
      holder.industries.push(reason.industry);
  }
  view.directions = [...directions.values()];
  return view;
}

/**
 * Splits `clause` so that the runs of characters it shares with `term` are marked: the longest shared run first, then
 * the longest among what is left, and so on (`人工智能应用软件开发` against `人工智能软件开发` marks 人工智能 and
 * 软件开发). Runs shorter than two characters are not marked unless the term itself is one character, since a single
 * shared character says nothing. A clause longer than {@link CLAUSE_SHOWN_MAX} is cut, with `…`.
 */
export function markMatch(clause: string, term: string): TextPart[] {
  let chars = Array.from(clause);
  const cut = chars.length > CLAUSE_SHOWN_MAX;
  if (cut) chars = chars.slice(0, CLAUSE_SHOWN_MAX);
  const wanted = Array.from(term);
  const marked = new Uint8Array(chars.length);
  const used = new Uint8Array(wanted.length);
  const shortest = Math.min(2, wanted.length);
  for (let round = 0; round < 6; round++) {
    // Longest common run of unmarked clause characters and unused term characters (dynamic programming by row).
    let best = 0;
    let bestEnd = 0;
    let bestTermEnd = 0;
    let previous = new Uint16Array(wanted.length + 1);
    for (let i = 0; i < chars.length; i++) {
      const row = new Uint16Array(wanted.length + 1);
      for (let j = 0; j < wanted.length; j++) {
        if (marked[i] || used[j] || chars[i] !== wanted[j]) continue;
        row[j + 1] = previous[j] + 1;
        if (row[j + 1] > best) [best, bestEnd, bestTermEnd] = [row[j + 1], i, j];
      }
      previous = row;
    }
    if (best < shortest || best === 0) break;
    for (let k = 0; k < best; k++) {
      marked[bestEnd - k] = 1;
      used[bestTermEnd - k] = 1;
    }
  }
  const parts: TextPart[] = [];
  chars.forEach((ch, i) => {
    const mark = marked[i] === 1;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += ch;
    else parts.push({ text: ch, mark });
  });
  if (cut) parts.push({ text: '…', mark: false });
  return parts;
}

/** The level-2 category of a result as a directory record, the shape `sixin-select` carries. */
export function categoryRecord(category: CategoryResult): CategoryRecord {
  return {
    id: category.id,
    code: category.code,
    level: 2,
    name: category.name,
    parent: category.parent.id,
    industries: category.industries.map(({ code, name, partial }) => ({ code, name, partial })),
  };
}

/** A level-3 direction of a result as a directory record (with the classes through which it matched). */
export function directionRecord(view: DirectionView, category: CategoryResult): CategoryRecord {
  const { direction } = view;
  return {
    id: direction.id,
    code: null,
    level: 3,
    name: direction.name,
    parent: category.id,
    status: direction.inferred ? 'inferred' : 'official',
    industries: view.industries.map(({ code, name, partial }) => ({ code, name, partial })),
  };
}

/** The `q` parameter of a URL (empty when absent). */
export function queryOf(href: string): string {
  return new URL(href).searchParams.get('q') ?? '';
}

/** `href` with its `q` parameter set to `query`, or removed when `query` is empty; other parameters and the hash stay. */
export function withQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  return url.href;
}
