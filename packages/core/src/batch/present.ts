/**
 * The figures of a batch as labelled tables, in one language: the command line prints them, the HTML report and the
 * /batch/ page render them, so all three say the same thing in the same words.
 */
import type { Lang } from '../content/problems.js';
import type { EncodingChoice } from './encoding.js';
import { batchText, formatCount, formatShare } from './messages.js';
import { ROW_PROBLEMS } from './columns.js';
import type { BatchFigures } from './summary.js';

export interface FigureTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Columns holding numbers (right-aligned). */
  numeric: boolean[];
}

export interface OverviewLine {
  label: string;
  count: string;
  share: string;
  /** Indented under the line before (strong and possible under 四新). */
  sub?: boolean;
}

/** Width of a text in columns of a fixed-width terminal: Chinese (full-width) characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** Enterprises counted as 四新: strong and possible. */
export const sixinTotal = (f: Pick<BatchFigures, 'strong' | 'possible'>) => f.strong + f.possible;

export function overview(f: BatchFigures, lang: Lang): OverviewLine[] {
  const line = (key: Parameters<typeof batchText>[0], n: number, sub = false): OverviewLine => ({
    label: batchText(key, lang),
    count: formatCount(n),
    share: formatShare(n, f.classified),
    ...(sub ? { sub } : {}),
  });
  return [
    line('sixinLine', sixinTotal(f)),
    line('strongLine', f.strong, true),
    line('possibleLine', f.possible, true),
    line('noneLine', f.none),
    line('licensedLine', f.licensed),
    line('outsideLine', f.withOutside),
  ];
}

/** `共读取 … 行：归类 … 行，跳过 … 行（经营范围为空 3，…）` */
export function rowsSentence(f: BatchFigures, lang: Lang): string {
  const base = batchText('rowsLine', lang, {
    rows: formatCount(f.rows),
    classified: formatCount(f.classified),
    skipped: formatCount(f.skipped),
  });
  const parts = ROW_PROBLEMS.filter((p) => f.skippedBy[p]).map((p) =>
    batchText('skippedItem', lang, { problem: batchText(`problem:${p}`, lang), count: formatCount(f.skippedBy[p]) }),
  );
  return parts.length
    ? base + batchText('skippedDetail', lang, { detail: parts.join(lang === 'en' ? '; ' : '；') })
    : base;
}

export function level1Table(f: BatchFigures, lang: Lang): FigureTable {
  const total = sixinTotal(f);
  return {
    caption: batchText('level1Heading', lang),
    head: [
      batchText('headCategory', lang),
      batchText('headStrong', lang),
      batchText('headPossible', lang),
      batchText('headSixin', lang),
      batchText('headShare', lang),
    ],
    rows: f.level1.map((c) => [
      `${c.code} ${c.name}`,
      formatCount(c.strong),
      formatCount(c.possible),
      formatCount(c.strong + c.possible),
      formatShare(c.strong + c.possible, total),
    ]),
    numeric: [false, true, true, true, true],
  };
}

/** Level-2 categories with at least one enterprise, most first; `top` keeps only the first ones. */
export function level2Table(f: BatchFigures, lang: Lang, top?: number): FigureTable {
  const total = sixinTotal(f);
  const ranked = f.level2
    .filter((c) => c.strong + c.possible + c.mentioned > 0)
    .sort((a, b) => b.strong + b.possible - (a.strong + a.possible) || b.mentioned - a.mentioned);
  const shown = top ? ranked.slice(0, top) : ranked;
  return {
    caption:
      top && ranked.length > top
        ? batchText('level2Top', lang, { count: String(top) })
        : batchText('level2Heading', lang),
    head: [
      batchText('headCategory', lang),
      batchText('headStrong', lang),
      batchText('headPossible', lang),
      batchText('headSixin', lang),
      batchText('headShare', lang),
      batchText('headMentioned', lang),
    ],
    rows: shown.map((c) => [
      `${c.code} ${c.name}`,
      formatCount(c.strong),
      formatCount(c.possible),
      formatCount(c.strong + c.possible),
      formatShare(c.strong + c.possible, total),
      formatCount(c.mentioned),
    ]),
    numeric: [false, true, true, true, true, true],
  };
}

export function outsideTable(f: BatchFigures, lang: Lang, top: number): FigureTable {
  const shown = f.outside.slice(0, top);
  return {
    caption:
      f.outside.length > top
        ? batchText('outsideTop', lang, { count: String(top) })
        : batchText('outsideHeading', lang),
    head: [batchText('headIndustry', lang), batchText('headEnterprises', lang), batchText('headShare', lang)],
    rows: shown.map((o) => [
      `${o.code} ${o.name}`,
      formatCount(o.enterprises),
      formatShare(o.enterprises, f.classified),
    ]),
    numeric: [false, true, true],
  };
}

export function yearsTable(f: BatchFigures, lang: Lang): FigureTable | undefined {
  if (!f.years) return undefined;
  return {
    caption: batchText('yearsHeading', lang),
    head: [
      batchText('headYear', lang),
      batchText('headAll', lang),
      batchText('headStrong', lang),
      batchText('headPossible', lang),
      batchText('headSixin', lang),
      batchText('headShare', lang),
    ],
    rows: f.years.map((y) => [
      String(y.year),
      formatCount(y.all),
      formatCount(y.strong),
      formatCount(y.possible),
      formatCount(y.strong + y.possible),
      formatShare(y.strong + y.possible, y.all),
    ]),
    numeric: [false, true, true, true, true, true],
  };
}

/** What was read, in one line: `文件：名单.csv（CSV，编码 GB18030，自动识别（不是 UTF-8））`. */
export function inputSentence(
  input: { file: string; kind: 'csv' | 'xlsx'; encoding?: EncodingChoice; sheet?: string },
  lang: Lang,
): string {
  let detail = '';
  if (input.kind === 'csv' && input.encoding) {
    detail = batchText('encodingDetail', lang, {
      encoding: encodingName(input.encoding.encoding),
      how: batchText(`encoding:${input.encoding.source}`, lang),
    });
  }
  if (input.kind === 'xlsx' && input.sheet !== undefined)
    detail = batchText('sheetDetail', lang, { sheet: input.sheet });
  return batchText('inputLine', lang, {
    file: input.file,
    kind: batchText(input.kind === 'csv' ? 'kindCsv' : 'kindXlsx', lang),
    detail,
  });
}

/** How people write an encoding's name (`GB18030/GBK`, `UTF-8`). */
export function encodingName(label: string): string {
  if (label === 'gb18030' || label === 'gbk') return 'GB18030/GBK';
  return label.toUpperCase();
}

/** `经营范围列：“经营范围”；名称列：“企业名称”；标识列：“统一社会信用代码”；日期列：无` */
export function columnsSentence(
  columns: { scope: string; id?: string; date?: string; name?: string },
  lang: Lang,
): string {
  const named = (name?: string) => (name ? batchText('columnNamed', lang, { name }) : batchText('columnNone', lang));
  return batchText('columnsLine', lang, {
    scope: columns.scope,
    name: named(columns.name),
    id: named(columns.id),
    date: named(columns.date),
  });
}
