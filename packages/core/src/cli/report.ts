import { formatProblem, sortProblems, type Problem } from '../content/problems.js';
import { format, type Catalog } from '../messages.js';
import type { CliIO } from './io.js';

/** What a command did not do because of the problems, for the closing count line. */
const CONSEQUENCES = {
  changed: { 'zh-CN': '未做任何更改', en: 'nothing was changed' },
  written: { 'zh-CN': '未写入任何文件', en: 'nothing was written' },
  checked: { 'zh-CN': '无法检查', en: 'nothing was checked' },
} satisfies Catalog;

/** The closing count line. */
const COUNT_LINE = { 'zh-CN': '共 {count} 个问题；{consequence}。', en: '{count} problem(s); {consequence}.' };

/**
 * Prints every problem as `file:line: message` (sorted, in the command's language) to standard error and, when a
 * consequence is given, a closing line with their count. Returns 1, the exit code for problems.
 */
export function reportProblems(io: CliIO, problems: Problem[], consequence?: keyof typeof CONSEQUENCES): 1 {
  for (const p of sortProblems(problems)) io.stderr(formatProblem(p, io.lang));
  if (consequence) {
    const words = format(CONSEQUENCES[consequence], io.lang);
    io.stderr(format(COUNT_LINE, io.lang, { count: problems.length, consequence: words }));
  }
  return 1;
}
