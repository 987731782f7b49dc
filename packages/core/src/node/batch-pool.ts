/**
 * Worker threads for `sixin classify`: each prepares its own searcher once and classifies the batches it is sent.
 * Batches go to the thread with the fewest waiting, so a slow batch (long, novel scopes) does not hold up the rest.
 */
import { Worker } from 'node:worker_threads';
import type { RowResult } from '../batch/classify.js';
import type { RowInput } from '../batch/columns.js';
import type { Classifier } from '../batch/pipeline.js';

interface Job {
  resolve: (results: RowResult[]) => void;
  reject: (err: Error) => void;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
}

// Compiled, this file is dist/node/batch-pool.js beside batch-worker.js; run from source (tests, through tsx, whose
// loader the workers inherit), both are .ts.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './batch-worker.ts' : './batch-worker.js', import.meta.url);
/**
 * Run from source (the tests, through tsx), a worker needs tsx's loader registered before it loads the TypeScript
 * entry, which a `--import` flag handed on does not do in time on Node 20: a small script registers it, then loads.
 */
function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { workerData });
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Starts `threads` workers over the index (its JSON text, parsed once per thread) and waits until each has its
 * searcher ready.
 */
export async function workerClassifier(
  indexJson: string,
  threads: number,
  options: { clauseCache?: number } = {},
): Promise<Classifier> {
  let nextSeq = 0;
  let failure: Error | undefined;
  const pool: Thread[] = [];
  const ready: Promise<void>[] = [];
  for (let i = 0; i < threads; i++) {
    const worker = startWorker({ indexJson, clauseCache: options.clauseCache });
    const thread: Thread = { worker, jobs: new Map() };
    pool.push(thread);
    ready.push(
      new Promise<void>((resolve, reject) => {
        const fail = (err: Error) => {
          failure ??= err;
          reject(err);
          for (const job of thread.jobs.values()) job.reject(err);
          thread.jobs.clear();
        };
        worker.on('message', (message: { ready?: true; seq?: number; results?: RowResult[] }) => {
          if (message.ready) return resolve();
          const job = thread.jobs.get(message.seq!);
          thread.jobs.delete(message.seq!);
          job?.resolve(message.results!);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0 || thread.jobs.size) fail(new Error(`a classify worker stopped (exit code ${code})`));
        });
      }),
    );
  }
  try {
    await Promise.all(ready);
  } catch (err) {
    await Promise.all(pool.map((t) => t.worker.terminate()));
    throw err;
  }
  return {
    threads,
    classify(rows: RowInput[]) {
      if (failure) return Promise.reject(failure);
      const thread = pool.reduce((best, t) => (t.jobs.size < best.jobs.size ? t : best));
      const seq = nextSeq++;
      return new Promise<RowResult[]>((resolve, reject) => {
        thread.jobs.set(seq, { resolve, reject });
        thread.worker.postMessage({ seq, rows });
      });
    },
    async close() {
      await Promise.all(pool.map((t) => t.worker.terminate()));
    },
  };
}
