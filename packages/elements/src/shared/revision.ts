/**
 * Data stamped with the published directory revision they were exported from (`revision.date` of `tree.json`,
 * `directory.json`, `search-index.json` and `rules.json`), shown as "目录版本：2021-12-30". Data with unreleased
 * changes have no date but name the revision they follow (`unreleased`, `after`); data from before revisions name
 * none. Read with `stampOf` and shown only as text, whatever it holds.
 */
export type Stamped = { revision?: { date?: string; unreleased?: boolean; after?: string } } | undefined;

/** 目录版本：2021-12-30, or 目录版本：2021-12-30 版之后尚未发布的修改. */
export function revisionWords(
  common: { revision: string; unreleasedAfter: (date: string) => string },
  stamp: { date: string; unreleased: boolean },
): string {
  return common.revision + (stamp.unreleased ? common.unreleasedAfter(stamp.date) : stamp.date);
}

/**
 * The revision data name, for the line under a widget: the released date, or for data with changes not yet released
 * the date they follow (`unreleased: true`); undefined when the data name none.
 */
export function stampOf(value: unknown): { date: string; unreleased: boolean } | undefined {
  const revision = (value as Stamped)?.revision;
  if (typeof revision?.date === 'string') return { date: revision.date, unreleased: false };
  if (revision?.unreleased && typeof revision.after === 'string') return { date: revision.after, unreleased: true };
  return undefined;
}
