/**
 * A register file as a table: its header and its rows, a chunk at a time, whatever the format. The format is told
 * from the bytes (a zip archive is an xlsx workbook; the old binary .xls and anything with NUL bytes is refused with
 * what to do), CSV text is decoded with the detected or given encoding, and blank rows are passed over.
 */
import { CsvParser } from './csv.js';
import { detectEncoding, type EncodingChoice } from './encoding.js';
import { BatchError } from './errors.js';
import { readChunks, type ByteSource } from './source.js';
import { openXlsx } from './xlsx.js';

export interface TableRow {
  /** 1-based row number as a spreadsheet shows it (the header is usually row 1). */
  row: number;
  cells: string[];
  /** Columns stored as numbers in a workbook (a date column may hold serial day numbers). */
  numeric?: Set<number>;
  /** The row could not be read whole (CSV): `too-long` or `unclosed-quote`. */
  problem?: 'too-long' | 'unclosed-quote';
}

export interface TableOptions {
  /** Encoding label for CSV (see `encodingLabel`); detected when not given. */
  encoding?: string;
  /** CSV delimiter; sniffed from the header line when not given. */
  delimiter?: string;
  /** xlsx sheet name or 1-based number; the first sheet when not given. */
  sheet?: string;
}

export interface TableReader {
  kind: 'csv' | 'xlsx';
  /** CSV only: the encoding used and how it was chosen. */
  encoding?: EncodingChoice;
  /** CSV only: the delimiter used. */
  delimiter?: string;
  /** xlsx only: the sheet read, and every sheet's name. */
  sheet?: string;
  sheets?: string[];
  /** xlsx only: dates are counted in the 1904 system. */
  date1904: boolean;
  header: string[];
  headerRow: number;
  /** The data rows after the header, a chunk at a time. */
  rows(): AsyncGenerator<TableRow[]>;
  /** Share of the input read so far, 0–1 (bytes of the file or of the sheet). */
  progress(): number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file header of old .xls workbooks and of password-protected xlsx files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SAMPLE_BYTES = 64 << 10;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Opens a register file and reads up to its header row. Throws a `BatchError` naming the problem. */
export async function openTable(source: ByteSource, options: TableOptions = {}): Promise<TableReader> {
  if (source.size === 0) throw new BatchError('errorEmptyFile', { file: source.name });
  const sample = await source.read(0, Math.min(SAMPLE_BYTES, source.size));
  if (startsWith(sample, OLE_MAGIC)) throw new BatchError('errorXls', { file: source.name });
  const reader = startsWith(sample, ZIP_MAGIC) ? await xlsxTable(source, options) : csvTable(source, sample, options);
  return withHeader(source, reader);
}

type HeaderlessReader = Omit<TableReader, 'header' | 'headerRow'>;

/** Takes the first non-blank row as the header; the rows after it are the data. */
async function withHeader(source: ByteSource, reader: HeaderlessReader): Promise<TableReader> {
  const rows = reader.rows();
  let header: TableRow | undefined;
  let rest: TableRow[] = [];
  while (!header) {
    const next = await rows.next();
    if (next.done) throw new BatchError('errorNoHeader', { file: source.name });
    const index = next.value.findIndex((r) => !r.problem && !isBlank(r.cells));
    if (index >= 0) {
      header = next.value[index];
      rest = next.value.slice(index + 1);
    }
  }
  let started = false;
  // The reader itself is kept (not copied): the CSV reader fills in its delimiter and encoding as it reads.
  return Object.assign(reader, {
    header: header.cells.map((c) => c.trim()),
    headerRow: header.row,
    async *rows() {
      if (started) throw new Error('the rows of a table can be read once');
      started = true;
      const keep = (batch: TableRow[]) => batch.filter((r) => r.problem || !isBlank(r.cells));
      if (rest.length) yield keep(rest);
      for (let next = await rows.next(); !next.done; next = await rows.next()) {
        const batch = keep(next.value);
        if (batch.length) yield batch;
      }
    },
  });
}

async function xlsxTable(source: ByteSource, options: TableOptions): Promise<HeaderlessReader> {
  const workbook = await openXlsx(source, { sheet: options.sheet });
  let done = 0;
  return {
    kind: 'xlsx',
    sheet: workbook.sheet.name,
    sheets: workbook.sheets.map((s) => s.name),
    date1904: workbook.date1904,
    progress: () => (workbook.sheetBytes ? Math.min(1, done / workbook.sheetBytes) : 1),
    async *rows() {
      for await (const batch of workbook.rows((bytes) => (done = bytes))) {
        yield batch.map((r) =>
          r.numeric ? { row: r.row, cells: r.cells, numeric: r.numeric } : { row: r.row, cells: r.cells },
        );
      }
    },
  };
}

function csvTable(source: ByteSource, sample: Uint8Array, options: TableOptions): HeaderlessReader {
  // NUL bytes do not occur in text tables (UTF-16 aside, which has its byte-order mark): this is some other file.
  const choice = detectEncoding(sample, options.encoding);
  if (!choice.encoding.startsWith('utf-16') && sample.includes(0))
    throw new BatchError('errorBinary', { file: source.name });
  let done = 0;
  const parser = new CsvParser({ delimiter: options.delimiter });
  const reader: HeaderlessReader = {
    kind: 'csv',
    encoding: choice,
    date1904: false,
    progress: () => Math.min(1, done / source.size),
    async *rows() {
      let decoder = new TextDecoder(choice.encoding);
      let undecided = choice.source === 'ascii';
      for await (const chunk of readChunks(source, choice.bomLength)) {
        let bytes = chunk;
        // The first 64 KB were plain ASCII: decide the encoding at the first byte that is not.
        if (undecided && bytes.some((b) => b >= 0x80)) {
          const first = bytes.findIndex((b) => b >= 0x80);
          const before = decoder.decode(bytes.subarray(0, first));
          const later = detectEncoding(bytes.subarray(first));
          choice.encoding = later.encoding;
          choice.source = later.source;
          decoder = new TextDecoder(choice.encoding);
          undecided = false;
          const records = parser.push(before);
          if (records.length) yield records.map(toRow);
          bytes = bytes.subarray(first);
        }
        done += chunk.length;
        const records = parser.push(decoder.decode(bytes, { stream: true }));
        if (records.length) yield records.map(toRow);
        reader.delimiter = parser.delimiter;
      }
      const records = [...parser.push(decoder.decode()), ...parser.end()];
      reader.delimiter = parser.delimiter;
      if (records.length) yield records.map(toRow);
    },
  };
  return reader;
}

function toRow(record: { fields: string[]; row: number; problem?: 'too-long' | 'unclosed-quote' }): TableRow {
  return record.problem
    ? { row: record.row, cells: record.fields, problem: record.problem }
    : { row: record.row, cells: record.fields };
}
