import {
  describeDiff,
  diffFor,
  isEmptyDiff,
  type Category,
  type DirectoryData,
  type DirectoryDiff,
  type RevisionCategoryRef,
} from '@sixin/core';
import { loadHistory, type History } from '@sixin/core/node';
import { sitePaths, type SitePaths } from './paths.ts';

/** One revision as the changes page, the feed and the category pages show it. */
export interface RevisionView {
  date: string;
  basis: string;
  summary: string;
  /** What changed since the revision before, one sentence each; empty for the first revision. */
  changes: string[];
  first: boolean;
  diff: DirectoryDiff | null;
}

/** A published id the working directory no longer has: its page stays and says why. */
export interface RetiredCategory {
  id: string;
  name: string;
  code: string | null;
  level: 1 | 2 | 3;
  /** Last revision that listed it. */
  lastListed: string;
  /** The revision that dropped it, or `null` when the change is not yet released. */
  removedIn: string | null;
  /** Where it went (following renames and moves to the id listed today), when it was replaced. */
  replacement?: { id: string; name: string; code: string | null };
  /** The withdrawal statement, when it was withdrawn. */
  withdrawn?: string;
}

export interface SiteHistory {
  /** Newest first. */
  revisions: RevisionView[];
  /** Changes in the working content not yet released, in words; empty when there are none. */
  unreleased: string[];
  /** Date of the revision since which each current id is listed without a break. */
  since: Map<string, string>;
  /** The revisions that changed each id (newest first), with the sentences about it. */
  changesOf: (id: string) => Array<{ date: string | null; changes: string[] }>;
  retired: RetiredCategory[];
}

const label = (c: Pick<Category, 'code' | 'name'>) => (c.code ? `${c.code} ${c.name}` : c.name);

/** Builds what the pages show from the checked history and the working directory. Pure, so it is tested without a build. */
export function siteHistory(
  history: Pick<History, 'steps' | 'unreleasedDiff' | 'unreleased'>,
  working: Pick<DirectoryData, 'categories'>,
): SiteHistory {
  const names = new Map<string, string>();
  for (const step of history.steps) for (const c of step.revision.snapshot.categories) names.set(c.id, label(c));
  for (const c of working.categories) names.set(c.id, label(c));
  const words = (diff: DirectoryDiff) => describeDiff(diff, 'zh-CN', (id) => names.get(id));

  const revisions: RevisionView[] = history.steps.map((s, i) => ({
    date: s.revision.date,
    basis: s.revision.basis,
    summary: s.revision.summary,
    changes: s.diff ? words(s.diff) : [],
    first: i === 0,
    diff: s.diff,
  }));

  const since = new Map<string, string>();
  const current = new Set(working.categories.map((c) => c.id));
  for (const id of current) {
    // Walk back while each revision lists the id: the oldest of that unbroken run is "listed since".
    let date: string | undefined;
    for (let i = history.steps.length - 1; i >= 0; i--) {
      if (!history.steps[i].revision.snapshot.categories.some((c) => c.id === id)) break;
      date = history.steps[i].revision.date;
    }
    if (date) since.set(id, date);
  }

  // Every replacement ever declared (released ones in order, then unreleased), to follow an old id to today's.
  const replacedBy = new Map<string, string>();
  const removal = new Map<string, { in: string | null; withdrawn?: string; last: string; ref: RevisionCategoryRef }>();
  const record = (diff: DirectoryDiff | null, date: string | null, previous: string) => {
    if (!diff) return;
    for (const r of [...diff.renamed, ...diff.moved])
      if (r.from.id !== r.to.id) {
        replacedBy.set(r.from.id, r.to.id);
        removal.set(r.from.id, { in: date, last: previous, ref: r.from });
      }
    for (const c of diff.removed) removal.set(c.id, { in: date, withdrawn: c.withdrawn, last: previous, ref: c });
  };
  history.steps.forEach((s, i) =>
    record(s.diff, s.revision.date, history.steps[i - 1]?.revision.date ?? s.revision.date),
  );
  const lastDate = history.steps[history.steps.length - 1]?.revision.date;
  if (lastDate) record(history.unreleasedDiff, null, lastDate);

  const byId = new Map(working.categories.map((c) => [c.id, c]));
  const retired: RetiredCategory[] = [];
  for (const [id, r] of removal) {
    if (current.has(id)) continue; // listed again later: its normal page tells the story
    let target = replacedBy.get(id);
    const seen = new Set([id]);
    while (target && !current.has(target) && !seen.has(target)) {
      seen.add(target);
      target = replacedBy.get(target);
    }
    const replacement = target && byId.get(target);
    retired.push({
      id,
      name: r.ref.name,
      code: r.ref.code,
      level: r.ref.level,
      lastListed: r.last,
      removedIn: r.in,
      ...(replacement ? { replacement: { id: replacement.id, name: replacement.name, code: replacement.code } } : {}),
      ...(r.withdrawn !== undefined ? { withdrawn: r.withdrawn } : {}),
    });
  }

  const changesOf = (id: string) => {
    const out: Array<{ date: string | null; changes: string[] }> = [];
    if (history.unreleasedDiff) {
      const mine = diffFor(history.unreleasedDiff, id);
      if (!isEmptyDiff(mine)) out.push({ date: null, changes: words(mine) });
    }
    for (const r of [...revisions].reverse()) {
      if (!r.diff) continue;
      const mine = diffFor(r.diff, id);
      if (!isEmptyDiff(mine)) out.push({ date: r.date, changes: words(mine) });
    }
    return out;
  };

  return {
    revisions: revisions.reverse(),
    unreleased: history.unreleasedDiff ? words(history.unreleasedDiff) : [],
    since,
    changesOf,
    retired,
  };
}

let cached: { key: Category[]; value: SiteHistory } | undefined;

/**
 * The history of the content folder this build reads, against the categories of the content collection (pages get
 * them from `getCollection`: the loader has validated the folder, the history included, before any page renders).
 */
export function readSiteHistory(
  categories: Category[],
  paths: Pick<SitePaths, 'contentDir' | 'projectRoot'> = sitePaths(),
): SiteHistory {
  if (cached?.key === categories) return cached.value;
  const value = siteHistory(loadHistory(paths.contentDir, { categories }, paths.projectRoot), { categories });
  cached = { key: categories, value };
  return value;
}
