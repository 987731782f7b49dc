/**
 * The English strings of every element: a module of its own, which `loadStrings('en')` of `strings.ts` fetches the
 * first time an element is shown in English. Only types come from `strings.ts`, so this file never carries the
 * Chinese catalog twice; the build checks that (scripts/lazy-chunks.mjs).
 */

import type { CheckerStrings, Strings } from './strings.js';

const DOCUMENTS_EN: Record<string, string> = { notice: 'Notice', measures: 'Measures', annex: 'Annex' };

const CHECKER_EN: CheckerStrings = {
  stepOf: (step) => `Step ${step}`,
  back: 'Back',
  continue: 'Continue',
  findHeading: 'Find your business in the directory',
  findIntro:
    'Paste the business scope from your business licence, or choose your industry in the directory. A category your business is very likely in is offered as the answer to whether your business is in the directory, for you to confirm. If you cannot find it, just continue.',
  searchHeading: 'Paste your business scope',
  treeHeading: 'Choose from the directory',
  treeLabel: 'Choose your industry category',
  foundBySearch: 'Your business scope shows it is very likely in these categories:',
  foundPossible: 'Possibly in these categories, to be checked; not offered as an answer, so open them to check:',
  chosenInTree: 'You chose:',
  searchNothing:
    'The business-scope search shows no category your business is very likely in. Choose from the directory, or continue and answer whether your business is in it.',
  suggested: (option) =>
    `From the directory categories you searched or chose, “${option}” is selected for you. Check it, then confirm it or choose another answer:`,
  business: 'Your business',
  businessNotGiven: 'No category very likely; answered in the questions',
  savedCategories: (n) => (n === 1 ? 'The category saved in the link' : `The ${n} categories saved in the link`),
  errorSummaryTitle: 'There is a problem',
  chooseAnswer: 'Select an answer.',
  errorPrefix: 'Error: ',
  termMeaning: (term) => `What “${term}” means`,
  checkHeading: 'Check your answers',
  change: 'Change',
  seeResult: 'Confirm and see the result',
  print: 'Print the result',
  shareHeading: 'Keep or share this result',
  shareText:
    'This link holds your answers: open it in any browser to see the same result. Your answers are only in the link and are not sent to anyone.',
  shareLinkLabel: 'Link to this result',
  copyLink: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'The link could not be copied automatically. Select it above and copy it.',
  changeAnswers: 'Change your answers',
  startOver: 'Start again',
  warning: 'Warning: ',
  linkHeading: 'The result in this link cannot be shown',
  linkFallback: 'The answers in this link cannot be read. Start again.',
  clauseSource: (document, clause) =>
    `${Object.hasOwn(DOCUMENTS_EN, document) ? DOCUMENTS_EN[document] : document}, ${clause}: `,
  // ── Result led by the answer (issue 20) ──
  resultSummary: (applies, may) =>
    applies
      ? `From your answers, ${applies === 1 ? '1 measure applies' : `${applies} measures apply`} to you${may ? `; confirm ${may} more with the offices named` : ''}.`
      : may
        ? `From your answers, ${may === 1 ? '1 measure' : `${may} measures`} may apply: confirm with the offices named.`
        : 'From your answers, the measures of this policy do not apply to your business.',
  mustKeep: 'What you must keep to',
  notApplying: (n) => `Measures that do not apply (${n})`,
};

/** The English catalog. */
export const en: Strings = {
  checker: CHECKER_EN,
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    loadFailed: 'The data could not be loaded.',
    revision: 'Directory revision: ',
    unreleasedAfter: (date) => `unreleased changes after ${date}`,
    dataError: ({ code, params: p }) => {
      switch (code) {
        case 'network':
          return `Could not reach ${p.url}. Check the connection and try again.`;
        case 'http':
          return `The server answered ${p.status} for ${p.url}.`;
        case 'not-json':
          return `${p.url} does not contain JSON.`;
        case 'timeout':
          return `${p.url} did not finish loading within ${p.seconds} seconds. Check the connection and try again.`;
        case 'engine-unavailable':
          return 'The search program could not be loaded. Check the connection and try again.';
        default:
          return `The data cannot be used (${code}). Try again later; if this goes on, tell the site's administrators.`;
      }
    },
  },
  tree: {
    label: 'New-economy industry directory',
    filterLabel: 'Filter categories',
    filterHint: 'Name, code, pinyin initials or industry class code, such as 软件, 1.3, xcl or 6513',
    filterMatches: (n) => (n === 1 ? '1 match.' : `${n} matches.`),
    filterNoMatch: (q) => `Nothing matches “${q}”. Try another word, or clear the filter to see every category.`,
    empty: 'The directory has no categories.',
    directions: (n) => (n === 1 ? '1 direction' : `${n} directions`),
    industries: (n) => (n === 1 ? '1 industry class' : `${n} industry classes`),
    inferred: 'placement to be confirmed',
    partial: 'in part',
    matchedKeyword: 'keyword: ',
    matchedAlias: 'also called: ',
  },
  search: {
    label: 'Business scope or keyword',
    hint: 'Paste the whole business scope (经营范围) from a business licence, or type a keyword, an industry code (6513, 1.3) or pinyin initials (rgzn). Enter searches, Shift+Enter starts a new line.',
    compactHint: 'A keyword, an industry code or pinyin initials; choose a category with the arrow keys.',
    submit: 'Search',
    loading: 'Loading the search data…',
    suggestions: 'Categories it may fall in',
  },
};
