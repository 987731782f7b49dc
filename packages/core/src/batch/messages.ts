/**
 * Every sentence of batch classification, zh-CN first, English available: the result file's headers, row problems,
 * file errors, the summary (command line, report and the site's /batch/ page all use it), the report and the
 * progress line. `{name}` placeholders are filled by `batchText`. How sure a classification is reads as the search says
 * it (很可能属于 / 可能属于，需核实: `STRENGTH_MESSAGES`), in the result file, the summary, the report and its charts.
 */
import { format, type Catalog, type Lang } from '../messages.js';
import { STRENGTH_MESSAGES } from '../search/messages.js';

export const BATCH_MESSAGES = {
  // Result file: one column each.
  colRow: { 'zh-CN': '行号', en: 'row' },
  colId: { 'zh-CN': '企业标识', en: 'id' },
  colStatus: { 'zh-CN': '是否四新', en: 'sixin' },
  colPrimaryCode: { 'zh-CN': '主要分类代码', en: 'primary_code' },
  colPrimaryName: { 'zh-CN': '主要分类名称', en: 'primary_name' },
  colLevel1Code: { 'zh-CN': '一级分类代码', en: 'level1_code' },
  colLevel1Name: { 'zh-CN': '一级分类名称', en: 'level1_name' },
  colCategories: { 'zh-CN': '全部分类', en: 'all_categories' },
  colOutside: { 'zh-CN': '目录外条目', en: 'outside_clauses' },
  colLicensed: { 'zh-CN': '含许可项目', en: 'permit' },
  colProblem: { 'zh-CN': '问题', en: 'problem' },
  statusStrong: STRENGTH_MESSAGES.strong,
  statusPossible: STRENGTH_MESSAGES.possible,
  statusNone: { 'zh-CN': '否', en: 'no' },
  yes: { 'zh-CN': '是', en: 'yes' },
  no: { 'zh-CN': '否', en: 'no' },
  listSeparator: { 'zh-CN': '；', en: '; ' },
  outsideItem: { 'zh-CN': '{clause}→{code} {name}', en: '{clause} → {code} {name}' },
  outsidePartial: { 'zh-CN': '（目录只收录该行业的一部分）', en: ' (the directory lists only part of it)' },

  // Rows that could not be read.
  'problem:empty-scope': { 'zh-CN': '经营范围为空', en: 'the business scope is empty' },
  'problem:broken-encoding': {
    'zh-CN': '含有无法识别的字符（编码错误）',
    en: 'holds characters that could not be decoded (wrong encoding)',
  },
  'problem:short-row': {
    'zh-CN': '字段比表头少，没有经营范围这一列',
    en: 'has fewer fields than the header: no business-scope field',
  },
  'problem:too-long': {
    'zh-CN': '这一行超过 100 万个字符，可能缺少右引号',
    en: 'is over a million characters long: probably a missing closing quote',
  },
  'problem:unclosed-quote': {
    'zh-CN': '引号没有闭合（文件在引号内结束）',
    en: 'has an unclosed quote (the file ends inside it)',
  },
  rowProblem: { 'zh-CN': '第 {row} 行：{problem}', en: 'row {row}: {problem}' },
  moreProblems: {
    'zh-CN': '……另有 {count} 行有问题，见结果文件的“问题”列',
    en: '… and {count} more rows with problems: see the result file\'s "problem" column',
  },

  // Whole-file errors: what is wrong, then what to do.
  errorEmptyFile: { 'zh-CN': '{file} 是空文件。', en: '{file} is empty.' },
  errorXls: {
    'zh-CN':
      '{file} 是旧版 Excel（.xls）或加密的工作簿，无法直接读取。请在 Excel 中另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8”，并取消密码。',
    en: '{file} is an old Excel workbook (.xls) or a password-protected one. Save it from Excel as "Excel Workbook (.xlsx)" or "CSV UTF-8", without a password.',
  },
  errorBinary: {
    'zh-CN': '{file} 不是文本表格（含有二进制内容）。请提供 CSV 或 .xlsx 文件。',
    en: '{file} is not a text table (it holds binary data). Give a CSV or .xlsx file.',
  },
  errorNotXlsx: {
    'zh-CN': '{file} 是压缩包，但不是 Excel 工作簿（.xlsx）。',
    en: '{file} is a zip archive but not an Excel workbook (.xlsx).',
  },
  errorZip: {
    'zh-CN': '{file} 已损坏，无法作为 .xlsx 读取（{detail}）。请在 Excel 中重新保存。',
    en: '{file} is damaged and cannot be read as .xlsx ({detail}). Save it again from Excel.',
  },
  errorZipMethod: {
    'zh-CN': '{file} 中的 {part} 使用了不支持的压缩方式（{method}）。请在 Excel 中重新保存。',
    en: '{file}: {part} uses an unsupported compression method ({method}). Save it again from Excel.',
  },
  errorZipEncrypted: {
    'zh-CN': '{file} 已加密。请在 Excel 中取消密码后再试。',
    en: '{file} is encrypted. Remove the password in Excel and try again.',
  },
  errorXml: {
    'zh-CN': '{file} 中的 {part} 不是有效的表格数据（{detail}）。请在 Excel 中重新保存。',
    en: '{file}: {part} is not valid sheet data ({detail}). Save it again from Excel.',
  },
  errorSheetNotFound: {
    'zh-CN': '{file} 中没有工作表“{sheet}”。工作表有：{sheets}。',
    en: '{file} has no sheet "{sheet}". Its sheets: {sheets}.',
  },
  errorNoSheet: { 'zh-CN': '{file} 中没有工作表。', en: '{file} holds no sheet.' },
  errorTooLarge: {
    'zh-CN': '{file} 中的 {part} 超过 {limit} MB，无法读取。请另存为 CSV 后再试（CSV 不受大小限制）。',
    en: '{file}: {part} is larger than {limit} MB. Save the sheet as CSV and try again (CSV has no size limit).',
  },
  errorNoHeader: {
    'zh-CN': '{file} 没有表头行（文件中没有任何内容）。',
    en: '{file} has no header row (it holds nothing).',
  },
  errorColumnNotFound: {
    'zh-CN': '{file} 中没有“{column}”列。表头有：{columns}。请用 --column 指定经营范围所在的列。',
    en: '{file} has no column "{column}". Its header: {columns}. Name the business-scope column with --column.',
  },
  errorSameColumn: {
    'zh-CN': '{file}：“{column}”列不能同时作为经营范围列和标识或日期列。',
    en: '{file}: column "{column}" cannot be both the business scope and the id or date.',
  },
  errorFileChanged: {
    'zh-CN': '{file} 在读取过程中被修改或截断。',
    en: '{file} was changed or cut short while it was read.',
  },

  // What was read.
  kindCsv: { 'zh-CN': 'CSV', en: 'CSV' },
  kindXlsx: { 'zh-CN': 'Excel 工作簿', en: 'Excel workbook' },
  'encoding:bom': { 'zh-CN': '自动识别（字节顺序标记）', en: 'detected (byte-order mark)' },
  'encoding:utf8-valid': { 'zh-CN': '自动识别', en: 'detected' },
  'encoding:ascii': { 'zh-CN': '自动识别', en: 'detected' },
  'encoding:utf8-mostly': { 'zh-CN': '自动识别（个别字节损坏）', en: 'detected (a few damaged bytes)' },
  'encoding:utf8-invalid': { 'zh-CN': '自动识别（不是 UTF-8）', en: 'detected (not UTF-8)' },
  'encoding:given': { 'zh-CN': '按指定', en: 'as given' },
  inputLine: { 'zh-CN': '文件：{file}（{kind}{detail}）', en: 'File: {file} ({kind}{detail})' },
  encodingDetail: { 'zh-CN': '，编码 {encoding}，{how}', en: ', encoding {encoding}, {how}' },
  sheetDetail: { 'zh-CN': '，工作表“{sheet}”', en: ', sheet "{sheet}"' },
  columnsLine: {
    'zh-CN': '经营范围列：“{scope}”；名称列：{name}；标识列：{id}；日期列：{date}',
    en: 'Scope column: "{scope}"; name column: {name}; id column: {id}; date column: {date}',
  },
  columnNone: { 'zh-CN': '无', en: 'none' },
  columnNamed: { 'zh-CN': '“{name}”', en: '"{name}"' },

  // Summary.
  summaryTitle: { 'zh-CN': '四新经济企业归类结果', en: 'Classification of enterprises in the 四新 directory' },
  rowsLine: {
    'zh-CN': '共读取 {rows} 行：归类 {classified} 行，跳过 {skipped} 行',
    en: '{rows} rows read: {classified} classified, {skipped} skipped',
  },
  skippedDetail: { 'zh-CN': '（{detail}）', en: ' ({detail})' },
  skippedItem: { 'zh-CN': '{problem} {count}', en: '{problem}: {count}' },
  sixinLine: { 'zh-CN': '四新企业', en: '四新 enterprises' },
  strongLine: { 'zh-CN': '很可能属于目录', en: 'very likely in the directory' },
  possibleLine: { 'zh-CN': '可能属于目录，需核实', en: 'possibly in the directory, to be checked' },
  noneLine: { 'zh-CN': '不在目录中', en: 'not in the directory' },
  licensedLine: { 'zh-CN': '含许可项目', en: 'with a permitted item (许可项目)' },
  outsideLine: { 'zh-CN': '有目录外条目', en: 'with clauses outside the directory' },
  shareOf: { 'zh-CN': '占已归类企业', en: 'of classified' },
  level1Heading: {
    'zh-CN': '按一级分类（每家企业计入其主要分类）',
    en: 'By level-1 category (each enterprise under its primary category)',
  },
  level2Heading: { 'zh-CN': '按二级分类', en: 'By level-2 category' },
  level2Top: { 'zh-CN': '二级分类（前 {count} 个）', en: 'Level-2 categories (top {count})' },
  outsideHeading: {
    'zh-CN': '目录外最常见的行业（按国民经济行业分类）',
    en: 'Most common industries outside the directory (GB/T 4754)',
  },
  outsideTop: {
    'zh-CN': '目录外最常见的行业（前 {count} 个）',
    en: 'Most common industries outside the directory (top {count})',
  },
  yearsHeading: { 'zh-CN': '按成立年份：新增四新企业', en: 'New 四新 enterprises per registration year' },
  undatedLine: {
    'zh-CN': '{count} 家企业的日期无法识别，未计入年份统计。',
    en: 'The date of {count} enterprises could not be read; they are left out of the years.',
  },
  headCategory: { 'zh-CN': '分类', en: 'category' },
  headIndustry: { 'zh-CN': '行业', en: 'industry' },
  headYear: { 'zh-CN': '年份', en: 'year' },
  headEnterprises: { 'zh-CN': '企业数', en: 'enterprises' },
  headAll: { 'zh-CN': '当年登记', en: 'registered' },
  headStrong: STRENGTH_MESSAGES.strong,
  headPossible: STRENGTH_MESSAGES.possible,
  headSixin: { 'zh-CN': '四新合计', en: '四新 total' },
  headShare: { 'zh-CN': '占比', en: 'share' },
  headMentioned: { 'zh-CN': '涉及企业', en: 'mentioned by' },
  nothingOutside: { 'zh-CN': '没有目录外的条目。', en: 'No clause outside the directory.' },
  outputLine: { 'zh-CN': '结果文件：{file}', en: 'Result file: {file}' },
  reportLine: { 'zh-CN': '报告：{file}', en: 'Report: {file}' },
  timingLine: {
    'zh-CN': '用时 {seconds} 秒，每秒 {rate} 行，{workers} 个线程',
    en: '{seconds} s, {rate} rows/s, {workers} thread(s)',
  },
  caveat: {
    'zh-CN': '归类由经营范围文字自动得出，“可能属于，需核实”的企业需要人工核实；结果用于统计测算，不是对企业的认定。',
    en: 'Placed automatically from the wording of each scope; "possibly, to be checked" needs checking by a person. For statistical estimates, not a decision about any enterprise.',
  },

  // Report.
  reportTitle: { 'zh-CN': '四新经济企业归类报告', en: '四新 economy: classification report' },
  reportSource: { 'zh-CN': '数据来源', en: 'Source' },
  reportMade: {
    'zh-CN': '生成时间：{time}。本报告由 sixin 在本机生成，不含任何外部资源，可离线打开。',
    en: 'Made {time} by sixin on this computer; it loads nothing from elsewhere and opens offline.',
  },
  reportOverview: { 'zh-CN': '概况', en: 'Overview' },
  reportStructure: { 'zh-CN': '结构', en: 'Structure' },
  reportSpeed: { 'zh-CN': '速度', en: 'Growth' },
  reportSkipped: { 'zh-CN': '未能读取的行', en: 'Rows that could not be read' },
  reportMethod: { 'zh-CN': '方法说明', en: 'Method' },
  reportMethodText: {
    'zh-CN':
      '每家企业的经营范围逐条与《“四新经济”行业分类目录》（国家《战略性新兴产业分类（2018）》及其对应的国民经济行业分类 GB/T 4754-2017 小类）比对。“很可能属于”指经营范围写明了目录整类收录的行业、分类或方向；“可能属于，需核实”指依据只落在目录部分收录的行业、重点产品或注释上，需要查看分类页面核实。结构统计中每家企业只计入其主要分类（第一个“很可能属于”的分类，没有时为第一个分类），各分类之和等于四新企业总数。',
    en: 'Each clause of each business scope is compared with the 四新 directory (the national 2018 classification of strategic emerging industries and its GB/T 4754-2017 classes). "Very likely" means the scope names an industry, category or direction the directory lists as a whole; "possibly, to be checked" means the evidence rests on a class the directory lists only in part, a key product or an official note, to be checked on the category page. In the structure, each enterprise counts once, under its primary category (its first "very likely" category, else its first), so the categories add up to the 四新 total.',
  },
  chartLevel1: { 'zh-CN': '四新企业按一级分类', en: '四新 enterprises by level-1 category' },
  chartLevel2: { 'zh-CN': '四新企业最多的二级分类', en: 'Level-2 categories with the most 四新 enterprises' },
  chartOutside: { 'zh-CN': '目录外最常见的行业', en: 'Most common industries outside the directory' },
  chartYears: { 'zh-CN': '每年新增四新企业', en: 'New 四新 enterprises per year' },
  chartAlt: { 'zh-CN': '图表，数据见下表。', en: 'Chart; the table below holds its figures.' },

  // The command line's own sentences (`sixin classify`).
  cliOneFile: { 'zh-CN': '请给出一个要归类的文件（CSV 或 .xlsx）', en: 'give one file to classify (CSV or .xlsx)' },
  cliBadWorkers: {
    'zh-CN': '--workers 应为 1 到 256 之间的整数，而不是“{value}”',
    en: '--workers must be a whole number from 1 to 256, got "{value}"',
  },
  cliBadEncoding: {
    'zh-CN': '不认识编码“{value}”；可用 utf-8、gb18030（含 GBK、GB2312）、utf-16le、big5 等',
    en: 'unknown encoding "{value}"; use utf-8, gb18030 (covers GBK and GB2312), utf-16le, big5, …',
  },
  cliBadDelimiter: {
    'zh-CN': '--delimiter 只能是逗号、制表符（\\t）、分号或竖线',
    en: '--delimiter must be a comma, a tab (\\t), a semicolon or a vertical bar',
  },
  cliBothIndex: { 'zh-CN': '--index 和 --content 只能给一个', en: 'give --index or --content, not both' },
  cliOutIsInput: { 'zh-CN': '结果文件不能覆盖输入文件 {file}', en: 'the result file would overwrite the input {file}' },
  cliCannotOpen: { 'zh-CN': '无法打开 {file}：{reason}', en: 'cannot open {file}: {reason}' },
  cliCannotWrite: { 'zh-CN': '无法写入 {file}：{reason}', en: 'cannot write {file}: {reason}' },
  cliPreparing: {
    'zh-CN': '正在准备检索索引（{threads} 个线程）……',
    en: 'Preparing the search index ({threads} thread(s))…',
  },

  // Progress line (standard error).
  progress: {
    'zh-CN': '{bar} {percent}% · {rows} 行 · 每秒 {rate} 行 · 剩余约 {eta}',
    en: '{bar} {percent}% · {rows} rows · {rate} rows/s · about {eta} left',
  },
  progressDone: { 'zh-CN': '已完成 {rows} 行', en: '{rows} rows done' },
  seconds: { 'zh-CN': '{n} 秒', en: '{n} s' },
  minutes: { 'zh-CN': '{m} 分 {s} 秒', en: '{m} min {s} s' },
  hours: { 'zh-CN': '{h} 小时 {m} 分', en: '{h} h {m} min' },
} satisfies Catalog;

export type BatchMessageKey = keyof typeof BATCH_MESSAGES;

/** One of `BATCH_MESSAGES` in the given language, with `{name}` placeholders filled from `params`. */
export function batchText(key: BatchMessageKey, lang: Lang, params: Record<string, string> = {}): string {
  return format(BATCH_MESSAGES[key], lang, params);
}

/** A count with thousands separators (`12,345`), as both languages write it. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** A share in per cent with one decimal (`26.1%`), or `–` when there is nothing to divide by. */
export function formatShare(part: number, whole: number): string {
  return whole ? `${((part / whole) * 100).toFixed(1)}%` : '–';
}

/** A duration in words (`1 分 20 秒`, `2 h 5 min`). */
export function formatDuration(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return batchText('seconds', lang, { n: String(s) });
  if (s < 3600) return batchText('minutes', lang, { m: String(Math.floor(s / 60)), s: String(s % 60) });
  return batchText('hours', lang, { h: String(Math.floor(s / 3600)), m: String(Math.floor((s % 3600) / 60)) });
}
