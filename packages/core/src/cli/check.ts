import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang, Problem } from '../content/problems.js';
import { loadContent, loadIndustryNotes, loadIndustryTable } from '../node/load.js';
import {
  AnswerError,
  contextFromSearch,
  evaluate,
  suggestedOption,
  type CheckContext,
  type CheckResult,
} from '../rules/engine.js';
import { engineErrorMessage } from '../rules/engine-messages.js';
import { buildSearchIndex } from '../search/build-index.js';
import { createSearcher } from '../search/engine.js';
import type { SearchResult } from '../search/types.js';
import type { Localized, RulesData, Sentence } from '../rules/types.js';
import { UsageError, type Command } from './io.js';
import { format, type Catalog } from '../messages.js';
import { reportProblems } from './report.js';

/** Wording of this command's own output; everything about the measures comes from the rules content. */
const TEXT = {
  ignored: {
    'zh-CN': '以下回答不在这次的提问路径上，没有使用：',
    en: 'These answers are not on the path the other answers take and were not used: ',
  },
  options: { 'zh-CN': '可选答案：', en: 'Options: ' },
  answerWith: { 'zh-CN': '在答案文件中加上：', en: 'Add to the answers file: ' },
  scopeFound: { 'zh-CN': '经营范围查询：在目录中找到 ', en: 'Business-scope search: found in the directory: ' },
  scopePossible: {
    'zh-CN': '可能属于，需核实（仅供核对，不作为回答的依据）：',
    en: 'Possibly, to be checked (no ground for an answer): ',
  },
  scopeNotFound: {
    'zh-CN': '经营范围查询：目录中没有确定匹配的分类',
    en: 'Business-scope search: nothing in the directory matched for certain',
  },
  suggested: {
    'zh-CN': '经营范围查询建议的回答（请确认后写入答案文件）：',
    en: 'The business-scope search suggests (confirm it, then add it to the answers file): ',
  },
  scopeLicensed: { 'zh-CN': '；含“许可项目”', en: '; lists licensed items (许可项目)' },
  scopeTwice: {
    'zh-CN': '请只用 --scope 或答案文件中的 context 其中之一',
    en: 'give --scope or a context in the answers file, not both',
  },
} satisfies Catalog;

/**
 * Reads `{ "answers": { question: option, … }, "context"?: { "categories": [...], "licensed": bool } }`, or the bare
 * answers object. A top-level object counts as the wrapped form when its only keys are `answers` and `context`
 * (question ids cannot be either, so the two forms never collide).
 */
export function splitAnswersFile(data: unknown): { answers: unknown; context: unknown } {
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const keys = Object.keys(data);
    if (keys.length && keys.every((k) => k === 'answers' || k === 'context')) {
      const wrapped = data as { answers?: unknown; context?: unknown };
      return { answers: wrapped.answers ?? {}, context: wrapped.context };
    }
  }
  return { answers: data, context: undefined };
}

export const checkCommand: Command = {
  name: 'check',
  summary: {
    'zh-CN': '根据答案文件判断哪些措施适用（适用 / 可能适用 / 不适用），给出原因、政策依据和下一步',
    en: 'work out from an answers file which measures apply (applies / may apply / does not apply), with reasons, the clauses cited and next steps',
  },
  usage: 'sixin check [content-dir] --answers answers.json|- [--scope "<经营范围>"] [--json] [--lang zh-CN|en]',
  async run(args, io) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { answers: { type: 'string', short: 'a' }, scope: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (positionals.length > 1) throw new UsageError('one content folder at most');
    // With --scope alone the answers start empty, and the command names the first question still to answer.
    if (!values.answers && values.scope === undefined)
      throw new UsageError(
        io.lang === 'en'
          ? 'give the answers file with --answers answers.json (or - for standard input), or a business scope with --scope'
          : '请用 --answers answers.json 指定答案文件（或用 - 从标准输入读取），或用 --scope 给出经营范围',
      );

    const result = loadContent(positionals[0] ?? 'content', { cwd: io.cwd });
    const report = (problems: Problem[]) => reportProblems(io, problems);
    if (result.problems.length) return reportProblems(io, result.problems, 'checked');
    if (!result.rules) {
      const path = `${positionals[0] ?? 'content'}/rules/questions.yaml`;
      return report([{ code: 'rules-file-missing', file: path, params: { path } }]);
    }

    const file = values.answers === undefined ? '--scope' : values.answers === '-' ? '(stdin)' : values.answers;
    let data: unknown = {};
    if (values.answers !== undefined) {
      let text: string;
      try {
        text = values.answers === '-' ? await io.readStdin() : readFileSync(resolve(io.cwd, values.answers), 'utf8');
      } catch (err) {
        return report([{ code: 'file-unreadable', file, params: { reason: (err as Error).message } }]);
      }
      try {
        data = JSON.parse(text);
      } catch (err) {
        return report([{ code: 'answers-json-invalid', file, params: { reason: (err as Error).message } }]);
      }
    }
    const split = splitAnswersFile(data);
    const { answers } = split;
    let context = split.context;
    let searched: CheckContext | undefined;
    if (values.scope !== undefined) {
      if (context !== undefined) throw new UsageError(format(TEXT.scopeTwice, io.lang));
      const index = buildSearchIndex({
        directory: result.directory!,
        industries: loadIndustryTable(),
        notes: loadIndustryNotes(),
      });
      const found = createSearcher(index).search(values.scope);
      context = searched = contextFromSearch(found);
      if (!values.json) io.stdout(describeSearch(found, searched, io.lang));
    }
    let checked: CheckResult;
    try {
      checked = evaluate(result.rules, answers, context);
    } catch (err) {
      if (!(err instanceof AnswerError)) throw err;
      io.stderr(`${file}: ${engineErrorMessage(err, io.lang)}`);
      if (err.code === 'answer-missing' && err.question)
        io.stderr(describeQuestion(result.rules, err.question, searched ?? validContext(context), io.lang));
      return 1;
    }
    if (values.json) io.stdout(JSON.stringify(searched ? { ...checked, context: searched } : checked, null, 2));
    else io.stdout(renderResult(result.rules, checked, io.lang));
    return 0;
  },
};

/** What the search found: the categories it found for certain, then those only possibly related. */
function describeSearch(result: SearchResult, context: CheckContext, lang: Lang): string {
  const list = (strength: 'strong' | 'possible') =>
    result.categories
      .filter((c) => c.strength === strength)
      .map((c) => `${c.code} ${c.name}`)
      .join(lang === 'en' ? ', ' : '、');
  const strong = list('strong');
  const possible = list('possible');
  const head = strong ? `${format(TEXT.scopeFound, lang)}${strong}` : format(TEXT.scopeNotFound, lang);
  const tail = possible ? `${lang === 'en' ? '; ' : '；'}${format(TEXT.scopePossible, lang)}${possible}` : '';
  return `${head}${tail}${context.licensed ? format(TEXT.scopeLicensed, lang) : ''}\n`;
}

/** The context of an answers file when it is well formed (a malformed one has been reported by then). */
function validContext(context: unknown): CheckContext | undefined {
  const c = context as CheckContext | undefined;
  return c && Array.isArray(c.categories) ? c : undefined;
}

/** The unanswered question with its options, so the person can add the answer to the file. */
function describeQuestion(rules: RulesData, questionId: string, context: CheckContext | undefined, lang: Lang): string {
  const question = rules.questions.find((q) => q.id === questionId)!;
  const lines = [`  ${question.title[lang]}`];
  if (question.help) lines.push(`  ${sentencesText(rules, question.help, lang)}`);
  lines.push(`  ${format(TEXT.options, lang)}`);
  for (const o of question.options) lines.push(`    "${o.id}": ${o.label[lang]}`);
  const suggested = suggestedOption(question, context);
  if (suggested) lines.push(`  ${format(TEXT.suggested, lang)}"${question.id}": "${suggested.id}"`);
  else lines.push(`  ${format(TEXT.answerWith, lang)}"${question.id}": "${question.options[0].id}"`);
  return lines.join('\n');
}

/** Sentences as one paragraph, each explanation outside the policy followed by its source. */
export function sentencesText(rules: RulesData, sentences: readonly Sentence[], lang: Lang): string {
  const outside = rules.labels.outside[lang];
  return sentences
    .map((s) => {
      const source = s.outside && rules.sources.find((x) => x.id === s.outside)?.name[lang];
      return source ? `${s[lang]}${lang === 'en' ? ` (${outside}: ${source})` : `（${outside}：${source}）`}` : s[lang];
    })
    .join(lang === 'en' ? ' ' : '');
}

/** The result as readable text: answers, then each measure with its status, reason, citations and next steps. */
export function renderResult(rules: RulesData, result: CheckResult, lang: Lang): string {
  const t = (s: Localized) => s[lang];
  const say = (sentences: readonly Sentence[]) => sentencesText(rules, sentences, lang);
  const label = (key: keyof RulesData['labels']) => t(rules.labels[key]);
  const colon = lang === 'en' ? ': ' : '：';
  const sep = lang === 'en' ? '; ' : '；';
  const questions = new Map(rules.questions.map((q) => [q.id, q]));
  const clauses = new Map(rules.clauses.map((c) => [c.id, c]));
  const cited = (ids: readonly string[]) => ids.map((id) => `${id} ${clauses.get(id)?.title ?? ''}`.trim()).join(sep);
  const out: string[] = [label('your-answers')];
  for (const a of result.answers) {
    const q = questions.get(a.question)!;
    const option = q.options.find((o) => o.id === a.option)!;
    out.push(`  ${t(q.title)} ${t(option.label)}`);
  }
  if (result.ignored.length) out.push(`  ${format(TEXT.ignored, lang)}${result.ignored.join(', ')}`);
  out.push('', label('result'));
  for (const o of result.outcomes) {
    out.push('', `【${t(rules.statuses[o.status])}】${t(o.title)}`);
    out.push(`  ${label('reason')}${colon}${say(o.reason)}`);
    const because = o.because
      .map((b) =>
        b.type === 'answer' ? `${t(b.questionTitle)} ${t(b.optionLabel)}` : b.licensed ? label('licensed') : '',
      )
      .filter(Boolean);
    if (because.length) out.push(`  ${label('because')}${colon}${because.join(sep)}`);
    out.push(`  ${label('cites')}${colon}${cited(o.cites.map((c) => c.id))}`);
    if (o.contacts.length) {
      out.push(
        `  ${label(o.status === 'may-apply' ? 'confirm-with' : 'contacts')}${colon}${o.contacts.map((c) => t(c.name)).join(lang === 'en' ? '; ' : '、')}`,
      );
    }
    if (o.bring.length) out.push(`  ${label('bring')}${colon.trim()}`, ...o.bring.map((b) => `    - ${say([b])}`));
    if (o.nextSteps.length)
      out.push(`  ${label('next-steps')}${colon.trim()}`, ...o.nextSteps.map((s) => `    - ${say([s])}`));
  }
  if (result.outcomes.some((o) => o.kind === 'scope' && o.status === 'applies')) {
    const { title, intro, items } = rules.expectations;
    out.push('', t(title), `  ${say(intro)}`);
    const paren = (text: string) => (lang === 'en' ? ` (${text})` : `（${text}）`);
    for (const item of items) out.push(`  - ${t(item.title)}${colon}${say(item.text)}${paren(cited(item.cites))}`);
  }
  out.push('', t(result.disclaimer));
  return out.join('\n');
}
