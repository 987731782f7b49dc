import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file through a temporary sibling and a rename, so a failed run never leaves half a file behind. The
 * temporary file has an unguessable name and is created exclusively (`wx`: it fails if anything, a symbolic link
 * included, already has that name), so nothing planted beside the target can redirect the write elsewhere.
 */
export function writeFileAtomic(file: string, contents: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    try {
      writeFileSync(fd, contents);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
