/**
 * A worker thread of `sixin classify`: prepares its own searcher from the index it is given, with a clause cache,
 * then classifies each batch of rows it receives and posts the results back with the batch's number.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CLAUSE_CACHE_SIZE, classifyRows } from '../batch/classify.js';
import type { RowInput } from '../batch/columns.js';
import { createSearcher } from '../search/engine.js';

const { indexJson, clauseCache } = workerData as { indexJson: string; clauseCache?: number };
const searcher = createSearcher(JSON.parse(indexJson), { clauseCache: clauseCache ?? CLAUSE_CACHE_SIZE });
parentPort!.on('message', (job: { seq: number; rows: RowInput[] }) => {
  parentPort!.postMessage({ seq: job.seq, results: classifyRows(searcher, job.rows) });
});
parentPort!.postMessage({ ready: true });
