#!/usr/bin/env node
// Builds @sixin/elements: ESM modules with declarations (tsc → dist/), the single-file bundle for
// `<script type="module" src>` embedding (esbuild → dist/bundle/sixin-elements.js, Lit included), and
// custom-elements.json (cem). Run from anywhere: `npm run build -w @sixin/elements`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildLazyChunks, BUNDLE_BUILD, finish, lazyExternal, STANDALONE_FILE } from './lazy-chunks.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const run = (script, args) => execFileSync(process.execPath, [script, ...args], { cwd: packageDir, stdio: 'inherit' });

// The version is compiled in, so that two copies of the bundle on one page can name theirs in the warning.
const versionFile = new URL('../src/shared/version.ts', import.meta.url);
const versionSource = `// Written by scripts/build.mjs from package.json; do not edit by hand.
/** Version of @sixin/elements, shown when two copies meet on one page. */
export const VERSION = '${pkg.version}';
`;
if (readFileSync(versionFile, 'utf8') !== versionSource) writeFileSync(versionFile, versionSource);

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
run(require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.json']);

// The search engine and the English strings go into files of their own next to the bundle, loaded when first
// needed (lazy-chunks.mjs).
const lazyChunks = await buildLazyChunks(packageDir, pkg.version);
mkdirSync(new URL('../dist/bundle/', import.meta.url), { recursive: true });
for (const chunk of lazyChunks)
  writeFileSync(new URL(`../dist/bundle/${chunk.fileName}`, import.meta.url), chunk.contents);

const bundleOptions = { ...BUNDLE_BUILD, absWorkingDir: packageDir };

/** Builds a bundle in memory and writes its files, the JavaScript through terser (lazy-chunks.mjs, `finish`). */
async function bundle(options) {
  const result = await build({ ...options, write: false });
  for (const file of result.outputFiles)
    writeFileSync(file.path, file.path.endsWith('.js') ? await finish(file.contents) : file.contents);
}

await bundle({
  ...bundleOptions,
  // minifyTemplates: esbuild leaves the CSS and HTML inside Lit templates as written; this shrinks them (≈ 0.9 KB gzipped).
  plugins: [lazyExternal(lazyChunks), minifyTemplates()],
  outfile: 'dist/bundle/sixin-elements.js',
  banner: { js: `/*! @sixin/elements ${pkg.version} | MIT | bundles Lit (BSD-3-Clause) */` },
});

// For sites that can host only one file (many content systems take one upload, not a folder): the same elements with
// the lazy files inside, so nothing else is ever fetched. Larger on every page; see the README's size table.
await bundle({
  ...bundleOptions,
  plugins: [minifyTemplates()],
  outfile: `dist/bundle/${STANDALONE_FILE}`,
  banner: {
    js: `/*! @sixin/elements ${pkg.version} standalone | MIT | bundles Lit (BSD-3-Clause) and Fuse.js (Apache-2.0) */`,
  },
});

run(require.resolve('@custom-elements-manifest/analyzer/cem.js'), [
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
console.log(
  `@sixin/elements ${pkg.version}: dist/, dist/bundle/sixin-elements.js (+ ${lazyChunks.map((c) => c.fileName).join(', ')}), dist/bundle/${STANDALONE_FILE}, custom-elements.json`,
);
