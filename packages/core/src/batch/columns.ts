/**
 * Which columns of a register hold what, and each data row turned into what the classifier needs: the enterprise's
 * id, its scope, its registration year, or the reason the row cannot be read.
 */
import { REPLACEMENT_CHARACTER } from './encoding.js';
import { BatchError } from './errors.js';
import type { TableReader, TableRow } from './table.js';
import { excelSerialYear } from './xlsx.js';

/** Why a row was skipped; each has a sentence in `messages.ts`. */
export type RowProblem = 'empty-scope' | 'broken-encoding' | 'short-row' | 'too-long' | 'unclosed-quote';
export const ROW_PROBLEMS: readonly RowProblem[] = [
  'empty-scope',
  'broken-encoding',
  'short-row',
  'too-long',
  'unclosed-quote',
];

export interface ColumnChoice {
  /** Header of the business-scope column; `经营范围` (or a header containing it) when not given. */
  scope?: string;
  /** Header of the id column; `统一社会信用代码` or a similar one when not given (rows are then known by number). */
  id?: string;
  /** Header of the registration-date column, for new enterprises per year; none when not given. */
  date?: string;
  /**
   * Header of the company-name column; `企业名称` or a similar one when not given. A name's trade is read beside the
   * scope (`重庆两江稀土永磁材料有限公司` says what `磁性材料生产` makes), as the search does for a pasted licence.
   */
  name?: string;
}

export interface Column {
  index: number;
  name: string;
}

export interface ResolvedColumns {
  scope: Column;
  id?: Column;
  date?: Column;
  name?: Column;
}

/** Headers taken for the scope and the id when none is named, best first. */
export const DEFAULT_SCOPE_HEADERS = ['经营范围', '经营范围（一般项目）', 'business scope', 'business_scope', 'scope'];
export const DEFAULT_ID_HEADERS = [
  '统一社会信用代码',
  '社会信用代码',
  '信用代码',
  '注册号',
  '企业注册号',
  'uscc',
  'credit code',
  'id',
];
export const DEFAULT_NAME_HEADERS = [
  '企业名称',
  '名称',
  '企业（机构）名称',
  '市场主体名称',
  '公司名称',
  'company name',
  'company_name',
  'enterprise name',
];

function findHeader(header: string[], names: string[], containing: string): Column | undefined {
  for (const name of names) {
    const index = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (index >= 0) return { index, name: header[index] };
  }
  const index = header.findIndex((h) => h.includes(containing));
  return index >= 0 ? { index, name: header[index] } : undefined;
}

/** Finds the columns by header; throws a `BatchError` naming a column that is not there and listing those that are. */
export function resolveColumns(header: string[], choice: ColumnChoice, fileName: string): ResolvedColumns {
  const named = (name: string): Column => {
    const wanted = name.trim();
    let index = header.indexOf(wanted);
    if (index < 0) index = header.findIndex((h) => h.toLowerCase() === wanted.toLowerCase());
    if (index < 0)
      throw new BatchError('errorColumnNotFound', { file: fileName, column: wanted, columns: listHeaders(header) });
    return { index, name: header[index] };
  };
  const scope = choice.scope ? named(choice.scope) : findHeader(header, DEFAULT_SCOPE_HEADERS, '经营范围');
  if (!scope)
    throw new BatchError('errorColumnNotFound', { file: fileName, column: '经营范围', columns: listHeaders(header) });
  const id = choice.id ? named(choice.id) : findHeader(header, DEFAULT_ID_HEADERS, '信用代码');
  const date = choice.date ? named(choice.date) : undefined;
  const name = choice.name ? named(choice.name) : findHeader(header, DEFAULT_NAME_HEADERS, '企业名称');
  for (const other of [id, date, name]) {
    if (other && other.index === scope.index)
      throw new BatchError('errorSameColumn', { file: fileName, column: scope.name });
  }
  const columns: ResolvedColumns = { scope };
  if (id) columns.id = id;
  if (date) columns.date = date;
  if (name) columns.name = name;
  return columns;
}

function listHeaders(header: string[]): string {
  const shown = header
    .filter(Boolean)
    .slice(0, 30)
    .map((h) => `“${h}”`);
  return shown.join('、') + (header.length > 30 ? ' …' : '');
}

/** One enterprise as the classifier receives it. */
export interface RowInput {
  row: number;
  id: string;
  scope: string;
  /** The company's name, when a name column was found and this row has one. */
  name?: string;
  /** Registration year, when a date column was named and the date could be read. */
  year?: number;
  /** A date column was named but this row's date could not be read (the row is still classified). */
  undated?: true;
  /** Set when the row cannot be classified; the classifier passes it through. */
  problem?: RowProblem;
}

/** The year of a registration date as registers write it (2019-03-05, 2019/3/5, 2019年3月5日, 20190305, 2019.03). */
export function yearOfDate(text: string): number | undefined {
  const m = /^\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})|(\d{2})\d{2}(?!\d)|(?!\d))/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[3] ?? 1);
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 ? year : undefined;
}

/** Turns table rows into classifier input, marking the rows that cannot be read. */
export function toRowInputs(
  rows: TableRow[],
  columns: ResolvedColumns,
  table: Pick<TableReader, 'kind' | 'date1904'>,
): RowInput[] {
  return rows.map((r) => {
    const id = columns.id ? (r.cells[columns.id.index] ?? '').trim() : '';
    const scope = (r.cells[columns.scope.index] ?? '').trim();
    const input: RowInput = { row: r.row, id, scope };
    const name = columns.name ? (r.cells[columns.name.index] ?? '').trim() : '';
    // A name with broken characters says nothing reliable; the scope is still classified.
    if (name && !name.includes(REPLACEMENT_CHARACTER)) input.name = name;
    if (r.problem) input.problem = r.problem;
    else if (table.kind === 'csv' && r.cells.length <= columns.scope.index) input.problem = 'short-row';
    else if (scope.includes(REPLACEMENT_CHARACTER) || id.includes(REPLACEMENT_CHARACTER))
      input.problem = 'broken-encoding';
    else if (!scope) input.problem = 'empty-scope';
    if (columns.date && !input.problem) {
      const cell = (r.cells[columns.date.index] ?? '').trim();
      const year = r.numeric?.has(columns.date.index)
        ? excelSerialYear(Number(cell), table.date1904)
        : yearOfDate(cell);
      if (year === undefined) input.undated = true;
      else input.year = year;
    }
    return input;
  });
}
