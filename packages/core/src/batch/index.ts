/**
 * Batch classification (`@sixin/core/batch`): a register of enterprises (CSV or xlsx) placed in the directory row
 * by row, with the figures for statistics. Browser-safe and free of Node modules: the command line adds worker
 * threads and files (`sixin classify`), the site's /batch/ page runs it in a Web Worker. The charts and the HTML
 * report, which need Apache ECharts, are in `@sixin/core/batch/report`.
 */
export {
  detectEncoding,
  encodingLabel,
  REPLACEMENT_CHARACTER,
  type EncodingChoice,
  type EncodingSource,
} from './encoding.js';
export { CsvParser, sniffDelimiter, CSV_DELIMITERS, type CsvRecord, type CsvParserOptions } from './csv.js';
export { bytesSource, blobSource, readChunks, type ByteSource } from './source.js';
export {
  openXlsx,
  columnIndex,
  excelSerialYear,
  type XlsxOptions,
  type XlsxWorkbook,
  type XlsxRow,
  type XlsxSheetInfo,
} from './xlsx.js';
export { openTable, type TableOptions, type TableReader, type TableRow } from './table.js';
export {
  resolveColumns,
  toRowInputs,
  yearOfDate,
  DEFAULT_ID_HEADERS,
  DEFAULT_SCOPE_HEADERS,
  ROW_PROBLEMS,
  type Column,
  type ColumnChoice,
  type ResolvedColumns,
  type RowInput,
  type RowProblem,
} from './columns.js';
export {
  classifyRows,
  primaryCategory,
  rowResultOf,
  skippedRow,
  CLAUSE_CACHE_SIZE,
  type RowCategory,
  type RowOutside,
  type RowResult,
  type RowStatus,
} from './classify.js';
export {
  BatchTally,
  directoryOutline,
  type BatchFigures,
  type CategoryCount,
  type DirectoryOutline,
  type Level2Count,
  type OutsideCount,
  type YearCount,
} from './summary.js';
export { csvField, neutraliseFormula, resultHeader, resultLine, RESULT_BOM } from './output.js';
export {
  inlineClassifier,
  runBatch,
  type BatchOutcome,
  type BatchProgress,
  type BatchRunOptions,
  type Classifier,
} from './pipeline.js';
export { batchInput, type BatchInput } from './run-info.js';
export {
  columnsSentence,
  displayWidth,
  encodingName,
  inputSentence,
  level1Table,
  level2Table,
  outsideTable,
  overview,
  rowsSentence,
  sixinTotal,
  yearsTable,
  type FigureTable,
  type OverviewLine,
} from './present.js';
export {
  BATCH_MESSAGES,
  batchText,
  formatCount,
  formatDuration,
  formatShare,
  type BatchMessageKey,
} from './messages.js';
export { BatchError, type BatchErrorCode } from './errors.js';
