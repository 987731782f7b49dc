/**
 * Batch classification end to end in one thread: the same register as CSV in every encoding and as xlsx reads the
 * same, the figures match the hand count, bad rows are skipped and said, fields are formula-safe, and files that are
 * not registers are refused with what to do.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { buildSearchIndexFromContent } from '../search/build-index.js';
import { createSearcher, type Searcher } from '../search/engine.js';
import type { SearchIndex } from '../search/index-format.js';
import { classifyRows, type RowResult } from './classify.js';
import { resolveColumns, toRowInputs, yearOfDate } from './columns.js';
import { BatchError } from './errors.js';
import { csvField, neutraliseFormula, resultHeader, resultLine } from './output.js';
import { inlineClassifier, runBatch, type BatchOutcome } from './pipeline.js';
import {
  csvBytes,
  HAND_COUNTED,
  HAND_COUNTED_FIGURES,
  HEADER,
  registerSheet,
  xlsxBytes,
  type CsvEncoding,
} from './register.fixtures.js';
import { bytesSource, type ByteSource } from './source.js';
import { directoryOutline } from './summary.js';
import { openTable, type TableOptions } from './table.js';
import { renderReport } from './report.js';
import { strengthLabel } from '../search/messages.js';
import { CsvParser } from './csv.js';
import { batchInput } from './run-info.js';

const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));

let index: SearchIndex;
let searcher: Searcher;
let scratch: string;
before(() => {
  index = buildSearchIndexFromContent(CONTENT);
  searcher = createSearcher(index, { clauseCache: 1000 });
  scratch = mkdtempSync(join(tmpdir(), 'sixin-batch-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

async function classify(
  source: ByteSource,
  options: TableOptions & { date?: string } = {},
): Promise<{ outcome: BatchOutcome; results: RowResult[]; csv: string }> {
  const table = await openTable(source, options);
  const columns = resolveColumns(table.header, { date: 'date' in options ? options.date : '成立日期' }, source.name);
  const results: RowResult[] = [];
  let csv = resultHeader('zh-CN', columns.id?.name);
  const outcome = await runBatch({
    table,
    columns,
    outline: directoryOutline(index),
    classifier: inlineClassifier(searcher),
    batchSize: 4,
    write: (batch) => {
      results.push(...batch);
      for (const r of batch) csv += resultLine(r, 'zh-CN');
    },
  });
  return { outcome, results, csv };
}

/** The hand-counted register under `name`, run through the batch as the report is made from it. */
async function handCounted(name: string) {
  const source = bytesSource(name, csvBytes(HAND_COUNTED, 'utf-8'));
  const table = await openTable(source);
  const columns = resolveColumns(table.header, { date: '成立日期' }, source.name);
  const outcome = await runBatch({
    table,
    columns,
    outline: directoryOutline(index),
    classifier: inlineClassifier(searcher),
    write: () => {},
  });
  return { input: batchInput(source.name, table, columns), outcome };
}

/** What a result says, without the row number (which differs between formats only by blank rows). */
const essence = (r: RowResult) => [
  r.id,
  r.status,
  r.categories.map((c) => `${c.code}:${c.strength}`).join(' '),
  r.outside.map((o) => o.code).join(' '),
  r.licensed,
  r.problem ?? '',
  r.year ?? '',
];

describe('the same register in every format', () => {
  const encodings: CsvEncoding[] = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le'];
  let reference: RowResult[];

  it('reads UTF-8 CSV and reports how its encoding was found', async () => {
    const { outcome, results } = await classify(bytesSource('名册.csv', csvBytes(HAND_COUNTED, 'utf-8')));
    reference = results;
    assert.equal(results.length, HAND_COUNTED.length);
    assert.deepEqual(
      results.map((r) => r.row),
      HAND_COUNTED.map((_, i) => i + 2),
      'one result per row, in order, with the row numbers a spreadsheet shows',
    );
    assert.equal(outcome.figures.rows, 17);
  });

  for (const encoding of encodings) {
    it(`reads the register as ${encoding} CSV with the same results`, async () => {
      const source = bytesSource(`名册-${encoding}.csv`, csvBytes(HAND_COUNTED, encoding));
      const table = await openTable(source);
      assert.deepEqual(table.header, HEADER);
      // The UTF-8 file holds the broken row's invalid bytes: mostly UTF-8, as a half-damaged export is.
      const expected = {
        'utf-8': ['utf-8', 'utf8-mostly'],
        'utf-8-bom': ['utf-8', 'bom'],
        gb18030: ['gb18030', 'utf8-invalid'],
        'utf-16le': ['utf-16le', 'bom'],
      }[encoding];
      assert.deepEqual([table.encoding!.encoding, table.encoding!.source], expected);
      const { results } = await classify(source);
      assert.deepEqual(results.map(essence), reference.map(essence));
    });
  }

  it('reads GBK CSV as UTF-8 when told to, and then every Chinese row is broken', async () => {
    const source = bytesSource('名册.csv', csvBytes(HAND_COUNTED, 'gb18030', ['id', 'name', 'scope', 'date']));
    const table = await openTable(source, { encoding: 'utf-8' });
    assert.equal(table.encoding!.source, 'given');
    const results: RowResult[] = [];
    for await (const rows of table.rows())
      results.push(
        ...classifyRows(
          searcher,
          toRowInputs(rows, resolveColumns(table.header, { scope: 'scope' }, source.name), table),
        ),
      );
    assert.ok(results.filter((r) => r.problem === 'broken-encoding').length >= 15);
  });

  it('reads the register as xlsx (shared strings, rich text with a phonetic guide) with the same results', async () => {
    const { results } = await classify(
      bytesSource('名册.xlsx', xlsxBytes([{ name: '企业名单', rows: registerSheet(HAND_COUNTED) }])),
    );
    assert.deepEqual(results.map(essence), reference.map(essence));
  });

  it('reads an xlsx of inline strings without cell references, and the sheet asked for by name or number', async () => {
    const bytes = xlsxBytes(
      [
        { name: '说明', rows: [['本表为示例']] },
        { name: '企业名单', rows: registerSheet(HAND_COUNTED) },
      ],
      { inline: true },
    );
    for (const sheet of ['企业名单', '2']) {
      const { results } = await classify(bytesSource('名册.xlsx', bytes), { sheet });
      assert.deepEqual(results.map(essence), reference.map(essence));
    }
    await assert.rejects(
      openTable(bytesSource('名册.xlsx', bytes), { sheet: '第三页' }),
      (err: BatchError) => err.code === 'errorSheetNotFound' && /说明、企业名单/.test(err.message),
    );
  });

  it('reads a workbook written by another program (ExcelJS), with dates stored as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(HEADER);
    for (const r of HAND_COUNTED) {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.date);
      sheet.addRow([r.id, r.name, r.scope || null, iso ? new Date(Date.UTC(+iso[1], +iso[2] - 1, +iso[3])) : r.date]);
    }
    const file = join(scratch, 'exceljs.xlsx');
    await workbook.xlsx.writeFile(file);
    const { results } = await classify(bytesSource('exceljs.xlsx', new Uint8Array(readFileSync(file))));
    assert.deepEqual(results.map(essence), reference.map(essence));
  });

  it('counts dates of a 1904-system workbook from 1904', async () => {
    // Serial 0 in the 1904 system is 1904-01-01; 43000 days later is 2021-09-23 (in the 1900 system it is 2017).
    const rows = [
      ['经营范围', '成立日期'],
      ['软件开发', 43000],
    ];
    const read = async (date1904: boolean) =>
      (await classify(bytesSource('d.xlsx', xlsxBytes([{ name: 'S', rows }], { date1904 })))).results[0].year;
    assert.equal(await read(true), 2021);
    assert.equal(await read(false), 2017);
  });
});

describe('the figures', () => {
  it('match the hand count of the small register', async () => {
    const { outcome } = await classify(bytesSource('名册.csv', csvBytes(HAND_COUNTED, 'utf-8-bom')));
    const f = outcome.figures;
    const want = HAND_COUNTED_FIGURES;
    assert.deepEqual(
      [f.rows, f.classified, f.skipped, f.strong, f.possible, f.none, f.licensed, f.withOutside],
      [
        want.rows,
        want.classified,
        want.skipped,
        want.strong,
        want.possible,
        want.none,
        want.licensed,
        want.withOutside,
      ],
    );
    assert.deepEqual(f.skippedBy, {
      'empty-scope': 1,
      'broken-encoding': 1,
      'short-row': 0,
      'too-long': 0,
      'unclosed-quote': 0,
    });
    assert.deepEqual(Object.fromEntries(f.level1.map((c) => [c.code, [c.strong, c.possible]])), want.level1);
    assert.equal(f.level1.length, 9, 'every level-1 category is listed, with zero where none');
    assert.equal(f.level2.length, 40);
    const counted = Object.fromEntries(
      f.level2.filter((c) => c.strong + c.possible).map((c) => [c.code, [c.strong, c.possible]]),
    );
    assert.deepEqual(counted, want.level2);
    const mentionedOnly = f.level2
      .filter((c) => c.mentioned && !(c.strong + c.possible))
      .map((c) => c.code)
      .sort();
    assert.deepEqual(mentionedOnly, want.mentionedOnly);
    assert.deepEqual(
      f.outside.map((o) => o.code),
      want.outside,
    );
    assert.ok(f.outside.every((o) => o.enterprises === 1 && o.name));
    assert.deepEqual(f.years, want.years);
    assert.equal(f.undated, want.undated);
    assert.deepEqual(outcome.problems, [
      { row: 15, problem: 'empty-scope' },
      { row: 17, problem: 'broken-encoding' },
    ]);
  });

  it('do not depend on how many rows go to the classifier at a time', async () => {
    const source = () => bytesSource('名册.csv', csvBytes(HAND_COUNTED, 'utf-8'));
    const table = await openTable(source());
    const columns = resolveColumns(table.header, { date: '成立日期' }, 'x');
    const one = await runBatch({
      table,
      columns,
      outline: directoryOutline(index),
      classifier: inlineClassifier(searcher),
      batchSize: 1,
      inFlight: 1,
      write: () => {},
    });
    const { outcome } = await classify(source());
    assert.deepEqual(one.figures, outcome.figures);
  });
});

describe('rows that cannot be read', () => {
  it('are skipped with their problem, never fatal, and the rest are classified', async () => {
    const text = '统一社会信用代码,名称,经营范围\n1,a,软件开发\n2,b\n3,c,   \n4,d,"软件开发\n';
    const { outcome, results, csv } = await classify(bytesSource('坏行.csv', new TextEncoder().encode(text)), {
      date: undefined,
    });
    assert.deepEqual(
      results.map((r) => [r.row, r.problem ?? r.status]),
      [
        [2, 'strong'],
        [3, 'short-row'],
        [4, 'empty-scope'],
        [5, 'unclosed-quote'],
      ],
    );
    assert.equal(outcome.figures.skipped, 3);
    assert.match(csv, /\r\n3,2,,,,,,,,,字段比表头少，没有经营范围这一列\r\n/);
  });

  it('a scope of boilerplate only counts as empty', async () => {
    const [r] = classifyRows(searcher, [
      { row: 2, id: 'x', scope: '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）' },
    ]);
    assert.equal(r.problem, 'empty-scope');
  });
});

describe('formula neutralisation', () => {
  it('prefixes every cell a spreadsheet would read as a formula', () => {
    for (const danger of ['=1+1', '+86 123', '-2', '@SUM(A1)', '\t=1', '\r=1'])
      assert.equal(neutraliseFormula(danger), `'${danger}`);
    for (const safe of ['软件开发', '1.3', '91500105MA5U000001', '']) assert.equal(neutraliseFormula(safe), safe);
    assert.equal(csvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('applies to ids and to clause texts from the register in the result file', async () => {
    const { csv } = await classify(bytesSource('名册.csv', csvBytes(HAND_COUNTED, 'utf-8')));
    assert.ok(csv.includes(`"'=HYPERLINK(""http://example.invalid"",""x"")"`));
    const [r] = classifyRows(searcher, [{ row: 2, id: '@id', scope: '餐饮服务；-物业管理' }]);
    const line = resultLine(r, 'zh-CN');
    const fields = line.trimEnd().split(',');
    assert.ok(
      fields.every((f) => !/^[=+\-@]/.test(f.replace(/^"/, ''))),
      line,
    );
  });
});

describe('files that are not registers', () => {
  const refuse = async (name: string, bytes: Uint8Array, code: BatchError['code'], options: TableOptions = {}) => {
    await assert.rejects(openTable(bytesSource(name, bytes), options), (err: unknown) => {
      assert.ok(err instanceof BatchError, String(err));
      assert.equal(err.code, code);
      assert.ok(err.message.includes(name), 'the message names the file');
      return true;
    });
  };

  it('refuses an empty file, an old .xls, a binary file and a file without a header', async () => {
    await refuse('空.csv', new Uint8Array(), 'errorEmptyFile');
    await refuse('旧.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'errorXls');
    await refuse('图片.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'errorBinary');
    await refuse('空行.csv', new TextEncoder().encode('\r\n,,\r\n\r\n'), 'errorNoHeader');
  });

  it('refuses a zip that is not a workbook, a damaged one and one with broken sheet XML', async () => {
    await refuse('a.xlsx', zipSync({ 'readme.txt': strToU8('hello') }), 'errorNotXlsx');
    const good = xlsxBytes([{ name: 'S', rows: registerSheet(HAND_COUNTED) }]);
    await refuse('b.xlsx', good.subarray(0, good.length - 30), 'errorZip');
    const broken = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'),
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>经营范围</t></is></c></row><row><c></worksheet>',
      ),
    });
    await assert.rejects(
      (async () => {
        const table = await openTable(bytesSource('c.xlsx', broken));
        for await (const _ of table.rows());
      })(),
      (err: BatchError) => err.code === 'errorXml' && /c\.xlsx/.test(err.message),
    );
  });

  it('refuses entity tricks in workbook XML instead of expanding them', async () => {
    const bomb = zipSync({
      'xl/workbook.xml': strToU8(
        '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><workbook><sheets><sheet name="&b;" r:id="x"/></sheets></workbook>',
      ),
    });
    await refuse('bomb.xlsx', bomb, 'errorXml');
  });

  it('names the missing column and lists the ones there are', () => {
    assert.throws(
      () => resolveColumns(['企业名称', '地址'], {}, '名册.csv'),
      (err: BatchError) =>
        err.code === 'errorColumnNotFound' &&
        err.message.includes('“企业名称”、“地址”') &&
        err.describe('en').includes('Name the business-scope column with --column'),
    );
    assert.deepEqual(resolveColumns(['名称', '经营范围（许可经营项目）', '社会信用代码'], {}, 'x'), {
      scope: { index: 1, name: '经营范围（许可经营项目）' },
      id: { index: 2, name: '社会信用代码' },
      name: { index: 0, name: '名称' },
    });
  });
});

describe('registration dates', () => {
  it('reads the ways registers write them, and nothing else', () => {
    for (const [text, year] of [
      ['2019-03-05', 2019],
      ['2019/3/5', 2019],
      ['2019年3月5日', 2019],
      ['20190305', 2019],
      ['2019.03', 2019],
      ['2019', 2019],
      ['2019-03-05 10:00:00', 2019],
    ] as const) {
      assert.equal(yearOfDate(text), year, text);
    }
    for (const text of ['不详', '', '43530', '2019-13-01', '201903051200', '1800-01-01'])
      assert.equal(yearOfDate(text), undefined, text);
  });
});

describe('the report', () => {
  it('is one self-contained HTML file with the figures, the charts as SVG and nothing loaded from elsewhere', async () => {
    const { input, outcome } = await handCounted('名册<script>.csv');
    const html = renderReport(input, outcome, 'zh-CN', new Date('2025-01-02T03:04:00Z'));
    assert.match(html, /^<!doctype html>/);
    assert.equal((html.match(/<svg /g) ?? []).length, 4, 'level 1, level 2, outside the directory, per year');
    assert.doesNotMatch(html, /<script/i, 'no script, and the file name is escaped');
    assert.ok(html.includes('名册&#60;script&#62;.csv'));
    assert.doesNotMatch(
      html.replace(/xmlns(:\w+)?="[^"]+"/g, ''),
      /(src|href)=|url\(|@import|https?:\/\//,
      'nothing is fetched',
    );
    assert.match(html, /<th scope="row">四新企业<\/th><td class="num">10<\/td><td class="num">66\.7%<\/td>/);
    assert.match(html, /2025-01-02 03:04 UTC/);
  });
});

describe('the company’s name', () => {
  it('is found by its usual header, or the one named, and read beside the scope as a pasted licence is', () => {
    assert.deepEqual(resolveColumns(['经营范围', '企业名称'], {}, 'x').name, { index: 1, name: '企业名称' });
    assert.deepEqual(resolveColumns(['经营范围', '字号', '企业名称'], { name: '字号' }, 'x').name, {
      index: 1,
      name: '字号',
    });
    assert.equal(resolveColumns(['经营范围', '住所'], {}, 'x').name, undefined);
    const scope = '磁性材料生产；磁性材料销售；稀土功能材料销售';
    const [named, bare] = classifyRows(searcher, [
      { row: 2, id: 'a', scope, name: '重庆两江稀土永磁材料有限公司' },
      { row: 3, id: 'b', scope },
    ]);
    assert.ok(
      named.categories.some((c) => c.code === '3.2'),
      named.categories.map((c) => c.code).join(),
    );
    assert.ok(!bare.categories.some((c) => c.code === '3.2'));
    // The name is no clause of the scope: nothing of it is reported outside the directory.
    assert.deepEqual(named.outside, bare.outside);
  });

  it('with broken characters is left out, and the scope still classified', () => {
    const [row] = toRowInputs(
      [{ row: 2, cells: ['软件开发', '重庆\uFFFD\uFFFD有限公司'] }],
      resolveColumns(['经营范围', '企业名称'], {}, 'x'),
      { kind: 'csv', date1904: false },
    );
    assert.equal(row.name, undefined);
    assert.equal(row.problem, undefined);
  });
});

describe('how sure a classification is', () => {
  // One vocabulary with the search (很可能属于 / 可能属于，需核实): an officer who checks a row of the result file
  // with `sixin search` or on /search/ reads the same words for the same strength.
  it('reads as the search says it, in the result file and the report, in both languages', async () => {
    const [strong, possible] = classifyRows(searcher, [
      { row: 2, id: 'a', scope: '软件开发' },
      { row: 3, id: 'b', scope: '广告设计、代理' },
    ]);
    assert.equal(strong.status, 'strong');
    assert.equal(possible.status, 'possible');
    const { input, outcome } = await handCounted('名册.csv');
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const r of [strong, possible]) {
        const [{ fields }] = new CsvParser({ delimiter: ',' }).push(resultLine(r, lang));
        assert.equal(fields[2], strengthLabel(r.status as 'strong' | 'possible', lang), `${lang} ${r.status}`);
        assert.ok(fields[7].includes(`（${strengthLabel(r.categories[0].strength, lang)}）`), fields[7]);
      }
      const html = renderReport(input, outcome, lang, new Date(0));
      for (const strength of ['strong', 'possible'] as const) {
        assert.ok(html.includes(`<th class="num">${strengthLabel(strength, lang)}</th>`), `${lang} ${strength} head`);
      }
    }
  });
});
