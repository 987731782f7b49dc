/**
 * The date of the published directory revision that data were exported from (`revision.date` of `tree.json`,
 * `directory.json`, `search-index.json` and `rules.json`), shown as "目录版本：2021-12-30". Data with unreleased
 * changes, or from before revisions, have none. Shown only as text, whatever it holds.
 */
export const revisionOf = (data: unknown): string | undefined =>
  (data as { revision?: { date?: string } } | undefined)?.revision?.date;
