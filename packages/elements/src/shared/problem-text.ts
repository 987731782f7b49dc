import { rerenderAll } from './localize.js';
import type { ProblemTexts } from './problems.js';
import { stringsFor, type DataErrorCode, type DataProblem, type Lang, type LinkProblem } from './strings.js';

/** Problems the catalogs explain themselves: they can happen offline, when nothing more can be fetched. */
const CONNECTION_PROBLEMS = new Set<DataErrorCode>(['network', 'http', 'not-json', 'timeout', 'engine-unavailable']);

let texts: Record<Lang, ProblemTexts> | undefined;
let loading: Promise<void> | undefined;
let unavailable = false;

/** Whether the words for `problem` come from `problems.ts` (fetched on first use) rather than the catalogs. */
export function needsProblemTexts(problem: DataProblem): boolean {
  return !CONNECTION_PROBLEMS.has(problem.code);
}

/**
 * Fetches the explanations of problems (`problems.ts`; in the bundle `sixin-problems-<hash>.js` beside it), once,
 * and re-renders every element when they arrive. If they cannot be fetched, the catalogs' short notes stand in, and
 * the console says why, once.
 * @returns `undefined` when there is nothing to wait for; otherwise a promise that settles, and never rejects, once
 *   the explanations are here or known to be unavailable.
 */
export function loadProblemTexts(): Promise<void> | undefined {
  if (texts || unavailable) return undefined;
  loading ??= import('./problems.js')
    .then(
      (module) => {
        texts = module.PROBLEM_TEXTS;
      },
      (error: unknown) => {
        unavailable = true;
        console.warn(
          `@sixin/elements: the explanations of data problems could not be loaded, so only their codes are shown (${String(error)}).`,
        );
      },
    )
    .finally(() => {
      loading = undefined;
      rerenderAll();
    });
  return loading;
}

/** The fetch of the explanations while it runs: data that asked for them is shown once it ends. */
export function problemTextsLoading(): Promise<void> | undefined {
  return loading;
}

/** What a person reads about a data problem, in `lang` (or Chinese while English is not here). */
export function dataProblemText(lang: Lang, problem: DataProblem): string {
  const shown = stringsFor(lang);
  if (!needsProblemTexts(problem)) return shown.strings.common.dataError(problem);
  if (texts) return texts[shown.lang].data(problem);
  void loadProblemTexts();
  return shown.strings.common.dataError(problem);
}

/** What a person reads about a shared link that cannot be opened. */
export function linkProblemText(lang: Lang, problem: LinkProblem): string {
  const shown = stringsFor(lang);
  if (texts) return texts[shown.lang].link(problem);
  void loadProblemTexts();
  return shown.strings.checker.linkFallback;
}
