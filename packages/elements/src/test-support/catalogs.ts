import { stringsFor, type DataProblem, type Lang, type LinkProblem, type Strings } from '../shared/strings.js';
import { en } from '../shared/strings.en.js';

/** Both catalogs, for tests that check a message in each language without going through an element. */
export const CATALOGS: Record<Lang, Strings> = { 'zh-CN': stringsFor('zh-CN').strings, en };

/** What a person reads about a data problem in `lang`. */
export function dataMessage(lang: Lang, problem: DataProblem): string {
  return CATALOGS[lang].common.dataError(problem);
}

/** What a person reads about a shared link that cannot be opened. */
export function linkMessage(lang: Lang, problem: LinkProblem): string {
  return CATALOGS[lang].checker.linkProblem(problem);
}
