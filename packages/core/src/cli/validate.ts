import { parseArgs } from 'node:util';
import type { DirectoryCounts } from '../model/types.js';
import { sortProblems, formatProblem } from '../content/problems.js';
import { loadContent } from '../node/load.js';
import { loadSiteContent } from '../node/site-content.js';
import { UsageError, type Command } from './io.js';
import { reportProblems } from './report.js';

export function summaryLine(
  counts: DirectoryCounts,
  clauses: number,
  lang: string,
  rules?: { questions: number; measures: number },
): string {
  return lang === 'en'
    ? `content is valid: ${counts.level1} level-1 and ${counts.level2} level-2 categories, ${counts.level3} level-3 directions (${counts.inferred} awaiting verification), ${counts.industries} GB/T 4754-2017 industry classes, ${clauses} policy clauses${rules ? `, ${rules.questions} eligibility questions and ${rules.measures} measures` : ''}`
    : `内容有效：${counts.level1} 个一级分类、${counts.level2} 个二级分类、${counts.level3} 个三级方向（其中 ${counts.inferred} 个待核实）、${counts.industries} 个 GB/T 4754-2017 行业小类、${clauses} 个政策条款${rules ? `、${rules.questions} 个资格问题和 ${rules.measures} 项措施` : ''}`;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: {
    'zh-CN': '检查内容文件夹，列出所有问题（文件:行号）',
    en: 'check the content folder and list every problem (file:line)',
  },
  usage: 'sixin validate [content-dir] [--lang zh-CN|en]',
  async run(args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length > 1) throw new UsageError('one content folder at most');
    const result = loadContent(positionals[0] ?? 'content', { cwd: io.cwd });
    const site = loadSiteContent(positionals[0] ?? 'content', { cwd: io.cwd });
    if (result.problems.length || site.problems.length) {
      return reportProblems(io, [...result.problems, ...site.problems], 'changed');
    }
    // Reminders (empty or stale contact details) are printed but pass: the site simply leaves those details out.
    for (const warning of sortProblems(site.warnings)) io.stderr(formatProblem(warning, io.lang));
    const rules = result.rules && { questions: result.rules.questions.length, measures: result.rules.measures.length };
    io.stdout(summaryLine(result.directory!.counts, result.policy!.clauses.length, io.lang, rules));
    return 0;
  },
};
