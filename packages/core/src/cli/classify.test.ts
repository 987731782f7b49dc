import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../cli.js';
import { csvBytes, HAND_COUNTED, HAND_COUNTED_FIGURES, registerSheet, xlsxBytes } from '../batch/register.fixtures.js';
import { buildSearchIndexFromContent } from '../search/build-index.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

let scratch: string;
let indexFile: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sixin-classify-'));
  indexFile = join(scratch, 'search-index.json');
  writeFileSync(indexFile, JSON.stringify(buildSearchIndexFromContent(join(repoRoot, 'content'))));
  writeFileSync(join(scratch, '名册-gbk.csv'), csvBytes(HAND_COUNTED, 'gb18030'));
  writeFileSync(join(scratch, '名册.xlsx'), xlsxBytes([{ name: '企业', rows: registerSheet(HAND_COUNTED) }]));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    cwd: scratch,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => '',
    stdinIsTTY: false,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const readResult = (file: string) => readFileSync(join(scratch, file), 'utf8');

describe('sixin classify', () => {
  it('classifies a GBK register, writes one line per enterprise and prints a one-screen summary', async () => {
    const { code, stdout, stderr } = await run([
      'classify',
      '名册-gbk.csv',
      '--index',
      indexFile,
      '--date-column',
      '成立日期',
      '--workers',
      '1',
    ]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /文件：名册-gbk\.csv（CSV，编码 GB18030\/GBK，自动识别（不是 UTF-8））/);
    assert.match(stdout, /共读取 17 行：归类 15 行，跳过 2 行（经营范围为空 1；含有无法识别的字符（编码错误） 1）/);
    assert.match(stdout, /四新企业 +10 +66\.7%/);
    assert.match(stdout, /很可能属于目录 +9 +60\.0%/);
    assert.match(stdout, /结果文件：名册-gbk\.sixin\.csv/);
    assert.ok(stdout.split('\n').length <= 60, 'fits on one screen');
    assert.match(stderr, /第 15 行：经营范围为空\n第 17 行：含有无法识别的字符（编码错误）/);
    const csv = readResult('名册-gbk.sixin.csv');
    assert.ok(
      csv.startsWith('\uFEFF行号,统一社会信用代码,是否四新,主要分类代码'),
      'UTF-8 with a byte-order mark, the id column named as in the register',
    );
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 17);
    assert.equal(
      lines[1],
      '2,91500105MA5U000001,很可能属于,1.3,新兴软件和新型信息技术服务,1,新一代信息技术产业,1.3 新兴软件和新型信息技术服务（很可能属于）,,是,',
    );
    assert.match(lines[11], /^12,91500105MA5U000011,否,,,,,,物业管理→7020 物业管理,否,$/);
    assert.match(lines[14], /^15,91500105MA5U000014,,,,,,,,,经营范围为空$/);
    assert.ok(lines[17].startsWith(`18,"'=HYPERLINK(`), 'the formula-like id is neutralised');
    assert.deepEqual(
      readdirSync(scratch).filter((f) => f.includes('.partial')),
      [],
      'no partial file left behind',
    );
  });

  it('gives the same result file on worker threads as on one thread, from xlsx as from CSV', async () => {
    await run(['classify', '名册-gbk.csv', '--index', indexFile, '--workers', '1', '--out', 'one.csv']);
    const threads = await run([
      'classify',
      '名册-gbk.csv',
      '--index',
      indexFile,
      '--workers',
      '3',
      '--out',
      'three.csv',
    ]);
    assert.equal(threads.code, 0, threads.stderr);
    assert.match(threads.stdout, /3 个线程/);
    assert.equal(readResult('three.csv'), readResult('one.csv'));
    const xlsx = await run(['classify', '名册.xlsx', '--index', indexFile, '--workers', '2', '--out', 'x.csv']);
    assert.equal(xlsx.code, 0, xlsx.stderr);
    assert.match(xlsx.stdout, /文件：名册\.xlsx（Excel 工作簿，工作表“企业”）/);
    assert.equal(readResult('x.csv'), readResult('one.csv'));
  });

  it('--json prints the figures, --report writes the HTML report, --lang en words everything in English', async () => {
    const { code, stdout } = await run([
      'classify',
      '名册.xlsx',
      '--index',
      indexFile,
      '--json',
      '--report',
      'report.html',
      '--date-column',
      '成立日期',
      '--lang',
      'en',
      '--workers',
      '1',
    ]);
    assert.equal(code, 0);
    const json = JSON.parse(stdout);
    assert.equal(json.figures.strong, HAND_COUNTED_FIGURES.strong);
    assert.deepEqual(json.figures.years, HAND_COUNTED_FIGURES.years);
    assert.equal(json.output, join(scratch, '名册.sixin.csv'));
    assert.equal(typeof json.peakMemoryMB, 'number');
    const report = readResult('report.html');
    assert.match(report, /<html lang="en">/);
    assert.match(report, /New 四新 enterprises per year/);
    assert.ok(readResult('名册.sixin.csv').startsWith('\uFEFFrow,统一社会信用代码,sixin,primary_code'));
  });

  it('--encoding overrides detection', async () => {
    const { code, stdout } = await run([
      'classify',
      '名册-gbk.csv',
      '--index',
      indexFile,
      '--encoding',
      'GBK',
      '--out',
      'o.csv',
      '--workers',
      '1',
    ]);
    assert.equal(code, 0);
    assert.match(stdout, /编码 GB18030\/GBK，按指定/);
  });

  it('says what is wrong with a file it cannot read, names the file, and writes nothing', async () => {
    writeFileSync(join(scratch, '旧表.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]));
    const xls = await run(['classify', '旧表.xls', '--index', indexFile]);
    assert.equal(xls.code, 1);
    assert.match(xls.stderr, /旧表\.xls 是旧版 Excel（\.xls）或加密的工作簿/);
    const column = await run([
      'classify',
      '名册-gbk.csv',
      '--index',
      indexFile,
      '--column',
      '业务范围',
      '--out',
      'never.csv',
    ]);
    assert.equal(column.code, 1);
    assert.match(
      column.stderr,
      /名册-gbk\.csv 中没有“业务范围”列。表头有：“统一社会信用代码”、“企业名称”、“经营范围”、“成立日期”/,
    );
    assert.equal(existsSync(join(scratch, 'never.csv')), false);
    const missing = await run(['classify', 'nowhere.csv', '--index', indexFile, '--lang', 'en']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot open nowhere\.csv: ENOENT/);
    const folder = await run([
      'classify',
      '名册-gbk.csv',
      '--index',
      indexFile,
      '--out',
      join('no', 'such', 'folder.csv'),
    ]);
    assert.equal(folder.code, 1);
    assert.match(folder.stderr, /无法写入/);
  });

  it('refuses wrong usage with the usage line', async () => {
    for (const [args, message] of [
      [['classify'], /请给出一个要归类的文件/],
      [['classify', '名册-gbk.csv', '--workers', '0'], /--workers 应为 1 到 256 之间的整数/],
      [['classify', '名册-gbk.csv', '--encoding', 'klingon'], /不认识编码“klingon”/],
      [['classify', '名册-gbk.csv', '--delimiter', ':'], /--delimiter 只能是/],
      [['classify', '名册-gbk.csv', '--out', '名册-gbk.csv'], /结果文件不能覆盖输入文件/],
      [['classify', '名册-gbk.csv', '--index', 'a', '--content', 'b'], /--index 和 --content 只能给一个/],
    ] as const) {
      const { code, stderr } = await run([...args]);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
      assert.match(stderr, /用法: sixin classify/);
    }
  });
});
