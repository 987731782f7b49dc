import type { Answers, CheckContext } from '@sixin/core/rules';
import type { RulesData } from '@sixin/core';
import { walk, AnswerError, RULE_ID } from '@sixin/core/rules';
import { CATEGORY_ID } from '../shared/links.js';
import type { LinkProblem } from '../shared/strings.js';

/**
 * The checker's answers in the URL fragment, so a result can be shared and reopened without anything being sent
 * anywhere: `#answers=v1;in-directory:yes,established:no;c:1.3,2.1;licensed`.
 *
 * - `v1`: the format version. A later format gets a new number; links in an unknown one are refused, never guessed at.
 * - then `question:option` pairs by id (ids are stable and published, see content/rules/README.md);
 * - `c:` the directory categories found by the business-scope search or chosen in the tree, if any;
 * - `licensed` when the searched business scope listed 许可项目;
 * - `r:` the directory revision the answers were given against (`r:2021-12-30`), when the rules name one, so that a
 *   link opened after the directory changed can say so.
 *
 * Ids are lowercase letters, digits and hyphens and category ids add `.` and `/`, all of which a fragment holds as they
 * are, so the link stays readable. Other parameters in the fragment (`#a=1&answers=…`) are left alone.
 *
 * A link is text from anyone: it is read only up to {@link MAX_LINK_LENGTH} characters, {@link MAX_ANSWERS} answers
 * and {@link MAX_CATEGORIES} categories, every id must have the form of an id, and no problem found in it repeats
 * its text back into the page (a problem names only what the rules themselves say).
 */

/** The name of our parameter in the fragment. */
export const FRAGMENT_KEY = 'answers';
/** The format written; the only one read. */
export const FORMAT_VERSION = 'v1';

/** What a link carries: the answers given, what step 1 found, and the directory revision they were given against. */
export interface SharedState {
  answers: Answers;
  context?: CheckContext;
  revision?: string;
}

/** The outcome of reading a fragment: nothing of ours in it, a state, or why it cannot be used. */
export type ReadResult =
  { kind: 'none' } | { kind: 'state'; state: SharedState } | { kind: 'problem'; problem: LinkProblem };

/** Far more than any real set of answers (14 questions and a few categories take about 400 characters). */
export const MAX_LINK_LENGTH = 2000;
export const MAX_ANSWERS = 100;
export const MAX_CATEGORIES = 20;

const damaged = (): ReadResult => ({ kind: 'problem', problem: { code: 'damaged', params: {} } });

/** The value of our parameter in a fragment (`#…` or without the `#`), or undefined when it has none. */
function paramOf(fragment: string): string | undefined {
  for (const part of fragment.replace(/^#/, '').split('&')) {
    if (part.startsWith(`${FRAGMENT_KEY}=`)) {
      // Not decoded at all when longer than any link we write: reported as damaged below.
      if (part.length > MAX_LINK_LENGTH * 3) return '\u0000';
      try {
        return decodeURIComponent(part.slice(FRAGMENT_KEY.length + 1));
      } catch {
        return '\u0000'; // Broken percent-encoding: reported as a damaged link below.
      }
    }
  }
  return undefined;
}

/**
 * Reads a fragment, checking only its form (not whether the ids exist in the rules: see {@link checkAgainstRules}).
 */
export function readFragment(fragment: string): ReadResult {
  const value = paramOf(fragment);
  if (value === undefined) return { kind: 'none' };
  if (value.length > MAX_LINK_LENGTH) return damaged();
  const [version, pairs = '', ...rest] = value.split(';');
  if (version !== FORMAT_VERSION) {
    return /^v\d+$/.test(version ?? '')
      ? { kind: 'problem', problem: { code: 'version', params: { version: version!.slice(1) } } }
      : damaged();
  }
  const answers: Answers = {};
  const given = pairs ? pairs.split(',') : [];
  if (given.length > MAX_ANSWERS) return damaged();
  for (const pair of given) {
    const [question, option, extra] = pair.split(':');
    if (extra !== undefined || !question || !option || !RULE_ID.test(question) || !RULE_ID.test(option))
      return damaged();
    if (Object.hasOwn(answers, question)) return { kind: 'problem', problem: { code: 'duplicate', params: {} } };
    answers[question] = option;
  }
  let categories: string[] | undefined;
  let licensed = false;
  let revision: string | undefined;
  for (const section of rest) {
    if (section === 'licensed' && !licensed) licensed = true;
    // Digits and hyphens only (a date): the page shows it, and never repeats other text from a link.
    else if (/^r:[\d-]{10}$/.test(section) && !revision) revision = section.slice(2);
    else if (section.startsWith('c:') && !categories) {
      categories = section.slice(2).split(',');
      if (categories.length > MAX_CATEGORIES || !categories.every((id) => CATEGORY_ID.test(id))) return damaged();
    } else return damaged();
  }
  const state: SharedState = { answers };
  if (categories || licensed) state.context = { categories: categories ?? [], licensed };
  if (revision) state.revision = revision;
  return { kind: 'state', state };
}

/** The value of our parameter for `state` (without `answers=`). */
export function encodeState(state: SharedState): string {
  const pairs = Object.entries(state.answers).map(([question, option]) => `${question}:${option}`);
  const sections = [FORMAT_VERSION, pairs.join(',')];
  if (state.context?.categories.length) sections.push(`c:${state.context.categories.join(',')}`);
  if (state.context?.licensed) sections.push('licensed');
  if (state.revision) sections.push(`r:${state.revision}`);
  return sections.join(';');
}

/**
 * `fragment` with our parameter set to `state` (or removed, for `undefined`), keeping any other parameters. A plain
 * anchor (`#main`) is replaced by answers, since an anchor and parameters cannot share the fragment, but is left alone
 * while there are none.
 */
export function writeFragment(fragment: string, state: SharedState | undefined): string {
  if (!state && paramOf(fragment) === undefined) return fragment;
  const others = fragment
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part.includes('=') && !part.startsWith(`${FRAGMENT_KEY}=`));
  if (state) others.push(`${FRAGMENT_KEY}=${encodeState(state)}`);
  return others.length ? `#${others.join('&')}` : '';
}

/**
 * Checks a state read from a link against the rules now in use. A link made before the questions changed gets a
 * specific problem (that a question or answer no longer exists, or which questions no longer fit together) instead of
 * a result that the person could mistake for a current one. Problems name questions by their titles in the rules,
 * never by text taken from the link.
 */
export function checkAgainstRules(rules: RulesData, state: SharedState): LinkProblem | undefined {
  let ignored: string[];
  try {
    ignored = walk(rules, state.answers, state.context).ignored;
  } catch (error) {
    if (!(error instanceof AnswerError)) throw error;
    const question = rules.questions.find((q) => q.id === error.question);
    if (error.code === 'answer-unknown-option' && question) {
      return { code: 'unknown-option', params: { titleZh: question.title['zh-CN'], titleEn: question.title.en } };
    }
    if (error.code === 'answer-unknown-question') return { code: 'unknown-question', params: {} };
    return { code: 'damaged', params: {} };
  }
  if (!ignored.length) return undefined;
  const titles = ignored.map((id) => rules.questions.find((q) => q.id === id)!.title);
  return {
    code: 'changed',
    params: {
      titlesZh: titles.map((t) => `“${t['zh-CN']}”`).join('、'),
      titlesEn: titles.map((t) => `“${t.en}”`).join(', '),
    },
  };
}
