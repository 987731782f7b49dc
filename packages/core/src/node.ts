/** Node-only entry of @sixin/core: reading and validating `content/` from disk, writing exports, the CLI. */
export {
  loadContent,
  loadContentOrThrow,
  loadIndustryTable,
  loadIndustryNotes,
  readSection,
  DATA_DIR,
  type LoadOptions,
} from './node/load.js';
export { writeFileAtomic } from './node/write.js';
export { main } from './cli.js';
export { summaryLine } from './cli/validate.js';
export {
  ARTIFACTS,
  REVISION_ARTIFACTS,
  directoryArtifact,
  type Artifact,
  type ExportContext,
} from './node/artifacts.js';
export { treeData, nameInitials, type TreeData, type TreeCategory } from './node/tree-artifact.js';
export {
  buildSearchIndex,
  buildSearchIndexFromContent,
  notePhrases,
  productPhrases,
  type BuildSearchIndexInput,
} from './search/build-index.js';
export { loadSiteContent, type SiteContent } from './node/site-content.js';
export { parseContacts, parseSettings, type ContactPoint, type SiteSettings } from './content/contacts.js';
export {
  readRevisions,
  loadHistory,
  revisionStamp,
  writeRelease,
  type History,
  type RevisionsResult,
} from './node/revisions.js';
