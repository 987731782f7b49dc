// Builds the site: publishes the data files and the widget bundle into public/, then runs `astro build` into a
// scratch folder and swaps it in for dist/ only when it succeeded. A bad content file stops the build before Astro
// runs, with the validator's file:line messages, and the previous dist/ stays as it was: no partial site, ever.
//
//   node --import tsx scripts/build.ts                 the whole build (npm run build)
//   node --import tsx scripts/build.ts --prepare-only  only public/data, public/widgets and public/admin (dev server)
//
// SIXIN_CONTENT_DIR builds from another content folder; SIXIN_LANG=en prints messages in English.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strings } from '../src/i18n/strings.ts';
import { sitePaths } from '../src/lib/paths.ts';
import {
  astroBuild,
  consoleLog,
  exportData,
  publishWidgets,
  removeScratch,
  SCRATCH_PREFIX,
  swapInto,
} from './build-steps.ts';
import { publishAdmin } from './admin.ts';

const t = strings(/^en/i.test(process.env.SIXIN_LANG ?? '') ? 'en' : 'zh-CN');
const paths = sitePaths(process.env, fileURLToPath(new URL('..', import.meta.url)));
const options = process.argv.slice(2);
const unknown = options.find((o) => o !== '--prepare-only');

async function run(): Promise<number> {
  if (unknown) {
    consoleLog.error(t.build.unknownOption(unknown));
    return 2;
  }
  const started = performance.now();
  const prepareOnly = options.includes('--prepare-only');
  if (!(await exportData(paths))) {
    // The dev server still starts: it shows the same problems in the browser, on every page, until they are fixed.
    consoleLog.error(prepareOnly ? t.build.exportFailedDev : t.build.exportFailed);
    if (!prepareOnly) return 1;
  }
  publishWidgets(paths, t);
  await publishAdmin(paths);
  if (prepareOnly) return 0;

  removeScratch(paths.siteDir);
  const scratch = join(paths.siteDir, `${SCRATCH_PREFIX}building-${process.pid}`);
  const dist = join(paths.siteDir, 'dist');
  if (astroBuild(paths, scratch) !== 0) {
    removeScratch(paths.siteDir);
    consoleLog.error(t.build.astroFailed);
    return 1;
  }
  swapInto(dist, scratch);
  consoleLog.info(t.build.built(dist, performance.now() - started));
  return 0;
}

process.exitCode = await run();
