// The site's figures: build time, HTML and JS per page (gzipped), and a Lighthouse run (mobile) of four pages,
// each printed next to its target. Run with `npm run bench` (all benchmarks) or `npm run bench -- site.bench`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tests/site/helpers/browser.ts';
import { serveStatic } from '../../tests/site/helpers/static-server.ts';

const SITE = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(SITE, 'dist');
const KB = 1024;
const TARGETS = { lighthouse: 100, homeJsKB: 40, pageHtmlKB: 30 };
const LIGHTHOUSE_PAGES = ['/', '/policy/', '/directory/1.3/xinxing-ruanjian-kaifa/', '/search/'];

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : 0;
};
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function table(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
}

// 1. Build time: the whole site build, as `npm run build -w @sixin/site` runs it.
const started = performance.now();
const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: SITE, encoding: 'utf8' });
const buildMs = performance.now() - started;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  throw new Error('the site build failed; see its output above');
}

// 2. Sizes: every HTML page, and the JavaScript each one loads (external module scripts and inline scripts).
function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) htmlFiles(abs, out);
    else if (name.endsWith('.html')) out.push(abs);
  }
  return out;
}
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const pages = htmlFiles(DIST).map((file) => {
  const html = readFileSync(file, 'utf8');
  const path = `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  let js = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1])?.[1];
    if (src && src.startsWith('/') && existsSync(join(DIST, src))) js += gz(readFileSync(join(DIST, src)));
    else if (!src && m[2].trim() && !/type="application\/(ld\+)?json"/.test(m[1])) js += gz(m[2]);
  }
  return { path, html: gz(html), js };
});
const htmlSizes = pages.map((p) => p.html);
const jsSizes = pages.map((p) => p.js);
const largestHtml = pages.reduce((a, b) => (b.html > a.html ? b : a));
const largestJs = pages.reduce((a, b) => (b.js > a.js ? b : a));
const home = pages.find((p) => p.path === '/')!;

console.log(`pages built: ${pages.length}`);
table([
  ['figure', 'value', 'target', ''],
  ['build time (npm run build -w @sixin/site)', `${(buildMs / 1000).toFixed(1)} s`, '', ''],
  [
    'HTML gz, largest page',
    `${kb(largestHtml.html)} (${largestHtml.path})`,
    `≤ ${TARGETS.pageHtmlKB} KB`,
    verdict(largestHtml.html <= TARGETS.pageHtmlKB * KB),
  ],
  ['HTML gz, median page', kb(median(htmlSizes)), '', ''],
  ['JS gz, largest page', `${kb(largestJs.js)} (${largestJs.path})`, '', ''],
  ['JS gz, median page', kb(median(jsSizes)), '', ''],
  [
    'JS gz, home page (before the search index loads)',
    kb(home.js),
    `≤ ${TARGETS.homeJsKB} KB`,
    verdict(home.js <= TARGETS.homeJsKB * KB),
  ],
]);

// 3. Lighthouse, mobile (its default: emulated phone, simulated slow 4G), against the site served with gzip as a
// static host would serve it.
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

spawnSync('bash', [join(SITE, '..', 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
const server = await serveStatic(DIST, { gzip: true });
const port = await freePort();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`],
  headless: true,
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: string[][] = [['Lighthouse (mobile)', ...categories, `target ${TARGETS.lighthouse}`]];
try {
  for (const path of LIGHTHOUSE_PAGES) {
    const result = await lighthouse(server.origin + path, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${path}: ${lhr.runtimeError.message}`);
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    rows.push([path, ...scores.map(String), verdict(scores.every((s) => s >= TARGETS.lighthouse))]);
    // Say what cost points, so a missed target comes with its reason.
    for (const c of categories) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1)
          console.log(`  ${path} ${c}: ${audit.id} (${audit.displayValue ?? audit.title}) score ${audit.score}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('');
table(rows);
