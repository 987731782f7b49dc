import type { Artifact } from '../node/artifacts.js';
import { loadIndustryNotes, loadIndustryTable } from '../node/load.js';
import { buildSearchIndex } from './build-index.js';

/** `/data/search-index.json`: the vocabulary the search widget and `createSearcher` read (see `SearchIndex`). */
export const searchIndexArtifact: Artifact = {
  file: 'search-index.json',
  description: 'the business-scope search index: directory vocabulary, GB/T 4754-2017 names and notes, pinyin',
  build: (ctx) => {
    const index = buildSearchIndex({
      directory: ctx.directory,
      industries: loadIndustryTable(),
      notes: loadIndustryNotes(),
    });
    return ctx.revision ? { ...index, revision: ctx.revision } : index;
  },
};
