/**
 * The result file: one CSV line per enterprise, in the order of the register, in UTF-8 with a byte-order mark so
 * that Excel opens the Chinese correctly. Every field is neutralised against formula injection: a register is data
 * from outside, and a scope or id starting with `=`, `+`, `-`, `@` (or a tab or carriage return, which some
 * spreadsheets skip before looking) would otherwise run as a formula when the file is opened.
 */
import type { Lang } from '../content/problems.js';
import { primaryCategory, type RowResult } from './classify.js';
import { batchText, type BatchMessageKey } from './messages.js';

export const RESULT_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value that no spreadsheet reads as a formula: a leading `'` is how spreadsheets mark text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const COLUMNS: BatchMessageKey[] = [
  'colRow',
  'colId',
  'colStatus',
  'colPrimaryCode',
  'colPrimaryName',
  'colLevel1Code',
  'colLevel1Name',
  'colCategories',
  'colOutside',
  'colLicensed',
  'colProblem',
];

/** The header line; the id column keeps the register's own header (`统一社会信用代码`) when there is one. */
export function resultHeader(lang: Lang, idHeader?: string): string {
  return `${COLUMNS.map((key) => csvField(key === 'colId' && idHeader ? idHeader : batchText(key, lang))).join(',')}\r\n`;
}

const STATUS: Record<RowResult['status'], BatchMessageKey> = {
  strong: 'statusStrong',
  possible: 'statusPossible',
  none: 'statusNone',
};

/** The CSV line of one enterprise (with its line end). */
export function resultLine(result: RowResult, lang: Lang): string {
  const sep = batchText('listSeparator', lang);
  if (result.problem) {
    const fields = [
      String(result.row),
      result.id,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      batchText(`problem:${result.problem}`, lang),
    ];
    return `${fields.map(csvField).join(',')}\r\n`;
  }
  const primary = primaryCategory(result);
  const categories = result.categories.map((c) => `${c.code} ${c.name}（${batchText(STATUS[c.strength], lang)}）`);
  const outside = result.outside.map(
    (o) =>
      batchText('outsideItem', lang, { clause: o.clause, code: o.code, name: o.name }) +
      (o.partial ? batchText('outsidePartial', lang) : ''),
  );
  const fields = [
    String(result.row),
    result.id,
    batchText(STATUS[result.status], lang),
    primary?.code ?? '',
    primary?.name ?? '',
    primary?.level1.code ?? '',
    primary?.level1.name ?? '',
    categories.join(sep),
    outside.join(sep),
    batchText(result.licensed ? 'yes' : 'no', lang),
    '',
  ];
  return `${fields.map(csvField).join(',')}\r\n`;
}
