/**
 * Runs a register through a classifier: reads the table a chunk at a time, sends batches of rows to the classifier
 * (one thread, or a pool of workers), and hands the results back in the register's order to be written and counted.
 * At most `inFlight` batches are out at once and the reader waits for them, so memory stays flat however long the
 * register is. The same runner serves the command line (worker threads) and the browser page (one Web Worker).
 */
import type { Searcher } from '../search/engine.js';
import { classifyRows, type RowResult } from './classify.js';
import { toRowInputs, type ResolvedColumns, type RowInput, type RowProblem } from './columns.js';
import { BatchTally, type BatchFigures, type DirectoryOutline } from './summary.js';
import type { TableReader, TableRow } from './table.js';

/** Places rows in the directory; results come back in the order of `rows`. */
export interface Classifier {
  classify(rows: RowInput[]): Promise<RowResult[]>;
  /** Threads classifying at once. */
  readonly threads: number;
  close(): Promise<void>;
}

/** A classifier on the calling thread. */
export function inlineClassifier(searcher: Searcher): Classifier {
  return { threads: 1, classify: async (rows) => classifyRows(searcher, rows), close: async () => {} };
}

export interface BatchProgress {
  /** Rows done (written). */
  rows: number;
  /** Share of the input read, 0–1. */
  fraction: number;
  seconds: number;
  /** Rows per second so far. */
  rate: number;
  /** Seconds left, estimated from the share read; undefined at the start. */
  eta?: number;
}

export interface BatchRunOptions {
  table: TableReader;
  columns: ResolvedColumns;
  outline: DirectoryOutline;
  classifier: Classifier;
  /** Receives the results in the register's order. */
  write: (results: RowResult[]) => void | Promise<void>;
  onProgress?: (progress: BatchProgress) => void;
  /** Rows sent to the classifier at a time (default 250). */
  batchSize?: number;
  /** Batches out at once (default: four per thread). */
  inFlight?: number;
  signal?: AbortSignal;
  /** How many skipped rows to keep for the message listing them (default 20). */
  keepProblems?: number;
}

export interface BatchOutcome {
  figures: BatchFigures;
  /** The first skipped rows, for the message; every one is in the result file. */
  problems: Array<{ row: number; problem: RowProblem }>;
  seconds: number;
  /** Rows per second over the whole run. */
  rate: number;
  threads: number;
}

export async function runBatch(options: BatchRunOptions): Promise<BatchOutcome> {
  const { table, columns, classifier, write, signal } = options;
  const batchSize = options.batchSize ?? 250;
  const maxOut = options.inFlight ?? classifier.threads * 4;
  const keepProblems = options.keepProblems ?? 20;
  const tally = new BatchTally(options.outline, { dated: Boolean(columns.date) });
  const problems: BatchOutcome['problems'] = [];
  const started = now();
  let rowsDone = 0;

  const finished = new Map<number, RowResult[]>();
  const running = new Set<Promise<void>>();
  let submitted = 0;
  let written = 0;
  let failure: unknown;

  const progress = () => {
    if (!options.onProgress) return;
    const seconds = (now() - started) / 1000;
    const fraction = table.progress();
    const p: BatchProgress = { rows: rowsDone, fraction, seconds, rate: seconds > 0 ? rowsDone / seconds : 0 };
    if (fraction > 0.01 && seconds > 1) p.eta = Math.max(0, (seconds / fraction) * (1 - fraction));
    options.onProgress(p);
  };

  const flush = async () => {
    while (finished.has(written)) {
      const results = finished.get(written)!;
      finished.delete(written);
      written++;
      for (const r of results) {
        tally.add(r);
        if (r.problem && problems.length < keepProblems) problems.push({ row: r.row, problem: r.problem });
      }
      rowsDone += results.length;
      await write(results);
    }
    progress();
  };

  const submit = (rows: TableRow[]) => {
    const seq = submitted++;
    const job: Promise<void> = classifier
      .classify(toRowInputs(rows, columns, table))
      .then(
        (results) => void finished.set(seq, results),
        (err) => void (failure ??= err),
      )
      .finally(() => running.delete(job));
    running.add(job);
  };

  /** Waits until fewer than `limit` batches are out, writing what has come back. */
  const drain = async (limit: number) => {
    while (submitted - written >= limit && submitted > written) {
      if (running.size) await Promise.race(running);
      if (failure) throw failure;
      await flush();
      if (!running.size && submitted > written && !finished.has(written)) break;
    }
  };

  try {
    let pending: TableRow[] = [];
    for await (const chunk of table.rows()) {
      if (signal?.aborted) throw signal.reason ?? new Error('aborted');
      for (const row of chunk) {
        pending.push(row);
        if (pending.length < batchSize) continue;
        submit(pending);
        pending = [];
        await drain(maxOut);
      }
    }
    if (pending.length) submit(pending);
    await drain(1);
    if (failure) throw failure;
  } finally {
    await Promise.allSettled(running);
  }
  const seconds = (now() - started) / 1000;
  progress();
  return {
    figures: tally.figures(),
    problems,
    seconds,
    rate: seconds > 0 ? rowsDone / seconds : 0,
    threads: classifier.threads,
  };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
