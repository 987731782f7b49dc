// Walks folders for files whose name matches, skipping dependencies and build output; sorted, so runs are repeatable.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.git', '.astro']);

/** Every file below `folders` whose name matches `pattern`. */
export function findFiles(folders, pattern) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      if (SKIP.has(name)) continue;
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (pattern.test(name)) found.push(abs);
    }
  };
  for (const folder of folders) walk(folder);
  return found;
}
