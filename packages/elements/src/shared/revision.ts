/**
 * Data stamped with the published directory revision they were exported from (`revision.date` of `tree.json`,
 * `directory.json`, `search-index.json` and `rules.json`), shown as "目录版本：2021-12-30". Data with unreleased
 * changes, or from before revisions, have no date. Read as `(value as Stamped)?.revision?.date` and shown only as
 * text, whatever it holds.
 */
export type Stamped = { revision?: { date?: string } } | undefined;
