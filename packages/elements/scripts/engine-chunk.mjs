// The search engine of <sixin-scope-search> is a file of its own beside the bundle. It is as large as a whole element
// (Fuse.js included), and only pages where someone actually searches need it: the element imports it with
// `import('./engine.js')` the first time it is used. Used by scripts/build.mjs and bench/size.bench.mjs, so the size
// printed is the size shipped.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';

/** Options shared by the bundle and the engine file: what browsers get. */
export const BROWSER_BUILD = { bundle: true, format: 'esm', target: 'es2022', minify: true, tsconfig: 'tsconfig.json', logLevel: 'warning' };

/**
 * Builds the engine file in memory. Its name carries a hash of its contents, so that a browser holding an older
 * `sixin-elements.js` in its cache never pairs it with a newer engine, or the other way round.
 * @returns the file name (no folder) and its bytes.
 */
export async function buildEngineChunk(packageDir, banner) {
  const result = await build({
    ...BROWSER_BUILD,
    absWorkingDir: packageDir,
    entryPoints: ['src/search/engine.ts'],
    write: false,
    metafile: true,
    legalComments: 'eof',
    banner: banner ? { js: banner } : undefined,
  });
  assertEngineOnly(Object.keys(result.metafile.inputs));
  const contents = result.outputFiles[0].contents;
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 8);
  return { fileName: `sixin-search-engine-${hash}.js`, contents };
}

/**
 * What the engine file may contain: the engine of `@sixin/core/search` and Fuse.js. A change in `@sixin/core` that
 * pulled its build-time code (zod, yaml, pinyin-pro, Node modules) into the browser would show up here and stop the
 * build, rather than silently multiply what visitors download.
 */
const ENGINE_INPUTS = [/^src\/search\/engine\.ts$/, /\/core\/(dist|src)\/search\/[\w-]+\.[jt]s$/, /\/node_modules\/fuse\.js\//];

function assertEngineOnly(inputs) {
  const unexpected = inputs.filter((input) => !ENGINE_INPUTS.some((pattern) => pattern.test(input)));
  if (unexpected.length) {
    throw new Error(`the search engine file would bundle more than the engine: ${unexpected.join(', ')} (see scripts/engine-chunk.mjs)`);
  }
}

/**
 * An esbuild plugin that leaves the element's `import('./engine.js')` out of the bundle and points it at the engine
 * file, which sits in the same folder (dynamic imports resolve against the importing module's URL).
 */
export function engineExternal(fileName) {
  return {
    name: 'sixin-engine-external',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/engine\.js$/ }, (args) =>
        args.importer.replaceAll('\\', '/').endsWith('/src/search/search.component.ts') ? { path: `./${fileName}`, external: true } : undefined,
      );
    },
  };
}
