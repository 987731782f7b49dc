/**
 * The eligibility rules as the checker element, the `sixin check` command and `rules.json` carry them: validated
 * content from `content/rules/` (questions, measures and their outcomes, shared wording), in both languages.
 */

/** A user-facing string in both languages the tool publishes. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

/** What `next` holds on the option that finishes the questions. */
export const END = 'end';

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
  help?: Localized;
  /** Ids of {@link GlossaryTerm}s worth explaining on this page. */
  terms: string[];
  /**
   * Id of the option taken without asking when a business-scope search found categories in the directory
   * (`in-directory` → `yes`). The person can still answer the question explicitly, which then wins.
   */
  answeredBySearch?: string;
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
  reason: Localized;
  /** Clause ids of the policy this outcome rests on (the measure's own unless the rule names others). */
  cites: string[];
  /** Ids of {@link RuleContact}s: whom to contact, or with whom to confirm for `may-apply`. */
  contacts: string[];
  /** What to bring. */
  bring: Localized[];
  nextSteps: Localized[];
}

/** One measure of the policy, such as 容缺登记. */
export interface Measure {
  id: string;
  title: Localized;
  /** One sentence saying what the measure is, in the policy's terms. */
  summary: Localized;
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
  note?: Localized;
}

export interface GlossaryTerm {
  id: string;
  term: Localized;
  definition: Localized;
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
  contacts: RuleContact[];
  glossary: GlossaryTerm[];
  statuses: Record<MeasureStatus, Localized>;
  labels: Record<RuleLabel, Localized>;
  /** Says plainly that the result is guidance, not a ruling. */
  disclaimer: Localized;
  /** Every clause cited by a measure or rule, with its title. */
  clauses: CitedClause[];
}

/** The fragment id of a clause on the policy page: `4.2` → `clause-4-2` (the site's `/policy/#clause-4-2`). */
export function clauseAnchor(clauseId: string): string {
  return `clause-${clauseId.replaceAll('.', '-')}`;
}
