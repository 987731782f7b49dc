import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteContent, type SiteContent } from '@sixin/core/node';
import { sitePaths, type SitePaths } from './paths.ts';
import { ContentProblemsError } from './content-loader.ts';

let cached: SiteContent | undefined;

/** contacts.yaml and settings.yaml, validated once per build; their problems stop the build like any content problem. */
export function siteContent(paths: Pick<SitePaths, 'contentDir' | 'projectRoot'> = sitePaths()): SiteContent {
  if (cached) return cached;
  const result = loadSiteContent(paths.contentDir, { cwd: paths.projectRoot });
  if (result.problems.length) throw new ContentProblemsError(result.problems);
  cached = result;
  return result;
}

/** Newest modification time of the files in a folder, as a date. */
function newestFile(dir: string): Date | undefined {
  let newest: Date | undefined;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const stats = statSync(join(dir, name));
    if (stats.isFile() && (!newest || stats.mtime > newest)) newest = stats.mtime;
  }
  return newest;
}

/**
 * When the content last changed, `YYYY-MM-DD`, for "内容更新于": the date of the last commit that touched the content
 * folder, which is the same on every clone and every build machine (file times are not: a clone sets them all to the
 * moment of cloning). Uncommitted edits in the folder, or no git at all (a copy from an archive), fall back to the
 * newest file's time, which is then the content's own. Undefined when neither is known.
 */
export function contentUpdatedDate(contentDir: string): string | undefined {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const dirty = git(['status', '--porcelain', '--', '.']);
    const committed = git(['log', '-1', '--format=%cs', '--', '.']);
    if (!dirty && /^\d{4}-\d{2}-\d{2}$/.test(committed)) return committed;
  } catch {
    // Not a git work tree, or git is not installed: the files' own times are all there is.
  }
  const newest = newestFile(contentDir);
  return newest ? localDate(newest) : undefined;
}

/** A date as `YYYY-MM-DD` in China's time zone (the district's), whatever the build machine's zone. */
export function localDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}
