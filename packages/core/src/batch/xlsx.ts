/**
 * Reads the rows of one worksheet of an xlsx workbook, streaming: the workbook's small parts (its sheet list and
 * relationships) are read whole, the shared-strings table is read once into memory (cells refer to it by number,
 * so it cannot be streamed), and the sheet itself is inflated and parsed a chunk at a time with saxes. Memory
 * therefore grows with the workbook's distinct texts, never with its rows read so far; an Excel sheet holds at most
 * 1,048,576 rows, and larger registers come as CSV, which streams with flat memory.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { BatchError } from './errors.js';
import type { ByteSource } from './source.js';
import { readEntryText, readZipDirectory, streamEntry, type ZipEntry } from './zip.js';

export interface XlsxSheetInfo {
  name: string;
  /** The part holding the sheet (`xl/worksheets/sheet1.xml`). */
  part: string;
}

export interface XlsxRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  cells: string[];
  /** Columns holding numbers (not text): a date column stored as a serial day number shows here. */
  numeric: Set<number> | undefined;
}

export interface XlsxWorkbook {
  sheets: XlsxSheetInfo[];
  /** Dates count days from 1904-01-01 rather than 1899-12-30 (old Mac workbooks). */
  date1904: boolean;
  sheet: XlsxSheetInfo;
  /** Compressed size of the chosen sheet: progress is measured against it. */
  sheetBytes: number;
  /** Rows of the chosen sheet, a chunk at a time; `onProgress` gets the compressed bytes read so far. */
  rows(onProgress?: (bytesDone: number) => void): AsyncGenerator<XlsxRow[]>;
}

export interface XlsxOptions {
  /** Sheet name, or its 1-based position; the first sheet when not given. */
  sheet?: string;
  /** Largest shared-strings part read, in bytes of XML (default 1 GiB). */
  maxSharedStringsBytes?: number;
}

/** Small parts (workbook, relationships) are read whole; anything larger than this is not a real workbook part. */
const MAX_SMALL_PART = 16 << 20;
const DEFAULT_MAX_SHARED_STRINGS = 1 << 30;
/** Excel's own limit of columns (XFD): a cell reference beyond it is not from a real sheet. */
const MAX_COLUMNS = 16384;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses XML text or chunks with saxes, turning its errors into a named file problem. */
function xmlParser(source: ByteSource, part: string): SaxesParser {
  const parser = new SaxesParser({ position: false });
  parser.on('error', (err) => {
    throw new BatchError('errorXml', { file: source.name, part, detail: err.message });
  });
  return parser;
}

function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === name) return value;
  return undefined;
}

/** `A` → 0, `AB` → 27; -1 when the reference has no letters or is beyond Excel's columns. */
export function columnIndex(reference: string): number {
  let n = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const c = reference.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
    if (n > MAX_COLUMNS) return -1;
  }
  return i === 0 ? -1 : n - 1;
}

function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** Opens the workbook: reads its sheet list and shared strings; the chosen sheet's rows are read by `rows()`. */
export async function openXlsx(source: ByteSource, options: XlsxOptions = {}): Promise<XlsxWorkbook> {
  const entries = await readZipDirectory(source);
  const entry = (name: string): ZipEntry | undefined => entries.get(name);
  const workbookEntry = entry('xl/workbook.xml');
  if (!workbookEntry) throw new BatchError('errorNotXlsx', { file: source.name });

  // Sheet list and relationships (which part each sheet is, where the shared strings are).
  const sheets: Array<{ name: string; rid: string }> = [];
  let date1904 = false;
  const wb = xmlParser(source, 'xl/workbook.xml');
  wb.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'sheet') sheets.push({ name: attribute(tag, 'name') ?? '', rid: attribute(tag, 'id') ?? '' });
    else if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attribute(tag, 'date1904') ?? '');
  });
  wb.write(await readEntryText(source, workbookEntry, MAX_SMALL_PART)).close();

  const targets = new Map<string, { type: string; target: string }>();
  const relsEntry = entry('xl/_rels/workbook.xml.rels');
  if (relsEntry) {
    const rels = xmlParser(source, 'xl/_rels/workbook.xml.rels');
    rels.on('opentag', (tag) => {
      if (localName(tag.name) !== 'Relationship') return;
      targets.set(attribute(tag, 'Id') ?? '', {
        type: attribute(tag, 'Type') ?? '',
        target: resolvePart('xl/workbook.xml', attribute(tag, 'Target') ?? ''),
      });
    });
    rels.write(await readEntryText(source, relsEntry, MAX_SMALL_PART)).close();
  }
  const infos: XlsxSheetInfo[] = sheets.map((s, i) => ({
    name: s.name,
    part: targets.get(s.rid)?.target ?? `xl/worksheets/sheet${i + 1}.xml`,
  }));
  if (!infos.length) throw new BatchError('errorNoSheet', { file: source.name });

  let chosen: XlsxSheetInfo | undefined;
  if (options.sheet === undefined) chosen = infos[0];
  else {
    const wanted = options.sheet.trim();
    chosen = infos.find((s) => s.name === wanted) ?? (/^\d+$/.test(wanted) ? infos[Number(wanted) - 1] : undefined);
    if (!chosen)
      throw new BatchError('errorSheetNotFound', {
        file: source.name,
        sheet: wanted,
        sheets: infos.map((s) => s.name).join('、'),
      });
  }
  const sheetEntry = entry(chosen.part);
  if (!sheetEntry) throw new BatchError('errorNotXlsx', { file: source.name });

  const sharedPart =
    [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  const sharedEntry = entry(sharedPart);
  const shared = sharedEntry
    ? await readSharedStrings(source, sharedEntry, options.maxSharedStringsBytes ?? DEFAULT_MAX_SHARED_STRINGS)
    : [];

  return {
    sheets: infos,
    date1904,
    sheet: chosen,
    sheetBytes: sheetEntry.compressedSize,
    rows: (onProgress) => sheetRows(source, sheetEntry, shared, onProgress),
  };
}

/** The shared-strings table: each `<si>` is the text of all its runs, phonetic guides (`<rPh>`) left out. */
async function readSharedStrings(source: ByteSource, entry: ZipEntry, maxBytes: number): Promise<string[]> {
  if (entry.size > maxBytes)
    throw new BatchError('errorTooLarge', {
      file: source.name,
      part: entry.name,
      limit: String(Math.round(maxBytes / 2 ** 20)),
    });
  const strings: string[] = [];
  const parser = xmlParser(source, entry.name);
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') current = '';
    else if (name === 't') inText = phonetic === 0 && !tag.isSelfClosing;
    else if (name === 'rPh') phonetic++;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') {
      strings.push(current ?? '');
      current = undefined;
    } else if (name === 't') inText = false;
    else if (name === 'rPh') phonetic--;
  });
  const onText = (text: string) => {
    if (inText && current !== undefined) current += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of streamEntry(source, entry)) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode()).close();
  return strings;
}

async function* sheetRows(
  source: ByteSource,
  entry: ZipEntry,
  shared: string[],
  onProgress?: (bytesDone: number) => void,
): AsyncGenerator<XlsxRow[]> {
  const parser = xmlParser(source, entry.name);
  let ready: XlsxRow[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let numeric: Set<number> | undefined;
  let column = -1;
  let type = 'n';
  let value: string | undefined;
  let capture = false;
  let inlineText: string | undefined;
  let phonetic = 0;

  parser.on('opentag', (tag) => {
    switch (localName(tag.name)) {
      case 'row': {
        const r = Number(attribute(tag, 'r'));
        rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
        cells = [];
        numeric = undefined;
        column = -1;
        break;
      }
      case 'c': {
        const ref = attribute(tag, 'r');
        const at = ref ? columnIndex(ref) : -1;
        column = at >= 0 ? at : column + 1;
        if (column >= MAX_COLUMNS)
          throw new BatchError('errorXml', {
            file: source.name,
            part: entry.name,
            detail: `cell ${ref ?? ''} is beyond column XFD`,
          });
        type = attribute(tag, 't') ?? 'n';
        value = undefined;
        inlineText = undefined;
        break;
      }
      case 'v':
        capture = !tag.isSelfClosing;
        if (capture) value = '';
        break;
      case 'is':
        inlineText = '';
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        capture = inlineText !== undefined && phonetic === 0 && !tag.isSelfClosing;
        break;
    }
  });
  parser.on('closetag', (tag) => {
    switch (localName(tag.name)) {
      case 'v':
      case 't':
        capture = false;
        break;
      case 'rPh':
        phonetic--;
        break;
      case 'c': {
        let text: string;
        if (type === 's') {
          const i = Number(value);
          text = Number.isInteger(i) && i >= 0 && i < shared.length ? shared[i] : '';
        } else if (type === 'inlineStr') text = inlineText ?? '';
        else text = value ?? '';
        if (text !== '') {
          while (cells.length < column) cells.push('');
          cells[column] = text;
          if (type === 'n' && value !== undefined) (numeric ??= new Set()).add(column);
        }
        break;
      }
      case 'row':
        ready.push({ row: rowNumber, cells, numeric });
        cells = [];
        break;
    }
  });
  const onText = (text: string) => {
    if (!capture) return;
    if (inlineText !== undefined && type === 'inlineStr') inlineText += text;
    else if (value !== undefined) value += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  const decoder = new TextDecoder('utf-8');
  for await (const chunk of streamEntry(source, entry, onProgress)) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (ready.length) {
      const out = ready;
      ready = [];
      yield out;
    }
  }
  parser.write(decoder.decode()).close();
  if (ready.length) yield ready;
}

/** The calendar year of an Excel serial day number (1900 or 1904 date system), or undefined if out of range. */
export function excelSerialYear(serial: number, date1904: boolean): number | undefined {
  // 1 to 2958465 are 1900-01-01 to 9999-12-31 in the 1900 system.
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).getUTCFullYear();
}
