// Two parts of the package are files of their own beside the bundle, fetched only by pages that need them:
// - the search engine of <sixin-scope-search> (as large as a whole element, Fuse.js included), imported with
//   `import('./engine.js')` the first time someone searches;
// - the English strings, imported with `import('./strings.en.js')` the first time an element is shown in English, so
//   that Chinese pages never download them.
// Used by scripts/build.mjs, bench/size.bench.mjs and the tests that rebuild the bundle, so what they measure and test
// is what ships.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { minify } from 'terser';

/**
 * The last step of every file browsers get: terser over esbuild's output. Its compressor and its names (given by how
 * often each is used) suit gzip better than esbuild's own minifier: the same code, ≈ 0.9 KB less gzipped for the
 * bundle. Kept in ASCII (`\u` escapes), which gzips smaller here than UTF-8; licence comments (`/*!`) stay.
 * @param {Uint8Array} bytes JavaScript that esbuild bundled and minified.
 * @returns {Promise<Uint8Array>}
 */
export async function finish(bytes) {
  const { code } = await minify(new TextDecoder().decode(bytes), {
    module: true,
    ecma: 2022,
    compress: { passes: 2 },
    format: { comments: /^!/, ascii_only: true },
  });
  return new TextEncoder().encode(code);
}

/** The bundle with the lazy files inside it, for sites that can host only one file. */
export const STANDALONE_FILE = 'sixin-elements.standalone.js';

/**
 * Options shared by the bundle and its lazy files: what browsers get.
 * @type {import('esbuild').BuildOptions}
 */
export const BROWSER_BUILD = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
};

/**
 * The bundle of every element, as scripts/build.mjs builds it and the bench and tests measure it; callers add the
 * working folder, the output file and the plugins. Lit's licence notices go into `<file>.LEGAL.txt` beside the bundle
 * (which the bundle names at its end), rather than into every download: a kilobyte of comments, most of them for Lit
 * modules the bundle does not use.
 * @type {import('esbuild').BuildOptions}
 */
export const BUNDLE_BUILD = { ...BROWSER_BUILD, entryPoints: ['src/index.ts'], legalComments: 'linked' };

/**
 * Each lazy file: its entry, the module that imports it and with which specifier, the name it ships under, and what
 * it may contain. A change that pulled more into one (the Chinese catalog into the English file; zod, yaml or Node
 * modules of `@sixin/core` into the engine) stops the build, rather than silently multiplying what visitors download.
 */
export const LAZY_CHUNKS = [
  {
    name: 'sixin-search-engine',
    what: 'search engine',
    entry: 'src/search/engine.ts',
    importer: '/src/search/search-index.controller.ts',
    specifier: './engine.js',
    // The results' rendering travels with the engine (results exist only once it is here), with the small helpers it
    // uses; Lit is handed in by the element, never bundled here.
    inputs: [
      /^src\/search\/(engine|search\.results|search\.results\.styles|search\.model)\.ts$/,
      /^src\/shared\/links\.ts$/,
      /\/core\/(dist|src)\/search\/[\w-]+\.[jt]s$/,
      // core's one message shape (`format`), which the search wording is read with
      /\/core\/(dist|src)\/messages\.[jt]s$/,
      /\/node_modules\/fuse\.js\//,
    ],
    licence: 'bundles Fuse.js (Apache-2.0)',
  },
  {
    name: 'sixin-strings-en',
    what: 'English strings',
    entry: 'src/shared/strings.en.ts',
    importer: '/src/shared/strings.ts',
    specifier: './strings.en.js',
    inputs: [/^src\/shared\/strings\.en\.ts$/],
    licence: '',
  },
];

/**
 * Builds every lazy file in memory. Each name carries a hash of its contents, so that a browser holding an older
 * `sixin-elements.js` in its cache never pairs it with a newer lazy file, or the other way round.
 * @param {string} packageDir the folder of @sixin/elements.
 * @param {string} [version] when given, each file starts with a licence comment naming the package and this version.
 * @returns per lazy file: its spec, its file name (no folder) and its bytes.
 */
export async function buildLazyChunks(packageDir, version) {
  return Promise.all(
    LAZY_CHUNKS.map(async (chunk) => {
      const banner = version
        ? `/*! @sixin/elements ${version} ${chunk.what} | MIT${chunk.licence ? ` | ${chunk.licence}` : ''} */`
        : undefined;
      const result = await build({
        ...BROWSER_BUILD,
        absWorkingDir: packageDir,
        entryPoints: [chunk.entry],
        write: false,
        metafile: true,
        legalComments: 'eof',
        banner: banner ? { js: banner } : undefined,
      });
      const unexpected = Object.keys(result.metafile.inputs).filter(
        (input) => !chunk.inputs.some((pattern) => pattern.test(input)),
      );
      if (unexpected.length) {
        throw new Error(
          `the ${chunk.what} file would bundle more than it should: ${unexpected.join(', ')} (see scripts/lazy-chunks.mjs)`,
        );
      }
      const contents = await finish(result.outputFiles[0].contents);
      const hash = createHash('sha256').update(contents).digest('hex').slice(0, 8);
      return { ...chunk, fileName: `${chunk.name}-${hash}.js`, contents };
    }),
  );
}

/**
 * An esbuild plugin that leaves each lazy `import()` out of the bundle and points it at the lazy file, which sits in
 * the same folder (dynamic imports resolve against the importing module's URL). It also tells the bundle each file's
 * name (`SIXIN_LAZY_FILES`), so that a failed import can be tried again under a URL of its own.
 */
export function lazyExternal(chunks) {
  return {
    name: 'sixin-lazy-external',
    setup(builder) {
      const files = Object.fromEntries(chunks.map((c) => [c.specifier, `./${c.fileName}`]));
      builder.initialOptions.define = { ...builder.initialOptions.define, SIXIN_LAZY_FILES: JSON.stringify(files) };
      builder.onResolve({ filter: /^\.\/[\w.-]+\.js$/ }, (args) => {
        const importer = args.importer.replaceAll('\\', '/');
        const chunk = chunks.find((c) => c.specifier === args.path && importer.endsWith(c.importer));
        return chunk ? { path: `./${chunk.fileName}`, external: true } : undefined;
      });
    },
  };
}
