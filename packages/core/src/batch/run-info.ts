import type { ResolvedColumns } from './columns.js';
import type { EncodingChoice } from './encoding.js';
import type { TableReader } from './table.js';

/** What was read, for the summary and the report. Plain data: it crosses from a Web Worker to the page. */
export interface BatchInput {
  file: string;
  kind: 'csv' | 'xlsx';
  encoding?: EncodingChoice;
  delimiter?: string;
  sheet?: string;
  columns: { scope: string; id?: string; date?: string; name?: string };
}

export function batchInput(file: string, table: TableReader, columns: ResolvedColumns): BatchInput {
  const input: BatchInput = { file, kind: table.kind, columns: { scope: columns.scope.name } };
  if (columns.id) input.columns.id = columns.id.name;
  if (columns.date) input.columns.date = columns.date.name;
  if (columns.name) input.columns.name = columns.name.name;
  if (table.encoding) input.encoding = { ...table.encoding };
  if (table.delimiter) input.delimiter = table.delimiter;
  if (table.sheet !== undefined) input.sheet = table.sheet;
  return input;
}
