import type { APIRoute } from 'astro';
import { exampleTheme, loadElementDocs } from '../../lib/manifest.ts';
import { sitePaths } from '../../lib/paths.ts';
import { themeExamples, themeSampleCss, themeStrings } from './_themes.ts';

/**
 * The stylesheet of the /embed/ page's theme examples: each sample's custom properties, from the same values as the
 * code printed beside it. A file rather than `style` attributes, so the page keeps the site's policy of no inline style.
 */
export const GET: APIRoute = () => {
  const manifest = loadElementDocs(sitePaths());
  const treeDoc =
    manifest.status === 'ok' ? manifest.elements.find((d) => d.tagName === 'sixin-category-tree') : undefined;
  const themes = themeExamples(themeStrings(), treeDoc ? exampleTheme(treeDoc) : []);
  return new Response(themeSampleCss(themes), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
