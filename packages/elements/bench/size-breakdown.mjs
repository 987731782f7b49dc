#!/usr/bin/env node
// What each module of the bundle really costs: the bundle is built again without it (its imports left external) and
// the difference in gzipped size is its share. Slower than the size bench (one build per module), so it is not part
// of `npm run bench`: run `npm run size:breakdown -w @sixin/elements` when the budget gets tight.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildLazyChunks, BUNDLE_BUILD, finish, lazyExternal } from '../scripts/lazy-chunks.mjs';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const lazyChunks = await buildLazyChunks(packageDir);

/** The bundle as scripts/build.mjs makes it, without the module at the absolute path `leaveOut`; also its inputs. */
async function bundle(leaveOut) {
  const external = {
    name: 'leave-out',
    setup(builder) {
      if (!leaveOut) return;
      builder.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData?.inner) return undefined;
        const resolved = await builder.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { inner: true },
        });
        return resolved.path === leaveOut ? { path: args.path, external: true } : undefined;
      });
    },
  };
  const result = await build({
    ...BUNDLE_BUILD,
    absWorkingDir: packageDir,
    write: false,
    outfile: 'sixin-elements.js',
    metafile: !leaveOut,
    plugins: [external, lazyExternal(lazyChunks), minifyTemplates()],
    logLevel: 'error',
  });
  const js = await finish(result.outputFiles.find((file) => file.path.endsWith('.js')).contents);
  return {
    gzip: gzipSync(js, { level: 9 }).length,
    inputs: result.metafile ? Object.keys(result.metafile.inputs) : [],
  };
}

const whole = await bundle();
/** A readable name for an input: `src/tree/tree.model.ts`, `core/rules/engine.js`, `lit-html/lit-html.js`. */
const nameOf = (input) => input.replace(/^.*node_modules\//, '').replace(/^\.\.\/core\/dist\//, 'core/');
const rows = [];
for (const input of whole.inputs) {
  const without = await bundle(resolve(packageDir, input));
  rows.push([nameOf(input), whole.gzip - without.gzip]);
}
rows.sort((a, b) => b[1] - a[1]);
const width = Math.max(...rows.map(([name]) => name.length));
console.log(
  `whole bundle: ${whole.gzip} bytes gzipped; each module's share (the bytes it loses without that module and what only it imports):`,
);
for (const [name, bytes] of rows) if (bytes > 0) console.log(`${name.padEnd(width)}  ${String(bytes).padStart(6)}`);
