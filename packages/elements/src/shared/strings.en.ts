/**
 * The English strings of every element: a module of its own, which `loadStrings('en')` of `strings.ts` fetches the
 * first time an element is shown in English. Only types come from `strings.ts`, so this file never carries the
 * Chinese catalog twice; the build checks that (scripts/lazy-chunks.mjs).
 */

import type { CheckerStrings, DataErrorCode, DataProblem, FieldKind, RulesFieldKind, Strings } from './strings.js';

const DOCUMENTS_EN: Record<string, string> = { notice: 'Notice', measures: 'Measures', annex: 'Annex' };

// What a place in the data must hold, as the `bad-field` and `rules-invalid` problems say it (`expected`).
const FIELD_KIND_EN: Record<FieldKind, string> = {
  text: 'non-empty text',
  'text-or-null': 'text or null',
  level: '1, 2 or 3',
  'text-list': 'a list of text',
  'industry-list': 'a list of industry classes (each with a four-digit code and a name)',
  status: 'official or inferred',
  'category-id': 'a category id that fits its level (such as 1, 1.3 or 1.3/xinxing-ruanjian-kaifa)',
  code: 'a category code (such as 1 or 1.3) or null',
};

const RULES_KIND_EN: Record<RulesFieldKind, string> = {
  object: 'an object',
  text: 'non-empty text',
  id: 'an id of lowercase letters, digits and hyphens (a clause: a number such as 4.2)',
  localized: 'an object with zh-CN and en text',
  list: 'a list',
  boolean: 'true or false',
  status: 'applies, may-apply or does-not-apply',
  'measure-kind': 'scope, support or safeguard',
  options: 'at least two options',
  question: 'the id of a question',
  next: 'the id of a question, or end',
  option: "the id of one of the question's options",
  contact: 'the id of a contact in "contacts"',
  term: 'the id of a term in "glossary"',
  clause: 'the id of a clause in "clauses"',
  source: 'the id of a source in "sources"',
  unique: 'an id used only once',
  'no-loop': 'questions that never loop back (every path reaches end)',
  outcome: 'rules that give an outcome for every set of answers',
};

const RULES_DATA_EN = (code: DataErrorCode, p: DataProblem['params']): string =>
  code === 'not-rules'
    ? 'The data is not eligibility rules: use the rules.json that sixin export writes.'
    : code === 'rules-version'
      ? `rules.json is in format version ${p.version}; this element reads version 1. Use the site data that matches the element's version.`
      : `rules.json is wrong at ${p.path}: expected ${RULES_KIND_EN[p.expected as RulesFieldKind]}.`;

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
  linkProblem: ({ code, params: p }) => {
    switch (code) {
      case 'damaged':
        return 'The answers in this link are incomplete or damaged, perhaps because part of it was lost when it was copied. Start again, or ask whoever shared it for the whole link.';
      case 'version':
        return `This link was made by a different version of the checker (format v${p.version}) and cannot be read here. Start again.`;
      case 'duplicate':
        return 'This link answers one question twice, so it is damaged. Start again.';
      case 'unknown-question':
        return 'The questions have changed since this link was made: some of the questions it answers are no longer asked. Start again, so that you do not get an out-of-date result.';
      case 'unknown-option':
        return `The questions have changed since this link was made: its answer to “${p.titleEn}” is no longer one of the answers. Start again, so that you do not get an out-of-date result.`;
      case 'changed':
        return `The questions have changed since this link was made: its answers to ${p.titlesEn} no longer fit the order of the questions. Start again, so that you do not get an out-of-date result.`;
      case 'unknown-category':
        return 'The directory has changed since this link was made: a category in it is no longer in the directory. Start again, so that you do not get an out-of-date result.';
      case 'revision':
        return `The answers in this link were given against directory revision ${p.given}. The current revision is ${p.current}, and the result below follows it.`;
    }
  },
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
        case 'no-source':
          return 'No search data: set the src attribute to the URL of search-index.json.';
        case 'not-search-index':
          return `${p.url} is not a search index this element can read (${p.reason}).`;
        case 'not-directory':
          return 'The data has no "categories" list: use the directory.json or tree.json that sixin export writes.';
        case 'category-not-object':
          return `Item ${p.index} of "categories" is not an object.`;
        case 'bad-field':
          return `Category ${p.category} has a bad "${p.field}": expected ${FIELD_KIND_EN[p.expected as FieldKind]}.`;
        case 'duplicate-id':
          return `Two categories have the id "${p.id}".`;
        case 'unknown-parent':
          return `Category "${p.id}" names the parent "${p.parent}", which is not in the data.`;
        case 'unknown-child':
          return `Category "${p.id}" lists the child "${p.child}", which is not in the data.`;
        case 'child-mismatch':
          return `Category "${p.child}" is listed under "${p.id}", but its parent is "${p.parent}".`;
        case 'bad-level':
          return `Category "${p.id}" is at level ${p.level}, which does not follow its parent "${p.parent}" at level ${p.parentLevel}.`;
        case 'parent-order':
          return `Category "${p.id}" comes before its parent "${p.parent}": in the data, every category must come after its parent.`;
        case 'duplicate-child':
          return `Category "${p.id}" lists the child "${p.child}" more than once.`;
        case 'too-many':
          return `The data has more than ${p.limit} ${p.what === 'categories' ? 'categories' : 'industry classes'}: it is not this directory.`;
        case 'too-large':
          return `${p.url} is larger than ${p.megabytes} MB, so it is not data for these elements and was not read. Check the URL.`;
        case 'unexpected':
          return "Something unexpected went wrong while reading the data; it may be damaged. Try again later; if this goes on, tell the site's administrators.";
        case 'list-item-without-id':
          return `Item ${p.position} ("${p.name}") of the category list in the page has no data-id attribute.`;
        case 'list-too-deep':
          return `The category list in the page is more than three levels deep at "${p.name}".`;
        case 'not-rules':
        case 'rules-version':
        case 'rules-invalid':
          return RULES_DATA_EN(code, p);
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
