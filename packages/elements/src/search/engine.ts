/**
 * The business-scope search engine of `@sixin/core`, imported only through `import('./engine.js')`. The single-file
 * bundle therefore keeps it in a chunk of its own beside `sixin-elements.js` (about 28 KB gzipped, most of a page's
 * budget), which is fetched together with the search index the first time someone uses the search box; pages that
 * only show the tree never download it. Only what the element calls is re-exported, so nothing else of the engine's
 * package is bundled.
 */
export { createSearcher, SearchIndexError, strengthLabel } from '@sixin/core/search';
// The results are drawn only once the engine is here, so their rendering travels with it rather than in every page's
// download of the bundle, and so do their words: core's search messages, the same the `sixin search` command prints.
export { renderResult, revisionText, summaryOf } from './search.results.js';
export { resultStyles } from './search.results.styles.js';
