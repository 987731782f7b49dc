/**
 * Which text encoding a register file is in. Registration systems export UTF-8 (often with a byte-order mark, which
 * Excel needs), GB18030/GBK (older systems and Excel's "CSV" on Chinese Windows) and sometimes UTF-16 (Excel's
 * "Unicode text"). Detection reads the bytes, never the file name: a byte-order mark decides; otherwise text that is
 * valid UTF-8 is UTF-8, and anything else is GB18030 (of which GBK and GB2312 are subsets).
 */

/** How the encoding was decided, for the summary (`自动识别：带 BOM 的 UTF-8`). */
export type EncodingSource = 'bom' | 'utf8-valid' | 'utf8-mostly' | 'utf8-invalid' | 'ascii' | 'given';

export interface EncodingChoice {
  /** A WHATWG encoding label `TextDecoder` accepts: `utf-8`, `gb18030`, `utf-16le`, `utf-16be`, or one given. */
  encoding: string;
  source: EncodingSource;
  /** Bytes of the byte-order mark at the start of the file (skipped when decoding). */
  bomLength: number;
}

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Labels people type for Chinese encodings that `TextDecoder` knows by another name. */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8-sig': 'utf-8',
  cp936: 'gbk',
  ansi: 'gb18030',
  gb: 'gb18030',
};

/**
 * The `TextDecoder` label for an encoding a person named (`GBK`, `utf8`, `gb2312`), or undefined when no decoder
 * knows it.
 */
export function encodingLabel(name: string): string | undefined {
  const wanted = ALIASES[name.trim().toLowerCase()] ?? name.trim().toLowerCase();
  try {
    return new TextDecoder(wanted).encoding;
  } catch {
    return undefined;
  }
}

/** The byte-order mark at the start of `bytes`, if any. */
function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return undefined;
}

/**
 * Decides the encoding from the first bytes of the file (pass at least 64 KB when the file has that much). A
 * truncated character at the end of the sample is not held against UTF-8, nor are a few damaged bytes. `given` (a label from `encodingLabel`)
 * overrides detection; a byte-order mark of that encoding is still skipped.
 */
export function detectEncoding(sample: Uint8Array, given?: string): EncodingChoice {
  const bom = bomOf(sample);
  if (given) return { encoding: given, source: 'given', bomLength: bom && bom.encoding === given ? bom.length : 0 };
  if (bom) return { encoding: bom.encoding, source: 'bom', bomLength: bom.length };
  if (sample.every((b) => b < 0x80)) return { encoding: 'utf-8', source: 'ascii', bomLength: 0 };
  const { valid, invalid } = utf8Sequences(sample);
  if (!invalid) return { encoding: 'utf-8', source: 'utf8-valid', bomLength: 0 };
  // A UTF-8 export with a few damaged bytes is still UTF-8 (its damaged rows are reported); GBK text read as UTF-8
  // is mostly invalid, since its byte pairs seldom form UTF-8 sequences.
  if (valid >= invalid * 20) return { encoding: 'utf-8', source: 'utf8-mostly', bomLength: 0 };
  return { encoding: 'gb18030', source: 'utf8-invalid', bomLength: 0 };
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that are not part of one; a sequence cut at the end counts as neither. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length) {
      invalid++;
      i++;
      continue;
    }
    if (i + length > bytes.length) break;
    let ok = true;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** The character a decoder puts where bytes were not valid in the encoding: a row holding it was not read right. */
export const REPLACEMENT_CHARACTER = '\uFFFD';
