import type { Lang } from '../content/problems.js';
import { batchText, type BatchMessageKey } from './messages.js';

/** Why a whole file could not be read. Each has a sentence in both languages in `messages.ts`. */
export type BatchErrorCode = Extract<
  BatchMessageKey,
  | 'errorEmptyFile'
  | 'errorXls'
  | 'errorBinary'
  | 'errorNotXlsx'
  | 'errorZip'
  | 'errorZipMethod'
  | 'errorZipEncrypted'
  | 'errorXml'
  | 'errorSheetNotFound'
  | 'errorNoSheet'
  | 'errorTooLarge'
  | 'errorNoHeader'
  | 'errorColumnNotFound'
  | 'errorSameColumn'
  | 'errorFileChanged'
>;

/**
 * A file the batch reader cannot read, with what is wrong and what to do. `message` is in Chinese; `describe(lang)`
 * words it in either language. Thrown before any result is written, so a bad file never leaves half an output.
 */
export class BatchError extends Error {
  readonly code: BatchErrorCode;
  readonly params: Record<string, string>;

  constructor(code: BatchErrorCode, params: Record<string, string> = {}) {
    super(batchText(code, 'zh-CN', params));
    this.name = 'BatchError';
    this.code = code;
    this.params = params;
  }

  describe(lang: Lang): string {
    return batchText(this.code, lang, this.params);
  }
}
