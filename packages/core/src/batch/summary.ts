/**
 * The figures of a batch: how many enterprises are 四新 (strongly or possibly), their structure by level-1 and
 * level-2 category, the industries outside the directory their other clauses belong to, and new 四新 enterprises per
 * registration year. A tally holds counts per category, industry and year only, so its size does not grow with
 * the number of rows.
 *
 * Structure counts each enterprise once, under its primary category (`primaryCategory`), so the shares add up to
 * the 四新 total; an enterprise whose scope spans several categories also counts in `level2[].mentioned` for each.
 */
import type { SearchIndex } from '../search/index-format.js';
import { primaryCategory, type RowResult, type RowStatus } from './classify.js';
import { ROW_PROBLEMS, type RowProblem } from './columns.js';

export interface OutlineEntry {
  code: string;
  name: string;
}

export interface DirectoryOutline {
  level1: OutlineEntry[];
  level2: Array<OutlineEntry & { level1: string }>;
}

/** The directory's level-1 and level-2 categories, in the directory's order, from the search index. */
export function directoryOutline(index: Pick<SearchIndex, 'categories'>): DirectoryOutline {
  const level1: OutlineEntry[] = [];
  const level2: DirectoryOutline['level2'] = [];
  for (const [, code, name, parent] of index.categories) {
    if (parent < 0) level1.push({ code, name });
    else if (code && index.categories[parent]?.[3] === -1)
      level2.push({ code, name, level1: index.categories[parent][1] });
  }
  return { level1, level2 };
}

export interface CategoryCount extends OutlineEntry {
  /** Enterprises whose primary category this is, matched strongly / only possibly. */
  strong: number;
  possible: number;
}

export interface Level2Count extends CategoryCount {
  level1: string;
  /** Enterprises with this category anywhere in their result. */
  mentioned: number;
}

export interface OutsideCount {
  code: string;
  name: string;
  /** Enterprises with at least one clause placed in this industry. */
  enterprises: number;
}

export interface YearCount {
  year: number;
  /** Enterprises registered that year (rows classified). */
  all: number;
  strong: number;
  possible: number;
}

export interface BatchFigures {
  /** Data rows read (blank rows aside). */
  rows: number;
  classified: number;
  skipped: number;
  skippedBy: Record<RowProblem, number>;
  strong: number;
  possible: number;
  /** Classified, and in no category of the directory. */
  none: number;
  /** Classified rows with a clause under 许可项目. */
  licensed: number;
  /** Classified rows with at least one clause outside the directory. */
  withOutside: number;
  level1: CategoryCount[];
  level2: Level2Count[];
  /** Most enterprises first. */
  outside: OutsideCount[];
  /** Present when a date column was read: every year seen, in order. */
  years?: YearCount[];
  /** Classified rows whose date could not be read (date column named). */
  undated?: number;
}

export class BatchTally {
  readonly #outline: DirectoryOutline;
  readonly #dated: boolean;
  #rows = 0;
  #status: Record<RowStatus, number> = { strong: 0, possible: 0, none: 0 };
  #licensed = 0;
  #withOutside = 0;
  #undated = 0;
  readonly #skipped = Object.fromEntries(ROW_PROBLEMS.map((p) => [p, 0])) as Record<RowProblem, number>;
  readonly #level1 = new Map<string, { strong: number; possible: number }>();
  readonly #level2 = new Map<string, { strong: number; possible: number; mentioned: number }>();
  readonly #outside = new Map<string, OutsideCount>();
  readonly #years = new Map<number, YearCount>();

  constructor(outline: DirectoryOutline, options: { dated?: boolean } = {}) {
    this.#outline = outline;
    this.#dated = Boolean(options.dated);
  }

  add(result: RowResult): void {
    this.#rows++;
    if (result.problem) {
      this.#skipped[result.problem]++;
      return;
    }
    this.#status[result.status]++;
    if (result.licensed) this.#licensed++;
    const primary = primaryCategory(result);
    if (primary) {
      const strength = primary.strength;
      bump(this.#level1, primary.level1.code, () => ({ strong: 0, possible: 0 }))[strength]++;
      bump(this.#level2, primary.code, () => ({ strong: 0, possible: 0, mentioned: 0 }))[strength]++;
    }
    for (const code of new Set(result.categories.map((c) => c.code)))
      bump(this.#level2, code, () => ({ strong: 0, possible: 0, mentioned: 0 })).mentioned++;
    if (result.outside.length) this.#withOutside++;
    for (const o of uniqueBy(result.outside, (o) => o.code))
      bump(this.#outside, o.code, () => ({ code: o.code, name: o.name, enterprises: 0 })).enterprises++;
    if (result.year !== undefined) {
      const year = bump(this.#years, result.year, () => ({ year: result.year!, all: 0, strong: 0, possible: 0 }));
      year.all++;
      if (result.status !== 'none') year[result.status]++;
    } else if (this.#dated) this.#undated++;
  }

  figures(): BatchFigures {
    const skipped = ROW_PROBLEMS.reduce((sum, p) => sum + this.#skipped[p], 0);
    const figures: BatchFigures = {
      rows: this.#rows,
      classified: this.#rows - skipped,
      skipped,
      skippedBy: { ...this.#skipped },
      strong: this.#status.strong,
      possible: this.#status.possible,
      none: this.#status.none,
      licensed: this.#licensed,
      withOutside: this.#withOutside,
      level1: this.#outline.level1.map((c) => ({ ...c, ...(this.#level1.get(c.code) ?? { strong: 0, possible: 0 }) })),
      level2: this.#outline.level2.map((c) => ({
        ...c,
        ...(this.#level2.get(c.code) ?? { strong: 0, possible: 0, mentioned: 0 }),
      })),
      outside: [...this.#outside.values()].sort(
        (a, b) => b.enterprises - a.enterprises || a.code.localeCompare(b.code),
      ),
    };
    if (this.#dated) {
      figures.years = [...this.#years.values()].sort((a, b) => a.year - b.year);
      figures.undated = this.#undated;
    }
    return figures;
  }
}

function bump<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (!value) map.set(key, (value = create()));
  return value;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && (seen.add(key(item)), true));
}
