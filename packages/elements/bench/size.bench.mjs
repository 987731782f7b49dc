#!/usr/bin/env node
// Size of what browsers download: each element's own JavaScript (Lit left out, shared helpers in), each element as
// a standalone bundle with Lit, and the whole single-file bundle, raw and gzipped. The budget of issue 9 is the whole
// bundle (all elements with Lit) at 32 KB gzipped or less (30 KB until issues 14 and 15 made checker sentences
// traceable and hardened the checks of data). Runs from the sources, so no build is needed; `npm run bench` at the
// root runs it with every other benchmark.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import {
  BROWSER_BUILD,
  buildLazyChunks,
  BUNDLE_BUILD,
  finish,
  lazyExternal,
  STANDALONE_FILE,
} from '../scripts/lazy-chunks.mjs';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_GZIP = 32 * 1024;
// The search engine and the English strings are separate files loaded on first use, as in the build
// (scripts/lazy-chunks.mjs).
const lazyChunks = await buildLazyChunks(packageDir);

async function measure(entry, { withLit, standalone = false }) {
  const result = await build({
    ...BUNDLE_BUILD,
    absWorkingDir: packageDir,
    entryPoints: [entry],
    write: false,
    outfile: 'sixin-elements.js',
    legalComments: withLit ? 'linked' : 'none',
    external: withLit ? [] : ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'],
    // As scripts/build.mjs does: the CSS and HTML inside Lit templates are minified too.
    plugins: standalone ? [minifyTemplates()] : [lazyExternal(lazyChunks), minifyTemplates()],
    logLevel: 'error',
  });
  const bytes = await finish(result.outputFiles.find((file) => file.path.endsWith('.js')).contents);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function measureSource(contents, { withLit }) {
  const result = await build({
    ...BROWSER_BUILD,
    absWorkingDir: packageDir,
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
    write: false,
    outfile: 'sixin-elements.js',
    legalComments: withLit ? 'linked' : 'none',
    logLevel: 'error',
  });
  const bytes = await finish(result.outputFiles.find((file) => file.path.endsWith('.js')).contents);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
const elements = readdirSync(new URL('../src/', import.meta.url))
  .filter((name) => /^sixin-.*\.ts$/.test(name) && !name.endsWith('.test.ts'))
  .sort();

for (const file of elements) {
  const tag = file.replace(/\.ts$/, '');
  rows.push([`<${tag}> own code (no Lit)`, await measure(`src/${file}`, { withLit: false })]);
  rows.push([`<${tag}> alone, with Lit`, await measure(`src/${file}`, { withLit: true })]);
}
rows.push([
  'Lit (LitElement, html, css)',
  await measureSource("export { LitElement, html, css, nothing, adoptStyles } from 'lit';", { withLit: true }),
]);
const whole = await measure('src/index.ts', { withLit: true });
rows.push(['whole bundle sixin-elements.js', whole]);
const WHEN = {
  'sixin-search-engine': 'on first search',
  'sixin-strings-en': 'on English pages only',
};
const lazySize = {};
for (const chunk of lazyChunks) {
  lazySize[chunk.name] = { raw: chunk.contents.length, gzip: gzipSync(chunk.contents, { level: 9 }).length };
  rows.push([`${chunk.fileName} (${WHEN[chunk.name]})`, lazySize[chunk.name]]);
}
rows.push([
  `${STANDALONE_FILE} (everything in one file)`,
  await measure('src/index.ts', { withLit: true, standalone: true }),
]);
// What a visitor's browser fetches in all, so that the lazy files are never left out of the picture.
const plus = (...sizes) => ({
  raw: sizes.reduce((sum, size) => sum + size.raw, 0),
  gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
});
rows.push(['in all: a Chinese page, after a first search', plus(whole, lazySize['sixin-search-engine'])]);
rows.push([
  'in all: an English page, after a first search',
  plus(whole, lazySize['sixin-search-engine'], lazySize['sixin-strings-en']),
]);

const verdict = whole.gzip <= BUDGET_GZIP ? 'within' : 'OVER';
const budgetNote = `budget ≤ ${kb(BUDGET_GZIP)}: ${verdict} (${whole.gzip <= BUDGET_GZIP ? `${kb(BUDGET_GZIP - whole.gzip)} left` : `${kb(whole.gzip - BUDGET_GZIP)} over`})`;
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${'what'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
for (const [label, size] of rows) {
  const note = size === whole ? `  ← ${budgetNote}` : '';
  console.log(`${label.padEnd(width)}  ${kb(size.raw).padStart(9)}  ${kb(size.gzip).padStart(9)}${note}`);
}
console.log(
  `\nbudget (issues 9, 14 and 15): the whole bundle, every element with Lit, ≤ ${kb(BUDGET_GZIP)} gzipped — ${verdict}`,
);
