import { stringsFor, type Lang, type Strings } from '../shared/strings.js';
import { en } from '../shared/strings.en.js';

/** Both catalogs, for tests that check a message in each language without going through an element. */
export const CATALOGS: Record<Lang, Strings> = { 'zh-CN': stringsFor('zh-CN').strings, en };
