import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../content/assemble.js';
import type { Problem } from '../content/problems.js';
import type { PolicyData } from '../model/types.js';
import { assembleRules, type RulesResult } from './validate.js';
import { notPlain, notPlainProblem } from '../node/plain-files.js';

/** Node only: reads `content/rules/` from disk. Browser code uses {@link assembleRules} or the published `rules.json`. */

const toDisplay = (abs: string, cwd: string) => {
  const rel = relative(cwd, abs);
  return (rel && !rel.startsWith('..') ? rel : abs).split(sep).join('/');
};

/**
 * Reads and validates the rules folder of a content folder. Returns `{ problems: [] }` without rules when the folder
 * does not exist, so content without eligibility rules (a test fixture, say) still validates.
 */
export function loadRules(
  contentRoot: string,
  policy: PolicyData | undefined,
  cwd = process.cwd(),
): RulesResult & { present: boolean } {
  const root = join(contentRoot, 'rules');
  // Entries that are symbolic links (or devices, pipes) are reported and never read (node/plain-files.ts).
  if (existsSync(root) && lstatSync(root).isSymbolicLink())
    return { problems: [notPlainProblem('symlink', toDisplay(root, cwd))], present: true };
  if (!existsSync(root) || !statSync(root).isDirectory()) return { problems: [], present: false };
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const name of readdirSync(root).sort()) {
    const abs = join(root, name);
    if (name.startsWith('.') || name === 'README.md') continue;
    const file = toDisplay(abs, cwd);
    const stats = lstatSync(abs);
    const refused = notPlain(stats);
    if (refused) {
      problems.push(notPlainProblem(refused, file));
      continue;
    }
    if (stats.isDirectory()) {
      problems.push({ code: 'rules-file-unknown', file, params: { name: `${name}/` } });
      continue;
    }
    try {
      files.push({ file, path: name, text: readFileSync(abs, 'utf8') });
    } catch (err) {
      problems.push({ code: 'file-unreadable', file, params: { reason: (err as Error).message } });
    }
  }
  const result = assembleRules({ files, rulesRoot: toDisplay(root, cwd), policy });
  return { ...result, problems: [...problems, ...result.problems], present: true };
}
