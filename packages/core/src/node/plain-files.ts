import type { Stats } from 'node:fs';
import type { Problem } from '../content/problems.js';

/**
 * What is not a plain file or folder inside the content folder: a symbolic link (which could point outside it, or
 * loop back into itself) or a device, pipe or socket (reading one can block for ever). Such entries are reported,
 * never followed or read. Undefined for a plain file or folder.
 */
export function notPlain(stats: Stats): 'symlink' | 'special' | undefined {
  if (stats.isSymbolicLink()) return 'symlink';
  return stats.isFile() || stats.isDirectory() ? undefined : 'special';
}

/** The problem for an entry that {@link notPlain} refuses. */
export function notPlainProblem(kind: 'symlink' | 'special', file: string): Problem {
  return { code: 'file-not-plain', file, params: { kind } };
}
