/**
 * A file read in pieces: what both the command line (a file on disk) and the browser (a `File` the person chose)
 * give the batch reader. Reading by offset lets a CSV stream from start to end and an xlsx (a zip archive) jump to
 * its directory at the end and then stream one sheet, without ever holding the whole file.
 */
export interface ByteSource {
  /** File name as the person knows it, for messages. */
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer only at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A source over bytes already in memory (tests, small files). */
export function bytesSource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
  };
}

/** A source over a browser `Blob` or `File`. */
export function blobSource(blob: Blob, name = (blob as File).name ?? 'file'): ByteSource {
  return {
    name,
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Reads `source` from `start` to `end` in chunks of `chunkSize` bytes. */
export async function* readChunks(
  source: ByteSource,
  start = 0,
  end = source.size,
  chunkSize = 1 << 20,
): AsyncGenerator<Uint8Array> {
  for (let offset = start; offset < end;) {
    const chunk = await source.read(offset, Math.min(chunkSize, end - offset));
    if (!chunk.length)
      throw new Error(
        `${source.name}: the file ended early (at byte ${offset} of ${end}); was it changed while being read?`,
      );
    offset += chunk.length;
    yield chunk;
  }
}
