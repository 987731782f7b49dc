/**
 * Just enough of the zip format to read an xlsx workbook from a `ByteSource`: the central directory at the end of
 * the file (zip64 included), then any one entry streamed through fflate's inflater a chunk at a time. Nothing is
 * ever held whole except the small parts a caller asks for with `readEntryText`.
 */
import { Inflate } from 'fflate';
import { BatchError } from './errors.js';
import { readChunks, type ByteSource } from './source.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** End record (22 bytes) plus the longest comment. */
const EOCD_SEARCH = 22 + 0xffff;
/** Central directories of workbooks are small; a larger one is not a workbook we should read. */
const MAX_CENTRAL_DIRECTORY = 64 << 20;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 2 ** 32;

function broken(source: ByteSource, what: string): BatchError {
  return new BatchError('errorZip', { file: source.name, detail: what });
}

/** The entries of the archive, by name. */
export async function readZipDirectory(source: ByteSource): Promise<Map<string, ZipEntry>> {
  const tailStart = Math.max(0, source.size - EOCD_SEARCH);
  const tail = await source.read(tailStart, source.size - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw broken(source, 'no end-of-archive record');
  let count = u16(tail, at + 10);
  let cdSize = u32(tail, at + 12);
  let cdOffset = u32(tail, at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locatorAt = tailStart + at - 20;
    const locator = locatorAt >= 0 ? await source.read(locatorAt, 20) : new Uint8Array();
    if (locator.length < 20 || u32(locator, 0) !== ZIP64_LOCATOR) throw broken(source, 'zip64 locator missing');
    const record = await source.read(u64(locator, 8), 56);
    if (record.length < 56 || u32(record, 0) !== ZIP64_EOCD) throw broken(source, 'zip64 end record missing');
    count = u64(record, 32);
    cdSize = u64(record, 40);
    cdOffset = u64(record, 48);
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > source.size)
    throw broken(source, 'central directory out of range');
  const cd = await source.read(cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || u32(cd, p) !== CENTRAL)
      throw broken(source, `central directory entry ${n + 1} is damaged`);
    const flags = u16(cd, p + 8);
    const method = u16(cd, p + 10);
    let compressedSize = u32(cd, p + 20);
    let size = u32(cd, p + 24);
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const commentLength = u16(cd, p + 32);
    let localHeaderOffset = u32(cd, p + 42);
    const name = names.decode(cd.subarray(p + 46, p + 46 + nameLength));
    // Zip64 sizes and offset live in extra field 0x0001, in this order, only for the values that overflowed.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = u16(cd, e);
      const len = u16(cd, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(cd, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(cd, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(cd, q);
      }
      e += 4 + len;
    }
    entries.set(name.replace(/^\//, ''), {
      name,
      method,
      compressedSize,
      size,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
    });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** Where the entry's compressed bytes start. */
async function dataStart(source: ByteSource, entry: ZipEntry): Promise<number> {
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || u32(header, 0) !== LOCAL) throw broken(source, `local header of ${entry.name} is damaged`);
  const start = entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
  if (start + entry.compressedSize > source.size) throw broken(source, `${entry.name} runs past the end of the file`);
  return start;
}

/**
 * Streams the entry's uncompressed bytes. `onProgress` gets the compressed bytes consumed so far (for a progress bar
 * over the part of the file that matters). Stops with an error when the data inflates beyond its declared size, so a
 * crafted archive cannot inflate without bound.
 */
export async function* streamEntry(
  source: ByteSource,
  entry: ZipEntry,
  onProgress?: (compressedDone: number) => void,
): AsyncGenerator<Uint8Array> {
  if (entry.encrypted) throw new BatchError('errorZipEncrypted', { file: source.name });
  if (entry.method !== 0 && entry.method !== 8)
    throw new BatchError('errorZipMethod', { file: source.name, part: entry.name, method: String(entry.method) });
  const start = await dataStart(source, entry);
  let consumed = 0;
  let produced = 0;
  if (entry.method === 0) {
    for await (const chunk of readChunks(source, start, start + entry.compressedSize, 256 << 10)) {
      consumed += chunk.length;
      onProgress?.(consumed);
      yield chunk;
    }
    return;
  }
  let out: Uint8Array[] = [];
  const inflater = new Inflate((data) => {
    produced += data.length;
    out.push(data);
  });
  for await (const chunk of readChunks(source, start, start + entry.compressedSize, 256 << 10)) {
    consumed += chunk.length;
    try {
      inflater.push(chunk, consumed === entry.compressedSize);
    } catch (err) {
      throw broken(source, `${entry.name}: ${(err as Error).message}`);
    }
    if (produced > entry.size) throw broken(source, `${entry.name} inflates beyond its declared size`);
    onProgress?.(consumed);
    const ready = out;
    out = [];
    yield* ready;
  }
  if (entry.compressedSize === 0) return;
  if (produced !== entry.size)
    throw broken(source, `${entry.name} is ${produced} bytes, its directory says ${entry.size}`);
}

/** A whole (small) entry as text, refusing anything larger than `maxBytes`. */
export async function readEntryText(source: ByteSource, entry: ZipEntry, maxBytes: number): Promise<string> {
  if (entry.size > maxBytes)
    throw new BatchError('errorTooLarge', {
      file: source.name,
      part: entry.name,
      limit: String(Math.round(maxBytes / 2 ** 20)),
    });
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of streamEntry(source, entry)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
