/**
 * @sixin/elements: every element, registered. This is also the entry of the single-file bundle
 * `dist/bundle/sixin-elements.js`. To load one element only, import `@sixin/elements/<element>` instead.
 */
export * from './sixin-category-tree.js';
export * from './sixin-scope-search.js';
export * from './sixin-eligibility-checker.js';
export { define } from './shared/define.js';
export { parseDirectory, DataError } from './shared/directory.js';
export {
  loadStrings,
  stringsFor,
  toLang,
  type Lang,
  type Strings,
  type DataProblem,
  type DataErrorCode,
} from './shared/strings.js';
export { VERSION } from './shared/version.js';
