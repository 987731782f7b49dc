import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleWithVersion, elementsVersion, readBundle } from './bundle.ts';
import { exportedData } from './data.ts';
import { BUNDLE_FILE, EMBED_DIR } from './paths.ts';
import type { Route } from './server.ts';

/** Version string of the second copy of the bundle on the two-copies page. */
export const SECOND_VERSION = '9.9.9-second-copy';
/** Where the portal pages find the bundle: the paths our site publishes. */
export const WIDGET_URL = '/widgets/sixin-elements.js';
export const SECOND_WIDGET_URL = `/widgets/${SECOND_VERSION}/sixin-elements.js`;
/** The bundle with everything inside it, for sites that can host only one file. */
export const STANDALONE_WIDGET_URL = '/widgets/sixin-elements.standalone.js';

/**
 * The files the bundle loads besides itself (such as the search engine, fetched on first search), which are
 * published next to it: their URL paths under /widgets/.
 */
export function widgetCompanionFiles(): string[] {
  return readdirSync(dirname(BUNDLE_FILE)).filter(
    (name) => name.endsWith('.js') && join(dirname(BUNDLE_FILE), name) !== BUNDLE_FILE,
  );
}

/**
 * Everything the test portal serves on its one origin: its pages, stylesheet and scripts (host/), our bundle and
 * the files it loads later at the published paths, a second copy of them with another version, and the data files
 * under /data/.
 */
export async function hostRoutes(): Promise<Map<string, Route>> {
  const bundle = readBundle();
  const data = await exportedData();
  const host = (file: string): Route => ({ file: join(EMBED_DIR, 'host', file) });
  const routes = new Map<string, Route>([
    ['/', host('index.html')],
    ['/two-copies.html', host('two-copies.html')],
    // The same portal page, pasted with the one-file bundle instead.
    [
      '/standalone/',
      {
        body: readFileSync(join(EMBED_DIR, 'host', 'index.html'), 'utf8').replace(WIDGET_URL, STANDALONE_WIDGET_URL),
        type: 'text/html; charset=utf-8',
      },
    ],
    ['/portal.css', host('portal.css')],
    ['/legacy.js', host('legacy.js')],
    ['/host.js', host('host.js')],
    [WIDGET_URL, { body: bundle, type: 'text/javascript; charset=utf-8' }],
    [
      SECOND_WIDGET_URL,
      { body: bundleWithVersion(bundle, elementsVersion(), SECOND_VERSION), type: 'text/javascript; charset=utf-8' },
    ],
  ]);
  for (const name of widgetCompanionFiles()) {
    for (const folder of ['/widgets/', `/widgets/${SECOND_VERSION}/`])
      routes.set(`${folder}${name}`, { file: join(dirname(BUNDLE_FILE), name) });
  }
  for (const [file, json] of data) routes.set(`/data/${file}`, { body: json, type: 'application/json; charset=utf-8' });
  return routes;
}
