/**
 * The English strings of every element: a module of its own, which `loadStrings('en')` of `strings.ts` fetches the
 * first time an element is shown in English. Only types come from `strings.ts`, so this file never carries the
 * Chinese catalog twice; the build checks that (scripts/lazy-chunks.mjs).
 */

import type { CodeInfo } from '@sixin/core/search';
import type { CheckerStrings, Strings } from './strings.js';

const CODE_KIND_EN: Record<CodeInfo['kind'], string> = {
  'gb-section': 'GB/T 4754 section',
  'gb-division': 'GB/T 4754 division',
  'gb-group': 'GB/T 4754 group',
  'gb-class': 'GB/T 4754 class',
  'level-1': 'directory level-1 category',
  'level-2': 'directory level-2 category',
};

const DOCUMENTS_EN: Record<string, string> = { notice: 'Notice', measures: 'Measures', annex: 'Annex' };

const CHECKER_EN: CheckerStrings = {
  stepOf: (step) => `Step ${step}`,
  back: 'Back',
  continue: 'Continue',
  findHeading: 'Find your business in the directory',
  findIntro:
    'Paste the business scope from your business licence, or choose your industry in the directory. A category found for certain is offered as the answer to whether your business is in the directory, for you to confirm. If you cannot find it, just continue.',
  searchHeading: 'Paste your business scope',
  treeHeading: 'Choose from the directory',
  treeLabel: 'Choose your industry category',
  foundBySearch: 'Your business scope matches these categories for certain:',
  foundPossible: 'These categories are only possibly related and are not offered as an answer; open them to check:',
  chosenInTree: 'You chose:',
  searchNothing:
    'Nothing in the directory matches this business scope for certain. Choose from the directory, or continue and answer whether your business is in it.',
  suggested: (option) =>
    `From the directory categories you searched or chose, “${option}” is selected for you. Check it, then confirm it or choose another answer:`,
  business: 'Your business',
  businessNotGiven: 'Nothing found for certain; answered in the questions',
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
    resultsHeading: (n) =>
      n === 1 ? '1 related category in the directory' : `${n} related categories in the directory (best first)`,
    announce: (n) => (n === 1 ? '1 category found.' : `${n} categories found.`),
    strength: { strong: 'close match', possible: 'possibly related' },
    possibleHint:
      '“Possibly related” means the evidence is indirect (for example, only part of the industry class belongs here): check the category page.',
    industries: 'National industry classes (codes): ',
    partial: ' (only part of it belongs here; marked * in the national table)',
    inferred:
      'the national classification does not publish this level, so its place in the directory awaits confirmation; this does not affect whether the business is in the directory',
    licensed: 'permit required (许可项目)',
    matchedVia: (term, source) => `matches “${term}” (${source})`,
    source: {
      category: 'category name',
      direction: 'direction name',
      industry: 'GB/T 4754 class',
      'industry-note': 'GB/T 4754 official note',
      product: 'key product or service',
      keyword: 'keyword',
      alias: 'alias',
      code: 'code',
      pinyin: 'pinyin',
      typo: 'typo corrected',
    },
    correctedTo: (term) => `, read as “${term}”`,
    generic: 'too general to decide on its own',
    outside: (code, name) => `not in the directory: national industry class “${name}” (${code})`,
    noMatch: 'not recognised; nothing in the directory',
    code: ({ code, kind, name, known, inDirectory }) => {
      const what = CODE_KIND_EN[kind];
      if (!known) return `${code} is not a known ${what} code.`;
      return `${code} is the ${what} “${name}”, ${inDirectory ? 'listed in the directory' : 'not in the directory'}.`;
    },
    notFound: 'Not found in the directory: no category matches this business scope.',
    nextSteps: 'You can:',
    tryOther: 'put it another way: name the actual products or services, or type an industry code (such as 6513);',
    browse: ['browse the ', 'new-economy industry directory', ' category by category;'],
    contact: 'ask the Jiangbei District Administration for Market Regulation (区市场监督管理局).',
    clipped: (length, limit) =>
      `The text has ${length.toLocaleString('en')} characters; only the first ${limit.toLocaleString('en')} were searched.`,
    nothingToSearch: 'There is nothing to search for in this text.',
    answer: {
      likely: 'Very likely in the new-economy (四新经济) directory.',
      possible:
        'Possibly in the new-economy (四新经济) directory, to be checked: the evidence is indirect, so open the categories below.',
      none: 'Not found in the directory: no category matches this business scope.',
    },
    clausesHeading: 'Item by item',
    clauseIn: (names) => `in the directory: ${names}`,
    clausePossible: (names) => `possibly in the directory: ${names}, to be checked`,
    why: 'Why',
    toChecker: 'Check eligibility with this business scope',
  },
};
