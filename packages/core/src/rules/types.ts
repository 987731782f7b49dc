/**
 * The eligibility rules as the checker element, the `sixin check` command and `rules.json` carry them: validated
 * content from `content/rules/` (questions, measures and their outcomes, shared wording), in both languages.
 */

/** A user-facing string in both languages the tool publishes. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

/**
 * One sentence the public reads, in both languages, with where it comes from, so that nothing the checker says goes
 * beyond the policy unmarked. Exactly one of these holds for a sentence that states something (an outcome, a summary,
 * a definition, a contact's note): `policyTerms`, for a quote or close paraphrase of a clause, or `outside`, for an
 * explanation that is not in the policy. A question's help may also hold plain instructions (how to answer), with
 * neither.
 */
export interface Sentence extends Localized {
  /**
   * Clause id → words of that clause the sentence uses. The validator checks that each word appears in the
   * sentence's Chinese and in the clause (its heading or text): the evidence that the sentence restates the clause.
   */
  policyTerms?: Record<string, string[]>;
  /** Id of a {@link RuleSource}: the sentence explains something outside the policy, and this names where from. */
  outside?: string;
}

/**
 * Where an explanation outside the policy comes from: a law with its article (《中华人民共和国行政处罚法》第五十七条),
 * or the plain statement that the policy is silent (本办法未作规定, 本办法未作定义).
 */
export interface RuleSource {
  id: string;
  name: Localized;
}

/** What `next` holds on the option that finishes the questions. */
export const END = 'end';

/** Every id in the rules: questions, options, measures, contacts, terms, sources (`prior-permit`, `not-sure`). */
export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A clause of the policy, as the policy's headings mark it and the rules cite it: `4.2`, `annex.1`, `notice`. */
export const CLAUSE_ID = /^(?:\d+(?:\.\d+)*|annex(?:\.\d+)*|notice|measures)$/;

export interface RuleOption {
  /** Stable id within its question, such as `yes`, `not-sure` or `minor-gaps`; answers refer to it. */
  id: string;
  label: Localized;
  /** Extra line under the option's label. */
  hint?: Localized;
  /** Id of the question asked after this option, or {@link END}. */
  next: string;
}

/** One question page (GOV.UK question-page style: the title is the legend and the heading). */
export interface RuleQuestion {
  /** Stable id, such as `prior-permit`; answers and measure rules refer to it, and shared URLs carry it. */
  id: string;
  title: Localized;
  /** Sentences under the question: what the policy says about it (with their basis) and how to answer. */
  help?: Sentence[];
  /** Ids of {@link GlossaryTerm}s worth explaining on this page. */
  terms: string[];
  /**
   * Id of the option that a business-scope search suggests when it found categories in the directory for certain
   * (`in-directory` → `yes`). The suggestion is only shown, pre-selected: the person always confirms or changes it.
   */
  suggestedBySearch?: string;
  /** Shown under the question when the searched business scope lists 许可项目 (licensed items). */
  licensedNote?: Localized;
  options: RuleOption[];
}

/** `applies`: the measure fits the answers. `may-apply`: it might; confirm with the contacts. `does-not-apply`: it does not. */
export type MeasureStatus = 'applies' | 'may-apply' | 'does-not-apply';
export const MEASURE_STATUSES: readonly MeasureStatus[] = ['applies', 'may-apply', 'does-not-apply'];

/**
 * `scope`: whether the policy covers the business at all. `support`: a measure that helps the business.
 * `safeguard`: a limit the business must keep to (the red lines), shown as a warning.
 */
export type MeasureKind = 'scope' | 'support' | 'safeguard';
export const MEASURE_KINDS: readonly MeasureKind[] = ['scope', 'support', 'safeguard'];

/** One outcome of a measure and the answers it fits. A measure's rules are tried in order; the first that fits wins. */
export interface MeasureRule {
  /**
   * Question id → the options that fit. Every listed question must have been asked (on the current path) and
   * answered with one of its options. Empty: always fits.
   */
  when: Record<string, string[]>;
  /** When set, also requires the searched business scope to list (true) or not list (false) 许可项目. */
  licensed?: boolean;
  status: MeasureStatus;
  /** Why, sentence by sentence; every clause a sentence restates is among {@link MeasureRule.cites}. */
  reason: Sentence[];
  /** Clause ids of the policy this outcome rests on (the measure's own unless the rule names others). */
  cites: string[];
  /** Ids of {@link RuleContact}s: whom to contact, or with whom to confirm for `may-apply`. */
  contacts: string[];
  /** What to bring, one sentence (or phrase) each. */
  bring: Sentence[];
  nextSteps: Sentence[];
}

/** One measure of the policy, such as 容缺登记. */
export interface Measure {
  id: string;
  title: Localized;
  /** What the measure is, in the policy's words. */
  summary: Sentence[];
  kind: MeasureKind;
  /** Clause ids the measure comes from. */
  cites: string[];
  terms: string[];
  rules: MeasureRule[];
}

/** A body to contact. Names only: the rules never carry phone numbers, addresses or links that could go stale. */
export interface RuleContact {
  id: string;
  name: Localized;
  note?: Sentence[];
}

export interface GlossaryTerm {
  id: string;
  term: Localized;
  definition: Sentence[];
}

/** One thing the policy says the government does for every business it covers, with the clauses that say so. */
export interface Expectation {
  id: string;
  title: Localized;
  text: Sentence[];
  cites: string[];
}

/**
 * "您还可以期待": the measures of the policy owed to every 四新 business, shown under a result in which the policy
 * applies (the `scope` measure's outcome is `applies`).
 */
export interface Expectations {
  title: Localized;
  intro: Sentence[];
  items: Expectation[];
}

/** Headings of the result, shared by the element and the command line. */
export const RULE_LABELS = [
  'your-answers',
  'result',
  'reason',
  'because',
  'from-search',
  'licensed',
  'cites',
  'contacts',
  'confirm-with',
  'bring',
  'next-steps',
  'outside',
  'how-it-decides',
] as const;
export type RuleLabel = (typeof RULE_LABELS)[number];

/** Title of a policy clause the rules cite, so the checker can name and link it without the whole policy. */
export interface CitedClause {
  id: string;
  title: string;
  /** `notice`, `measures` or `annex`. */
  document: string;
}

/** The validated rules: what `rules.json` holds and what the engine runs on. */
export interface RulesData {
  schemaVersion: 1;
  /** Id of the first question. */
  start: string;
  /** In the order they are written (the first is {@link RulesData.start}). */
  questions: RuleQuestion[];
  /** In the order the result shows them. */
  measures: Measure[];
  /** What a result in which the policy applies adds after the measures. */
  expectations: Expectations;
  contacts: RuleContact[];
  /** Where the explanations outside the policy come from. */
  sources: RuleSource[];
  glossary: GlossaryTerm[];
  statuses: Record<MeasureStatus, Localized>;
  labels: Record<RuleLabel, Localized>;
  /** Says plainly that the result is guidance, not a ruling, and that the policy is a trial one. */
  disclaimer: Localized;
  /** Every clause cited by a measure, rule or expectation, with its title. */
  clauses: CitedClause[];
  /**
   * The directory revision the rules were published with (`content/revisions/`), as in `directory.json`: the checker
   * names it with the result and in the shared link. Absent when no revision has been released.
   */
  revision?: { date: string } | { unreleased: true; after: string };
}

/** The fragment id of a clause on the policy page: `4.2` → `clause-4-2` (the site's `/policy/#clause-4-2`). */
export function clauseAnchor(clauseId: string): string {
  return `clause-${clauseId.replaceAll('.', '-')}`;
}
