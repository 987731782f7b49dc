/**
 * @sixin/core: the framework-free heart of the tool. Everything here runs in Node and in browsers.
 * Node-only pieces (reading `content/` from disk, the CLI) are in `@sixin/core/node`.
 */
export type * from './model/types.js';
export { IndustryTable, INDUSTRY_LEVEL_ZH, type IndustryEntry, type IndustryLevel } from './reference/industries.js';
export { parseCsv } from './reference/csv.js';
export {
  assembleContent,
  checkCitations,
  type ContentFile,
  type ContentInput,
  type ContentResult,
  type Citation,
} from './content/assemble.js';
export { parseFrontMatter, type FrontMatter } from './content/frontmatter.js';
export {
  checkFrontMatter,
  parseCategoryBody,
  parseDirectoryEntry,
  parsePolicyDocument,
  CLAUSE_ID,
} from './content/parse.js';
export * from './content/schema.js';
export {
  MESSAGES,
  ContentError,
  formatProblem,
  problemMessage,
  sortProblems,
  type Lang,
  type Problem,
  type ProblemCode,
} from './content/problems.js';
export { format, type Catalog, type Message, type MessageParams, type Template } from './messages.js';
export * from './rules/index.js';
export * from './search/index.js';
export * from './revisions/diff.js';
export {
  checkHistory,
  formatRevisionFile,
  parseRevisionFile,
  REVISION_DATE,
  UNRELEASED_FILE,
  type HistoryStep,
  type PublishedRevision,
  type Revision,
  type RevisionStamp,
  type UnreleasedChanges,
} from './revisions/history.js';
