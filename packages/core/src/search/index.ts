/** Browser-safe part of the business-scope search: the engine, its result types, the index format, the wording. */
export { createSearcher, type Searcher, type SearcherOptions } from './engine.js';
export type * from './types.js';
export {
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  SearchIndexError,
  assertSearchIndex,
  SEARCH_INDEX_LIMITS,
  type IndexCategory,
  type IndexIndustry,
  type IndexTerm,
  type SearchIndex,
  type TermSourceCode,
} from './index-format.js';
export { MAX_QUERY_LENGTH, clipText, normalizeText, stripBoilerplate, isBoilerplate } from './normalize.js';
export { splitClauses, type SplitClause } from './split.js';
export { COMMON_WORDS, tokenize } from './lexicon.js';
export {
  SEARCH_MESSAGES,
  describeCode,
  describeOutside,
  formatNotice,
  searchText,
  sourceLabel,
  strengthLabel,
  type SearchMessageId,
} from './messages.js';
