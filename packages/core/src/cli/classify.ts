import { randomBytes } from 'node:crypto';
import { createWriteStream, openSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../content/problems.js';
import { CLAUSE_CACHE_SIZE } from '../batch/classify.js';
import { resolveColumns, type ResolvedColumns } from '../batch/columns.js';
import { encodingLabel } from '../batch/encoding.js';
import { CSV_DELIMITERS } from '../batch/csv.js';
import { BatchError } from '../batch/errors.js';
import { batchText, formatCount, formatDuration } from '../batch/messages.js';
import { resultHeader, resultLine, RESULT_BOM } from '../batch/output.js';
import {
  inlineClassifier,
  runBatch,
  type BatchOutcome,
  type BatchProgress,
  type Classifier,
} from '../batch/pipeline.js';
import {
  columnsSentence,
  displayWidth,
  inputSentence,
  level1Table,
  level2Table,
  outsideTable,
  overview,
  rowsSentence,
  yearsTable,
  type FigureTable,
} from '../batch/present.js';
import { renderReport } from '../batch/report.js';
import { batchInput, type BatchInput } from '../batch/run-info.js';
import { directoryOutline } from '../batch/summary.js';
import { openTable } from '../batch/table.js';
import { fileSource } from '../node/batch-file.js';
import { workerClassifier } from '../node/batch-pool.js';
import { writeFileAtomic } from '../node/write.js';
import { createSearcher } from '../search/engine.js';
import { UsageError, type CliIO, type Command } from './io.js';
import { loadSearchIndex } from './search.js';

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** A table as aligned text lines, its caption first. */
export function textTable(t: FigureTable): string[] {
  const widths = t.head.map((h, i) => Math.max(displayWidth(h), ...t.rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) => `  ${cells.map((c, i) => pad(c, widths[i], t.numeric[i])).join('  ')}`.trimEnd();
  return [t.caption, line(t.head), ...t.rows.map(line)];
}

/** The one-screen summary printed at the end. */
export function summaryLines(
  input: BatchInput,
  outcome: BatchOutcome,
  files: { out: string; report?: string },
  lang: Lang,
): string[] {
  const f = outcome.figures;
  const over = overview(f, lang);
  const labelWidth = Math.max(...over.map((l) => displayWidth(l.label) + (l.sub ? 2 : 0)));
  const lines = [
    batchText('summaryTitle', lang),
    inputSentence(input, lang),
    columnsSentence(input.columns, lang),
    rowsSentence(f, lang),
    '',
    ...over.map(
      (l) =>
        `${pad((l.sub ? '  ' : '') + l.label, labelWidth, false)}  ${pad(l.count, 10, true)}  ${pad(l.share, 6, true)}`,
    ),
    '',
    ...textTable(level1Table(f, lang)),
  ];
  if (f.strong + f.possible) lines.push('', ...textTable(level2Table(f, lang, 5)));
  if (f.outside.length) lines.push('', ...textTable(outsideTable(f, lang, 5)));
  const years = yearsTable(f, lang);
  if (years) {
    lines.push('', ...textTable({ ...years, rows: years.rows.slice(-8) }));
    if (f.undated) lines.push(batchText('undatedLine', lang, { count: formatCount(f.undated) }));
  }
  lines.push('', batchText('outputLine', lang, { file: files.out }));
  if (files.report) lines.push(batchText('reportLine', lang, { file: files.report }));
  lines.push(
    batchText('timingLine', lang, {
      seconds: outcome.seconds.toFixed(1),
      rate: formatCount(Math.round(outcome.rate)),
      workers: String(outcome.threads),
    }),
    batchText('caveat', lang),
  );
  return lines;
}

/** `[██████░░░░] 60% · 12,345 行 · 每秒 2,345 行 · 剩余约 5 秒` */
export function progressLine(p: BatchProgress, lang: Lang): string {
  const width = 24;
  const filled = Math.round(p.fraction * width);
  return batchText('progress', lang, {
    bar: `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`,
    percent: String(Math.floor(p.fraction * 100)),
    rows: formatCount(p.rows),
    rate: formatCount(Math.round(p.rate)),
    eta: p.eta === undefined ? '…' : formatDuration(p.eta, lang),
  });
}

/** Redraws the progress line on a terminal at most four times a second; elsewhere prints a line every ten seconds. */
function progressReporter(io: CliIO): { update(p: BatchProgress): void; done(): void } {
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const t = Date.now();
      if (io.stderrIsTTY && io.stderrRaw) {
        if (t - last < 250) return;
        io.stderrRaw(`\r\x1b[K${progressLine(p, io.lang)}`);
        drawn = true;
      } else {
        if (t - last < 10_000 || p.seconds < 10) return;
        io.stderr(progressLine(p, io.lang));
      }
      last = t;
    },
    done() {
      if (drawn) io.stderrRaw?.('\r\x1b[K');
    },
  };
}

/** The result file: written to a sibling created for this run only, renamed into place when the run succeeds. */
class ResultWriter {
  readonly #stream: WriteStream;
  readonly #tmp: string;
  readonly #file: string;
  #error: Error | undefined;

  constructor(file: string) {
    this.#file = file;
    this.#tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.partial`);
    // 'wx': the file must be new, so nothing already there (a link planted under this name) is written through.
    // Opened here, synchronously, so a folder that does not exist or cannot be written is known before any work.
    this.#stream = createWriteStream('', { fd: openSync(this.#tmp, 'wx') });
    this.#stream.on('error', (err) => (this.#error = err));
  }

  async write(text: string): Promise<void> {
    if (this.#error) throw this.#error;
    if (this.#stream.write(text)) return;
    // Full: wait until it drains, or fails (the error handler above records why).
    await new Promise<void>((resolve) => {
      const done = () => {
        this.#stream.off('drain', done);
        this.#stream.off('error', done);
        resolve();
      };
      this.#stream.on('drain', done);
      this.#stream.on('error', done);
    });
    if (this.#error) throw this.#error;
  }

  async commit(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.#stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
    if (this.#error) throw this.#error;
    renameSync(this.#tmp, this.#file);
  }

  async discard(): Promise<void> {
    await new Promise<void>((resolve) => this.#stream.destroy() && this.#stream.once('close', () => resolve()));
    rmSync(this.#tmp, { force: true });
  }
}

export const classifyCommand: Command = {
  name: 'classify',
  summary: {
    'zh-CN': '把企业名册（CSV 或 .xlsx）逐行归入目录：写出每家企业的结果，打印汇总，可生成带图表的 HTML 报告',
    en: 'place every enterprise of a register (CSV or .xlsx) in the directory: one result line each, a summary, and an HTML report with charts',
  },
  usage:
    'sixin classify <file.csv|file.xlsx> [--column 经营范围] [--name-column 企业名称] [--id-column 统一社会信用代码] [--date-column 成立日期] [--out result.csv] [--report report.html] [--json] [--encoding gb18030] [--delimiter ,] [--sheet name] [--workers n] [--index search-index.json | --content content-dir]',
  async run(args, io) {
    const lang = io.lang;
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        column: { type: 'string' },
        'name-column': { type: 'string' },
        'id-column': { type: 'string' },
        'date-column': { type: 'string' },
        out: { type: 'string', short: 'o' },
        report: { type: 'string' },
        json: { type: 'boolean' },
        encoding: { type: 'string' },
        delimiter: { type: 'string' },
        sheet: { type: 'string' },
        workers: { type: 'string' },
        index: { type: 'string' },
        content: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError(batchText('cliOneFile', lang));
    if (values.index && values.content) throw new UsageError(batchText('cliBothIndex', lang));
    const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256)
      throw new UsageError(batchText('cliBadWorkers', lang, { value: values.workers ?? '' }));
    const encoding = values.encoding === undefined ? undefined : encodingLabel(values.encoding);
    if (values.encoding !== undefined && !encoding)
      throw new UsageError(batchText('cliBadEncoding', lang, { value: values.encoding }));
    const delimiter = values.delimiter === '\\t' ? '\t' : values.delimiter;
    if (delimiter !== undefined && !(CSV_DELIMITERS as readonly string[]).includes(delimiter))
      throw new UsageError(batchText('cliBadDelimiter', lang));

    const inputPath = resolve(io.cwd, positionals[0]);
    const defaultOut = join(dirname(positionals[0]), `${basename(positionals[0], extname(positionals[0]))}.sixin.csv`);
    const outPath = resolve(io.cwd, values.out ?? defaultOut);
    if (outPath === inputPath) throw new UsageError(batchText('cliOutIsInput', lang, { file: positionals[0] }));
    const reportPath = values.report ? resolve(io.cwd, values.report) : undefined;
    if (reportPath === inputPath) throw new UsageError(batchText('cliOutIsInput', lang, { file: positionals[0] }));

    let source: Awaited<ReturnType<typeof fileSource>>;
    try {
      source = await fileSource(inputPath);
    } catch (err) {
      io.stderr(
        batchText('cliCannotOpen', lang, {
          file: positionals[0],
          reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message,
        }),
      );
      return 1;
    }
    let classifier: Classifier | undefined;
    let writer: ResultWriter | undefined;
    try {
      // Everything that can refuse the file is checked before the index is prepared and before anything is written.
      const table = await openTable(source, { encoding, delimiter, sheet: values.sheet });
      const columns: ResolvedColumns = resolveColumns(
        table.header,
        { scope: values.column, id: values['id-column'], date: values['date-column'], name: values['name-column'] },
        source.name,
      );
      try {
        writer = new ResultWriter(outPath);
      } catch (err) {
        io.stderr(batchText('cliCannotWrite', lang, { file: values.out ?? outPath, reason: (err as Error).message }));
        return 1;
      }
      const index = loadSearchIndex(values.index, values.content ?? 'content', io.cwd);
      if (io.stderrIsTTY) io.stderr(batchText('cliPreparing', lang, { threads: String(workers) }));
      classifier =
        workers === 1
          ? inlineClassifier(createSearcher(index, { clauseCache: CLAUSE_CACHE_SIZE }))
          : await workerClassifier(JSON.stringify(index), workers);
      const out = writer;
      await out.write(RESULT_BOM + resultHeader(lang, columns.id?.name));
      const progress = progressReporter(io);
      const outcome = await runBatch({
        table,
        columns,
        outline: directoryOutline(index),
        classifier,
        write: (results) => out.write(results.map((r) => resultLine(r, lang)).join('')),
        onProgress: (p) => progress.update(p),
      });
      progress.done();
      await out.commit();
      writer = undefined;
      const input = batchInput(source.name, table, columns);
      if (reportPath) {
        try {
          writeFileAtomic(reportPath, renderReport(input, outcome, lang));
        } catch (err) {
          io.stderr(batchText('cliCannotWrite', lang, { file: values.report!, reason: (err as Error).message }));
          return 1;
        }
      }

      if (values.json) {
        const peakMemoryMB = Math.round(process.resourceUsage().maxRSS / 1024);
        io.stdout(JSON.stringify({ input, ...outcome, output: outPath, report: reportPath ?? null, peakMemoryMB }));
      } else {
        for (const p of outcome.problems.slice(0, 10))
          io.stderr(
            batchText('rowProblem', lang, { row: String(p.row), problem: batchText(`problem:${p.problem}`, lang) }),
          );
        if (outcome.figures.skipped > 10)
          io.stderr(batchText('moreProblems', lang, { count: formatCount(outcome.figures.skipped - 10) }));
        io.stdout(
          summaryLines(input, outcome, { out: values.out ?? defaultOut, report: values.report }, lang).join('\n'),
        );
      }
      return 0;
    } catch (err) {
      if (err instanceof BatchError) {
        io.stderr(err.describe(lang));
        return 1;
      }
      throw err;
    } finally {
      await writer?.discard();
      await classifier?.close();
      await source.close();
    }
  },
};
