// The built /batch/ page in real Chromium: a person uploads a GBK CSV and an xlsx register, the page classifies them
// in its Web Worker and shows the same figures as the command line, offers the result file and the report, and no
// network request is made from the moment the file is chosen. The page's Content-Security-Policy, which the worker
// inherits, is shown to block a connection to another host from the page and from the worker.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { csvBytes, HAND_COUNTED, registerSheet, xlsxBytes } from '../../packages/core/src/batch/register.fixtures.ts';
import { launchChromium } from './helpers/browser.ts';
import { DIST_DIR, htmlPages, readPage, requireBuiltSite, ROOT } from './helpers/site.ts';
import { serveStatic, type StaticServer } from './helpers/static-server.ts';

requireBuiltSite();

let browser: Browser;
let server: StaticServer;
/** Another host: it counts every request that reaches it. */
let elsewhere: Server;
let elsewhereHits = 0;
let elsewhereUrl: string;
let scratch: string;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sixin-batch-page-'));
  writeFileSync(join(scratch, '名册-gbk.csv'), csvBytes(HAND_COUNTED, 'gb18030'));
  writeFileSync(join(scratch, '名册.xlsx'), xlsxBytes([{ name: '企业名单', rows: registerSheet(HAND_COUNTED) }]));
  elsewhere = createServer((_, res) => {
    elsewhereHits++;
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*' }).end('received');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/upload`;
  [browser, server] = await Promise.all([launchChromium(), serveStatic(DIST_DIR)]);
});
after(async () => {
  await Promise.all([browser?.close(), server?.close(), new Promise((resolve) => elsewhere?.close(resolve))]);
  rmSync(scratch, { recursive: true, force: true });
});

/** Opens /batch/ and waits until the directory data is ready; returns the requests made from then on. */
async function openReady(page: Page): Promise<string[]> {
  const later: string[] = [];
  let ready = false;
  page.on('request', (r) => {
    if (ready) later.push(r.url());
  });
  await page.goto(`${server.origin}/batch/`);
  await page.waitForFunction(() => {
    const start = document.getElementById('batch-status');
    return start !== null && start.textContent === '' && !document.getElementById('batch-app')?.hidden;
  });
  ready = true;
  return later;
}

describe('/batch/', () => {
  test('sends a policy that allows connections to this site only', () => {
    const html = readPage('/batch/');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(csp, 'the page has its own Content-Security-Policy');
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    );
    assert.equal(directives['connect-src'], "'self'");
    assert.equal(directives['default-src'], "'none'");
    assert.equal(directives['script-src'], "'self'");
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'the policy comes before any script');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  });

  test('classifies an uploaded GBK register in the browser, with no network request, and offers the results', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    const requests = await openReady(page);

    await page.getByLabel('选择企业名册文件').setInputFiles(join(scratch, '名册-gbk.csv'));
    await page.locator('#batch-options:not([hidden])').waitFor();
    assert.match((await page.locator('#batch-detected').textContent()) ?? '', /CSV，编码 GB18030\/GBK，自动识别/);
    assert.equal(await page.getByLabel('经营范围所在的列').inputValue(), '经营范围');
    assert.equal(await page.getByLabel('企业标识列（如统一社会信用代码）').inputValue(), '统一社会信用代码');
    assert.equal(await page.getByLabel('成立日期列（用于按年份统计，可不选）').inputValue(), '成立日期');
    await page.getByRole('button', { name: '开始归类' }).click();
    await page.locator('#batch-result:not([hidden])').waitFor();

    const summary = page.locator('#batch-summary');
    assert.match((await summary.textContent()) ?? '', /共读取 17 行：归类 15 行，跳过 2 行/);
    const overview = await summary
      .locator('table.overview tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    assert.deepEqual(overview[0], ['四新企业', '10', '66.7%']);
    assert.deepEqual(overview[1], ['很可能属于目录', '9', '60.0%']);
    const charts = summary.locator('figure.chart img');
    assert.equal(await charts.count(), 4);
    assert.ok(
      await charts.evaluateAll((imgs) =>
        imgs.every(
          (img) =>
            (img as HTMLImageElement).complete &&
            (img as HTMLImageElement).naturalWidth > 0 &&
            (img as HTMLImageElement).alt,
        ),
      ),
      'the charts are drawn and described',
    );
    assert.match((await summary.textContent()) ?? '', /第 15 行：经营范围为空/);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载结果文件/ }).click(),
    ]);
    assert.equal(csvDownload.suggestedFilename(), '名册-gbk.sixin.csv');
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, 18);
    assert.ok(lines[0].startsWith('\uFEFF行号,统一社会信用代码,是否四新'));
    assert.ok(lines[17].startsWith(`18,"'=HYPERLINK(`), 'the formula-like id is neutralised in the browser too');
    const [reportDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载报告/ }).click(),
    ]);
    const report = readFileSync((await reportDownload.path())!, 'utf8');
    assert.match(report, /<title>四新经济企业归类报告 · 名册-gbk\.csv<\/title>/);
    assert.equal((report.match(/<svg /g) ?? []).length, 4);

    assert.deepEqual(
      requests.filter((url) => !url.startsWith('blob:')),
      [],
      'nothing was requested once the file was chosen',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('reads an xlsx register the same way', async () => {
    const page = await browser.newPage();
    const requests = await openReady(page);
    await page.getByLabel('选择企业名册文件').setInputFiles(join(scratch, '名册.xlsx'));
    await page.locator('#batch-options:not([hidden])').waitFor();
    assert.match((await page.locator('#batch-detected').textContent()) ?? '', /Excel 工作簿，工作表“企业名单”/);
    assert.equal(await page.locator('#batch-encoding-field').isHidden(), true);
    await page.getByRole('button', { name: '开始归类' }).click();
    await page.locator('#batch-result:not([hidden])').waitFor();
    assert.match((await page.locator('#batch-summary').textContent()) ?? '', /共读取 17 行：归类 15 行，跳过 2 行/);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith('blob:')),
      [],
    );
    await page.close();
  });

  test('says plainly what is wrong with a file that is not a register', async () => {
    const page = await browser.newPage();
    await openReady(page);
    writeFileSync(join(scratch, '旧表.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    await page.getByLabel('选择企业名册文件').setInputFiles(join(scratch, '旧表.xls'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /旧表\.xls 是旧版 Excel（\.xls）或加密的工作簿/);
    await page.close();
  });

  test('the policy blocks any connection to another host, from the page and from its worker', async () => {
    const page = await browser.newPage();
    await openReady(page);
    const worker = page.workers()[0];
    assert.ok(worker, 'the page runs a worker');
    const attempt = (url: string) =>
      fetch(url, { method: 'POST', body: 'register' }).then(
        () => 'sent',
        () => 'blocked',
      );
    assert.equal(await page.evaluate(attempt, elsewhereUrl), 'blocked');
    assert.equal(await worker.evaluate(attempt, elsewhereUrl), 'blocked');
    assert.equal(elsewhereHits, 0, 'nothing reached the other host');
    await page.close();
  });
});

describe('the heavy libraries of batch classification', () => {
  const HEAVY = /node_modules\/(echarts|zrender|saxes|fflate)\/|packages\/core\/dist\/batch\//;

  test('reach no page but /batch/', () => {
    const withScripts = htmlPages().filter((path) => /<script[^>]+src="\/_astro\//.test(readPage(path)));
    assert.ok(withScripts.includes('/batch/'));
    // Other pages may have a small script of their own (/embed/'s copy buttons, /industries/' filter), standing alone:
    // no import that could pull the batch code in, and a few kilobytes at most.
    for (const path of withScripts.filter((p) => p !== '/batch/')) {
      for (const [, src] of readPage(path).matchAll(/<script[^>]+src="(\/_astro\/[^"]+)"/g)) {
        const code = readFileSync(join(DIST_DIR, src!), 'utf8');
        assert.ok(code.length < 4000, `${path}: ${src} is ${code.length} bytes`);
        assert.doesNotMatch(code, /\bimport\b/, `${path}: ${src} imports other code`);
      }
    }
  });

  test('stay out of the widget bundle', async () => {
    const elements = join(ROOT, 'packages', 'elements');
    const { BUNDLE_BUILD } = (await import(join(elements, 'scripts', 'lazy-chunks.mjs'))) as { BUNDLE_BUILD: object };
    const result = await build({
      ...BUNDLE_BUILD,
      absWorkingDir: elements,
      write: false,
      outdir: 'out',
      metafile: true,
      logLevel: 'error',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(
      inputs.some((i) => i.includes('core/dist/search/engine.js')),
      'the bundle was built from the elements (with the search engine)',
    );
    assert.deepEqual(
      inputs.filter((i) => HEAVY.test(i)),
      [],
    );
  });
});
