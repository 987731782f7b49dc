import type { ContentResult } from '../content/assemble.js';
import type { DirectoryData, PolicyData } from '../model/types.js';
import type { RevisionStamp } from '../revisions/history.js';
import { treeArtifact } from './tree-artifact.js';
import { rulesArtifact } from '../rules/artifact.js';
import { searchIndexArtifact } from '../search/artifact.js';

/** Validated content, handed to each artifact builder. */
export interface ExportContext {
  directory: DirectoryData;
  policy: PolicyData;
  contentDir: string;
  result: ContentResult;
  /** Which directory revision these data are; written into each directory file so answers name it. */
  revision?: RevisionStamp;
}

/** The directory with its revision stamp, when there is one. */
export const stamped = (ctx: ExportContext): DirectoryData =>
  ctx.revision ? { ...ctx.directory, revision: ctx.revision } : ctx.directory;

/** A JSON file the site publishes for the widgets and for embedders, built from validated content. */
export interface Artifact {
  /** File name inside the output folder, such as `directory.json`. Stable: embedders link to it. */
  file: string;
  description: string;
  build(ctx: ExportContext): unknown;
}

export const directoryArtifact: Artifact = {
  file: 'directory.json',
  description: 'the validated directory: categories, industry classes, clause titles',
  build: stamped,
};

/** The directory files each published revision also has under `/data/<date>/`, so embedders can pin one. */
export const REVISION_ARTIFACTS = ['directory.json', 'tree.json', 'search-index.json'];

/** Everything `sixin export --out-dir` writes; later features add their artifact here. */
export const ARTIFACTS: Artifact[] = [directoryArtifact, treeArtifact, rulesArtifact, searchIndexArtifact];
