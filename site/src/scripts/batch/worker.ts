/**
 * The Web Worker of the /batch/ page: reads the register the person chose, places every row with the same core code
 * as `sixin classify`, and hands back the figures, the charts, the result file and the report. It fetches one thing,
 * the directory's search index from this site, when the page opens; the page's Content-Security-Policy (which this
 * worker inherits, being started from a blob: URL) forbids every other connection.
 */
import {
  batchInput,
  BatchError,
  blobSource,
  CLAUSE_CACHE_SIZE,
  directoryOutline,
  inlineClassifier,
  openTable,
  resolveColumns,
  RESULT_BOM,
  resultHeader,
  resultLine,
  runBatch,
  type ColumnChoice,
  type DirectoryOutline,
} from '@sixin/core/batch';
import { renderCharts, renderReport } from '@sixin/core/batch/report';
import { createSearcher, type Searcher } from '@sixin/core/search';
import type { FromWorker, Inspection, ToWorker } from './protocol.ts';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

let lang: 'zh-CN' | 'en' = 'zh-CN';
let ready: Promise<{ searcher: Searcher; outline: DirectoryOutline }> | undefined;

async function prepare(indexUrl: string) {
  const response = await fetch(indexUrl, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`);
  const index = await response.json();
  return { searcher: createSearcher(index, { clauseCache: CLAUSE_CACHE_SIZE }), outline: directoryOutline(index) };
}

function failure(err: unknown): FromWorker {
  if (err instanceof BatchError) return { type: 'failed', message: err.describe(lang), expected: true };
  return { type: 'failed', message: err instanceof Error ? err.message : String(err), expected: false };
}

/** Result text is gathered into Blobs every few megabytes, which the browser may keep outside the script's memory. */
class BlobCollector {
  #parts: string[] = [];
  #length = 0;
  #blobs: Blob[] = [];
  add(text: string) {
    this.#parts.push(text);
    this.#length += text.length;
    if (this.#length > 4 << 20) this.#seal();
  }
  #seal() {
    if (this.#parts.length) this.#blobs.push(new Blob(this.#parts));
    this.#parts = [];
    this.#length = 0;
  }
  blob(type: string): Blob {
    this.#seal();
    return new Blob(this.#blobs, { type });
  }
}

async function inspect(file: File, options: { encoding?: string; sheet?: string }): Promise<Inspection> {
  const table = await openTable(blobSource(file), options);
  const inspection: Inspection = { kind: table.kind, header: table.header };
  if (table.encoding) inspection.encoding = { ...table.encoding };
  if (table.sheet !== undefined) inspection.sheet = table.sheet;
  if (table.sheets) inspection.sheets = table.sheets;
  try {
    const found = resolveColumns(table.header, {}, file.name);
    inspection.scope = found.scope.name;
    if (found.id) inspection.id = found.id.name;
  } catch {
    // No usual scope header: the person chooses the column.
  }
  return inspection;
}

async function run(file: File, options: { encoding?: string; sheet?: string } & ColumnChoice) {
  const { searcher, outline } = await ready!;
  const table = await openTable(blobSource(file), { encoding: options.encoding, sheet: options.sheet });
  const columns = resolveColumns(table.header, options, file.name);
  const csv = new BlobCollector();
  csv.add(RESULT_BOM + resultHeader(lang, columns.id?.name));
  let last = 0;
  const outcome = await runBatch({
    table,
    columns,
    outline,
    classifier: inlineClassifier(searcher),
    write: (results) => {
      let text = '';
      for (const r of results) text += resultLine(r, lang);
      csv.add(text);
    },
    onProgress: (progress) => {
      const now = performance.now();
      if (now - last < 150) return;
      last = now;
      post({ type: 'progress', progress });
    },
  });
  const input = batchInput(file.name, table, columns);
  const charts = renderCharts(outcome.figures, lang);
  const report = renderReport(input, outcome, lang, new Date(), charts);
  post({
    type: 'done',
    input,
    outcome,
    charts: charts.map((c) => ({ id: c.id, title: c.title, svg: c.svg })),
    csv: csv.blob('text/csv;charset=utf-8'),
    report: new Blob([report], { type: 'text/html;charset=utf-8' }),
  });
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    lang = message.lang;
    ready = prepare(message.indexUrl);
    ready.then(
      () => post({ type: 'ready' }),
      (err: unknown) => post({ type: 'index-failed', message: err instanceof Error ? err.message : String(err) }),
    );
  } else if (message.type === 'inspect') {
    inspect(message.file, message.options).then(
      (inspection) => post({ type: 'inspected', inspection }),
      (err: unknown) => post(failure(err)),
    );
  } else if (message.type === 'run') {
    run(message.file, message.options).catch((err: unknown) => post(failure(err)));
  }
});
