/** Messages between the /batch/ page and its Web Worker. Everything is plain data or a Blob: nothing else crosses. */
import type { BatchInput, BatchOutcome, BatchProgress, EncodingChoice } from '@sixin/core/batch';

export interface ReadOptions {
  encoding?: string;
  sheet?: string;
}

export type ToWorker =
  | { type: 'init'; indexUrl: string; lang: 'zh-CN' | 'en' }
  | { type: 'inspect'; file: File; options: ReadOptions }
  | { type: 'run'; file: File; options: ReadOptions & { scope: string; id?: string; date?: string } };

export interface Inspection {
  kind: 'csv' | 'xlsx';
  header: string[];
  encoding?: EncodingChoice;
  sheet?: string;
  sheets?: string[];
  /** Columns the page should preselect (found by their usual headers). */
  scope?: string;
  id?: string;
}

export interface ChartPicture {
  id: string;
  title: string;
  svg: string;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'index-failed'; message: string }
  | { type: 'inspected'; inspection: Inspection }
  | { type: 'progress'; progress: BatchProgress }
  | { type: 'done'; input: BatchInput; outcome: BatchOutcome; charts: ChartPicture[]; csv: Blob; report: Blob }
  | { type: 'failed'; message: string; expected: boolean };
