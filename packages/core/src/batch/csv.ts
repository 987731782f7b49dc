/**
 * A streaming CSV reader (RFC 4180: quoted fields may hold delimiters, quotes and line breaks) that is fed text a
 * chunk at a time and hands back whole records, so a file of any size is read with flat memory. Registers come from
 * many systems: the delimiter is sniffed from the header line (comma, tab, semicolon or vertical bar), line ends may
 * be CRLF, LF or CR, and a record that grows beyond `maxRecordChars` (a missing closing quote swallowing the rest of
 * the file, or a file that is not a table) is reported as that record's problem and reading resumes at the next line.
 */

export const CSV_DELIMITERS = [',', '\t', ';', '|'] as const;

export interface CsvRecord {
  fields: string[];
  /** 1-based number of the record (the header is record 1), the row number a spreadsheet would show. */
  row: number;
  /** The record could not be read whole: `too-long` (cut at the limit) or `unclosed-quote` (the file ended inside quotes). */
  problem?: 'too-long' | 'unclosed-quote';
}

export interface CsvParserOptions {
  /** One of `CSV_DELIMITERS`; sniffed from the first line when not given. */
  delimiter?: string;
  /** Longest record read whole, in characters (default 1,000,000: a scope is at most a few thousand). */
  maxRecordChars?: number;
}

const DEFAULT_MAX_RECORD_CHARS = 1_000_000;

/** The delimiter that splits the first line (outside quotes) most often; a comma when none does. */
export function sniffDelimiter(firstLine: string): string {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of CSV_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export class CsvParser {
  #delimiter: string | undefined;
  readonly #maxRecordChars: number;
  /** Text received but not yet part of a finished record. */
  #pending = '';
  #row = 0;
  /** Characters of the current over-long record skipped so far; reading resumes after the next line end. */
  #skipping = false;

  constructor(options: CsvParserOptions = {}) {
    if (options.delimiter !== undefined && !(CSV_DELIMITERS as readonly string[]).includes(options.delimiter)) {
      throw new RangeError(
        `the delimiter must be one of ${CSV_DELIMITERS.map((d) => JSON.stringify(d)).join(', ')}, got ${JSON.stringify(options.delimiter)}`,
      );
    }
    this.#delimiter = options.delimiter;
    this.#maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  }

  /** The delimiter in use (known once the first line has been seen). */
  get delimiter(): string | undefined {
    return this.#delimiter;
  }

  /** Adds text and returns the records it completed. */
  push(text: string): CsvRecord[] {
    this.#pending += text;
    return this.#drain(false);
  }

  /** Ends the input and returns the last records. */
  end(): CsvRecord[] {
    return this.#drain(true);
  }

  #drain(final: boolean): CsvRecord[] {
    const out: CsvRecord[] = [];
    const src = this.#pending;
    if (this.#delimiter === undefined) {
      const lineEnd = src.search(/[\r\n]/);
      if (lineEnd < 0 && !final && src.length < this.#maxRecordChars) return out;
      this.#delimiter = sniffDelimiter(lineEnd < 0 ? src : src.slice(0, lineEnd));
    }
    const delimiter = this.#delimiter;
    let start = 0;
    while (start < src.length) {
      if (this.#skipping) {
        const lineEnd = src.slice(start).search(/[\r\n]/);
        if (lineEnd < 0) {
          start = src.length;
          break;
        }
        start += lineEnd + 1;
        if (src[start - 1] === '\r' && src[start] === '\n') start++;
        this.#skipping = false;
        continue;
      }
      const parsed = parseRecord(src, start, delimiter, final);
      if (!parsed) {
        // Incomplete: wait for more text, unless the record has already grown too long.
        if (src.length - start > this.#maxRecordChars) {
          this.#row++;
          out.push({ fields: [], row: this.#row, problem: 'too-long' });
          this.#skipping = true;
          start = src.length;
        }
        break;
      }
      if (parsed.next - start > this.#maxRecordChars) {
        this.#row++;
        out.push({ fields: [], row: this.#row, problem: 'too-long' });
      } else {
        this.#row++;
        const record: CsvRecord = { fields: parsed.fields, row: this.#row };
        if (parsed.unclosed) record.problem = 'unclosed-quote';
        out.push(record);
      }
      start = parsed.next;
    }
    this.#pending = start >= src.length ? '' : src.slice(start);
    return out;
  }
}

/**
 * Reads one record starting at `start`. Returns undefined when the text ends before the record does and more may
 * come (`final` false). A quote inside an unquoted field is kept as a character, as spreadsheets do.
 */
function parseRecord(
  src: string,
  start: number,
  delimiter: string,
  final: boolean,
): { fields: string[]; next: number; unclosed?: boolean } | undefined {
  const fields: string[] = [];
  let i = start;
  for (;;) {
    if (src.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = src.indexOf('"', from);
        if (quote < 0) {
          if (!final) return undefined;
          value += src.slice(from);
          fields.push(value);
          return { fields, next: src.length, unclosed: true };
        }
        value += src.slice(from, quote);
        if (src.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
          continue;
        }
        if (quote + 1 >= src.length && !final) return undefined;
        i = quote + 1;
        break;
      }
      // Text after the closing quote up to the delimiter belongs to the field (lenient, like spreadsheets).
      const rest = nextStop(src, i, delimiter);
      if (rest < 0) {
        if (!final) return undefined;
        fields.push(value + src.slice(i));
        return { fields, next: src.length };
      }
      value += src.slice(i, rest);
      fields.push(value);
      i = rest;
    } else {
      const stop = nextStop(src, i, delimiter);
      if (stop < 0) {
        if (!final) return undefined;
        fields.push(src.slice(i));
        return { fields, next: src.length };
      }
      fields.push(src.slice(i, stop));
      i = stop;
    }
    const ch = src[i];
    if (ch === delimiter) {
      i++;
      if (i >= src.length && !final) return undefined;
      if (i >= src.length) {
        fields.push('');
        return { fields, next: i };
      }
      continue;
    }
    // A line end: CRLF counts as one, and a CR at the very end of the text may be followed by LF in the next chunk.
    if (ch === '\r') {
      if (i + 1 >= src.length && !final) return undefined;
      return { fields, next: src[i + 1] === '\n' ? i + 2 : i + 1 };
    }
    return { fields, next: i + 1 };
  }
}

/** Index of the next delimiter or line end at or after `from`, or -1. */
function nextStop(src: string, from: number, delimiter: string): number {
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === delimiter || c === '\n' || c === '\r') return i;
  }
  return -1;
}
