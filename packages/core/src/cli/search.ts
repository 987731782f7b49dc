import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../content/problems.js';
import { buildSearchIndexFromContent } from '../search/build-index.js';
import { createSearcher, type Searcher } from '../search/engine.js';
import { assertSearchIndex, SearchIndexError, type SearchIndex } from '../search/index-format.js';
import {
  describeCode,
  describeOutside,
  formatNotice,
  searchText,
  sourceLabel,
  strengthLabel,
} from '../search/messages.js';
import type { SearchResult } from '../search/types.js';
import { UsageError, type Command } from './io.js';

/** Readable answer for one query, in the chosen language. Plain text: every string is data from the result. */
export function formatSearchResult(result: SearchResult, lang: Lang): string {
  const lines: string[] = [];
  const colon = lang === 'en' ? ':' : '：';
  const paren = (text: string) => (lang === 'en' ? ` (${text})` : `（${text}）`);
  const shown = result.query.length > 120 ? `${result.query.slice(0, 120)}…` : result.query;
  lines.push(`${lang === 'en' ? 'Query' : '查询'}: ${shown.replace(/\s+/g, ' ')}`);
  if (result.notice) lines.push(formatNotice(result.notice, lang));
  if (result.kind === 'empty') {
    lines.push(searchText('nothingToSearch', lang));
    return lines.join('\n');
  }
  for (const clause of result.clauses) if (clause.code) lines.push(describeCode(clause.code, lang));
  if (!result.categories.length) {
    lines.push(searchText('notFound', lang));
  } else {
    lines.push('', searchText('resultsHeading', lang, { count: result.categories.length }) + colon);
    result.categories.forEach((c, i) => {
      lines.push(
        `${String(i + 1).padStart(2)}. ${c.code} ${c.name}（${c.parent.code} ${c.parent.name}）  ${searchText('score', lang)} ${c.score.toFixed(2)} · ${strengthLabel(c.strength, lang)}`,
      );
      if (c.directions.length) {
        const names = c.directions.map((d) => d.name + (d.inferred ? paren(searchText('inferred', lang)) : ''));
        lines.push(`    ${searchText('directions', lang)}: ${names.join(lang === 'en' ? '; ' : '；')}`);
      }
      if (c.industries.length) {
        const names = c.industries.map((ind) => `${ind.code} ${ind.name}${ind.partial ? '*' : ''}`);
        lines.push(`    ${searchText('industries', lang)}${names.join(lang === 'en' ? '; ' : '；')}`);
      }
      for (const r of c.reasons.slice(0, 3)) {
        const quote = (t: string) => (lang === 'en' ? `"${t}"` : `“${t}”`);
        lines.push(
          `    ${searchText('because', lang)}: ${quote(r.clause)} ← ${sourceLabel(r.source, lang)} ${quote(r.term)}${r.industry?.partial ? searchText('partial', lang) : ''}`,
        );
      }
      if (c.reasons.length > 3)
        lines.push(`    ${searchText('moreReasons', lang, { count: String(c.reasons.length - 3) })}`);
    });
  }
  if (result.clauses.length > 1 || result.unmatched.length) {
    lines.push('', searchText('clausesHeading', lang) + colon);
    result.clauses.forEach((clause, i) => {
      const categories = [...new Set(clause.matches.map((m) => m.category))];
      const flags = [
        clause.companyName ? searchText('companyName', lang) : '',
        clause.licensed ? searchText('licensed', lang) : '',
        clause.generic ? searchText('generic', lang) : '',
      ]
        .filter(Boolean)
        .map((f) => `[${f}]`)
        .join(' ');
      const target = categories.length ? `→ ${categories.join(', ')}` : lang === 'en' ? '→ (nothing)' : '→（未匹配）';
      const corrected = clause.correctedTo
        ? `（${searchText('correctedTo', lang, { term: clause.correctedTo })}）`
        : '';
      const outside = clause.outsideIndustry ? paren(describeOutside(clause.outsideIndustry, lang)) : '';
      lines.push(
        `${String(i + 1).padStart(3)}. ${flags ? `${flags} ` : ''}${clause.text} ${target}${corrected}${outside}`,
      );
    });
  }
  return lines.join('\n');
}

/**
 * The search index from a built file (`--index`, checked) or from the content folder. A file that cannot be read or
 * is not an index is a usage error naming the file.
 */
export function loadSearchIndex(indexFile: string | undefined, contentDir: string, cwd: string): SearchIndex {
  if (!indexFile) return buildSearchIndexFromContent(contentDir, { cwd });
  const path = resolve(cwd, indexFile);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read the index ${indexFile}: ${(err as Error).message}`);
  }
  try {
    assertSearchIndex(parsed);
  } catch (err) {
    if (err instanceof SearchIndexError) throw new UsageError(`${indexFile}: ${err.message}`);
    throw err;
  }
  return parsed;
}

/** One answer as `--json` prints it: the result and, when the index names one, the directory revision that gave it. */
function answerJson(result: SearchResult, revision: SearchIndex['revision']): string {
  return JSON.stringify(revision ? { ...result, revision } : result);
}

/** The line naming the directory revision that answered, so an answer can later be read against that directory. */
export function formatRevision(revision: NonNullable<SearchIndex['revision']>, lang: Lang): string {
  return 'date' in revision
    ? searchText('revision', lang, { date: revision.date })
    : searchText('revisionUnreleased', lang, { date: revision.after });
}

export const searchCommand: Command = {
  name: 'search',
  summary: {
    'zh-CN': '按经营范围、行业代码、关键词或拼音查找目录分类；不给文本时从标准输入逐行读取，每行输出一个 JSON',
    en: 'find directory categories for a business scope, code, keyword or pinyin; with no text, read one query per line from standard input and print one JSON object per line',
  },
  usage: 'sixin search ["text"] [--json] [--limit n] [--index search-index.json | --content content-dir]',
  async run(args, io) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        limit: { type: 'string' },
        index: { type: 'string' },
        content: { type: 'string' },
      },
    });
    if (values.index && values.content) throw new UsageError('give --index or --content, not both');
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit must be a positive whole number, got "${values.limit}"`);
    if (positionals.length === 0 && io.stdinIsTTY) {
      throw new UsageError(
        io.lang === 'en'
          ? 'give a text to search, or pipe queries (one per line) on standard input'
          : '请给出要检索的文本，或通过标准输入逐行提供查询',
      );
    }
    const index = loadSearchIndex(values.index, values.content ?? 'content', io.cwd);
    const searcher: Searcher = createSearcher(index);

    if (positionals.length) {
      const result = searcher.search(positionals.join(' '), { limit });
      const text =
        formatSearchResult(result, io.lang) + (index.revision ? `\n\n${formatRevision(index.revision, io.lang)}` : '');
      io.stdout(values.json ? answerJson(result, index.revision) : text);
      return 0;
    }
    // Standard input: one query per line, one JSON object per line, in the same order.
    const input = await io.readStdin();
    const lines = input.split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) io.stdout(answerJson(searcher.search(line, { limit }), index.revision));
    return 0;
  },
};
