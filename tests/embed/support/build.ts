import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { compileTemplate } from 'vue/compiler-sfc';
import { isCustomElement } from '../vue/custom-elements.ts';
import { ROOT } from './paths.ts';

/**
 * Compiles `*.template.html` to a module exporting the render function, as Vite's Vue plugin does for a component's
 * template, telling the compiler that `sixin-*` tags are custom elements. Compiler errors fail the build with the
 * template's file and message.
 */
export const vueTemplatePlugin: Plugin = {
  name: 'vue-template',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.template\.html$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const result = compileTemplate({
        source,
        filename: path,
        id: basename(path),
        compilerOptions: { isCustomElement },
      });
      if (result.errors.length) {
        return {
          errors: result.errors.map((error) => ({
            text: typeof error === 'string' ? error : error.message,
            location: { file: path },
          })),
        };
      }
      return { contents: result.code, loader: 'js', resolveDir: ROOT };
    });
  },
};

export interface BundledPage {
  /** The bundled JavaScript. */
  code: string;
  /** Every file that went into it, relative to `absWorkingDir`. */
  inputs: string[];
}

/**
 * Bundles a page's entry for the browser the way an embedder's production build would: one ES module, frameworks in
 * production mode, nothing written to disk. `absWorkingDir` decides where packages are resolved from.
 */
export async function bundlePage(
  entry: string,
  options: { absWorkingDir?: string; plugins?: Plugin[] } = {},
): Promise<BundledPage> {
  const result = await build({
    metafile: true,
    absWorkingDir: options.absWorkingDir ?? ROOT,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    minify: true,
    jsx: 'automatic',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: options.plugins ?? [],
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) };
}
