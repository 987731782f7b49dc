/**
 * Registers for the batch tests: a small one whose figures were counted by hand (see `HAND_COUNTED` and the test
 * that checks them), and ways to write any register as the files departments really have: CSV in UTF-8, UTF-8 with a
 * byte-order mark, GB18030/GBK or UTF-16, and xlsx (a hand-built workbook, for the parts of the format Excel uses that
 * a test must control). Not part of the package (excluded from the build).
 */
import { zipSync, strToU8 } from 'fflate';

export interface RegisterRow {
  id: string;
  name: string;
  scope: string;
  date: string;
}

export const HEADER = ['统一社会信用代码', '企业名称', '经营范围', '成立日期'];

/**
 * Seventeen enterprises. What each is, counted by hand from the search engine's answer for its scope:
 *  1 软件开发… 许可项目：第二类增值电信业务   strong 1.3 (level 1: 1), 许可项目            2019
 *  2 人工智能应用软件开发…                    strong 1.5 (1)                               2020
 *  3 新能源汽车整车制造                        strong 5.1 (5)                               2021
 *  4 环境保护专用设备制造；水污染治理          strong 7.2 (7)                               2021
 *  5 风力发电技术服务                          strong 6.2 (6)                               2022
 *  6 光伏设备及元器件制造                      strong 6.3 (6)                               2022
 *  7 生物基材料制造                            strong 4.5 (4)                               2022
 *  8 工业机器人制造                            strong 2.1 (2)                               2020
 *  9 广告设计、代理                            possible 8.3 (8); also mentions 3.7          2019
 * 10 许可项目：餐饮服务；食品销售              none; outside 62, 5129; 许可项目             2019
 * 11 物业管理；停车场服务                      none; outside 7020                           2020
 * 12 日用百货销售；五金产品零售                none; outside 5211, 5174                     date unreadable
 * 13 理发服务                                  none                                         2021
 * 14 (empty scope)                             skipped: empty scope
 * 15 技术服务、技术开发…（generic）             none                                         2022
 * 16 软件开发 with undecodable bytes            skipped: broken encoding
 * 17 软件开发, id written as a formula          strong 1.3 (1)                               2023
 */
export const HAND_COUNTED: RegisterRow[] = [
  {
    id: '91500105MA5U000001',
    name: '甲软件',
    scope: '一般项目：软件开发；信息系统集成服务。许可项目：第二类增值电信业务',
    date: '2019-03-05',
  },
  { id: '91500105MA5U000002', name: '乙智能', scope: '人工智能应用软件开发；人工智能基础软件开发', date: '2020-06-01' },
  { id: '91500105MA5U000003', name: '丙汽车', scope: '新能源汽车整车制造', date: '2021年5月3日' },
  { id: '91500105MA5U000004', name: '丁环保', scope: '环境保护专用设备制造；水污染治理', date: '2021/7/9' },
  { id: '91500105MA5U000005', name: '戊风电', scope: '风力发电技术服务', date: '20220110' },
  { id: '91500105MA5U000006', name: '己光伏', scope: '光伏设备及元器件制造', date: '2022-03-01' },
  { id: '91500105MA5U000007', name: '庚材料', scope: '生物基材料制造', date: '2022-08-08' },
  { id: '91500105MA5U000008', name: '辛机器人', scope: '工业机器人制造', date: '2020-02-02' },
  { id: '91500105MA5U000009', name: '壬广告', scope: '广告设计、代理', date: '2019-12-12' },
  { id: '91500105MA5U000010', name: '癸餐饮', scope: '许可项目：餐饮服务；食品销售', date: '2019-01-01' },
  { id: '91500105MA5U000011', name: '子物业', scope: '物业管理；停车场服务', date: '2020-05-05' },
  { id: '91500105MA5U000012', name: '丑百货', scope: '日用百货销售；五金产品零售', date: '不详' },
  { id: '91500105MA5U000013', name: '寅理发', scope: '理发服务', date: '2021-01-01' },
  { id: '91500105MA5U000014', name: '卯空白', scope: '', date: '2021-01-01' },
  {
    id: '91500105MA5U000015',
    name: '辰科技',
    scope: '一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
    date: '2022-01-01',
  },
  { id: '91500105MA5U000016', name: '巳乱码', scope: '软件开发\uFFFD\uFFFD', date: '2022-01-01' },
  { id: '=HYPERLINK("http://example.invalid","x")', name: '午公式', scope: '软件开发', date: '2023-04-04' },
];

/** The figures of `HAND_COUNTED`, as counted by hand. */
export const HAND_COUNTED_FIGURES = {
  rows: 17,
  classified: 15,
  skipped: 2,
  strong: 9,
  possible: 1,
  none: 5,
  licensed: 2,
  withOutside: 3,
  level1: {
    '1': [3, 0],
    '2': [1, 0],
    '3': [0, 0],
    '4': [1, 0],
    '5': [1, 0],
    '6': [2, 0],
    '7': [1, 0],
    '8': [0, 1],
    '9': [0, 0],
  },
  level2: {
    '1.3': [2, 0],
    '1.5': [1, 0],
    '2.1': [1, 0],
    '4.5': [1, 0],
    '5.1': [1, 0],
    '6.2': [1, 0],
    '6.3': [1, 0],
    '7.2': [1, 0],
    '8.3': [0, 1],
  },
  mentionedOnly: ['3.7'],
  outside: ['5129', '5174', '5211', '62', '7020'],
  years: [
    { year: 2019, all: 3, strong: 1, possible: 1 },
    { year: 2020, all: 3, strong: 2, possible: 0 },
    { year: 2021, all: 3, strong: 2, possible: 0 },
    { year: 2022, all: 4, strong: 3, possible: 0 },
    { year: 2023, all: 1, strong: 1, possible: 0 },
  ],
  undated: 1,
};

/** A CSV field as exports write it: quoted when needed. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(rows: RegisterRow[], header = HEADER, delimiter = ','): string {
  return (
    [header, ...rows.map((r) => [r.id, r.name, r.scope, r.date])]
      .map((cells) => cells.map(field).join(delimiter))
      .join('\r\n') + '\r\n'
  );
}

let gbTable: Map<string, number[]> | undefined;

/**
 * GB18030 bytes of a text (Node's TextEncoder writes only UTF-8): the table is built by decoding every two-byte
 * GBK sequence with the platform's own decoder, so the bytes are exactly what that decoder reads back.
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else if (ch === '\uFFFD')
      out.push(0xff, 0xff); // bytes no GB18030 decoder accepts: the row is "broken encoding"
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no GBK bytes for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le';

/** The register as the bytes of a CSV file in the given encoding. Undecodable characters become invalid bytes. */
export function csvBytes(rows: RegisterRow[], encoding: CsvEncoding, header = HEADER): Uint8Array {
  const text = csvText(rows, header);
  if (encoding === 'gb18030') return encodeGb18030(text);
  if (encoding === 'utf-16le') {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i] = c & 0xff;
      out[3 + 2 * i] = c >> 8;
    }
    return out;
  }
  const utf8 = new TextEncoder().encode(text.replaceAll('\uFFFD', '\u0000'));
  // U+FFFD stands for bytes that are not UTF-8: write 0xFF there, as a wrongly converted export would have.
  const bytes = Uint8Array.from(utf8, (b) => (b === 0 ? 0xff : b));
  return encoding === 'utf-8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

const xmlEscape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function columnName(i: number): string {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export interface XlsxSheetSpec {
  name: string;
  rows: Array<Array<string | number | null>>;
}

/**
 * An xlsx workbook written the way Excel writes it: text in the shared-strings table (one string rich text with a
 * phonetic guide, as Excel keeps it), numbers as `<v>`, every cell with its reference. `inline: true` writes text as
 * inline strings instead (as some exporters do) and leaves out cell references.
 */
export function xlsxBytes(sheets: XlsxSheetSpec[], options: { inline?: boolean; date1904?: boolean } = {}): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const sheetXml = sheets.map((sheet) => {
    const rows = sheet.rows.map((row, r) => {
      const cells = row
        .map((value, c) => {
          // Without cell references every cell must be written, or the cells after a gap would move left.
          if (value === null) return options.inline ? '<c/>' : '';
          const ref = options.inline ? '' : ` r="${columnName(c)}${r + 1}"`;
          if (typeof value === 'number') return `<c${ref}><v>${value}</v></c>`;
          if (options.inline) return `<c t="inlineStr"><is><t xml:space="preserve">${xmlEscape(value)}</t></is></c>`;
          let i = sharedIndex.get(value);
          if (i === undefined) sharedIndex.set(value, (i = shared.push(value) - 1));
          return `<c${ref} t="s"><v>${i}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    });
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  });
  // The first shared string is written as rich text runs with a phonetic guide, which readers must leave out.
  const si = shared.map((s, i) =>
    i === 0 && s.length > 1
      ? `<si><r><t>${xmlEscape(s.slice(0, 1))}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${xmlEscape(s.slice(1))}</t></r><rPh sb="0" eb="1"><t>ぴ</t></rPh></si>`
      : `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`,
  );
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
        .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
  };
  sheetXml.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
  if (!options.inline) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${si.join('')}</sst>`,
    );
  }
  return zipSync(files);
}

/** The register as the rows of a sheet (header first). */
export function registerSheet(rows: RegisterRow[], header = HEADER): Array<Array<string | null>> {
  return [header, ...rows.map((r) => [r.id, r.name, r.scope || null, r.date])];
}
