import { z } from 'zod';
import {
  MEASURE_KINDS,
  MEASURE_STATUSES,
  RULE_ID,
  RULE_LABELS,
  type MeasureKind,
  type MeasureStatus,
  type RuleLabel,
} from './types.js';

/**
 * Schemas of the three YAML files in `content/rules/`. The YAML is read with the failsafe schema, so every scalar
 * arrives as a string; booleans are converted here. Field names are kebab-case as editors write them.
 */

// Chinese has no spaces between words: a line break or space between two CJK characters (from a folded or wrapped
// YAML string) is an artefact, not meaning.
const CJK = '\\u2e80-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const CJK_GAP = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');
const tidyZh = (s: string) => s.trim().replace(CJK_GAP, '').replace(/\s+/g, ' ');
const tidyEn = (s: string) => s.trim().replace(/\s+/g, ' ');

const zhText = z.string().transform(tidyZh).pipe(z.string().min(1, 'the text is empty'));
const enText = z.string().transform(tidyEn).pipe(z.string().min(1, 'the English text is empty'));

/** A string in both languages: `{ zh-CN: …, en: … }`. */
export const localizedSchema = z.object({ 'zh-CN': zhText, en: enText }).strict();

export { RULE_ID };
const id = z.string().regex(RULE_ID, 'use lowercase letters, digits and hyphens, such as prior-permit');
const idList = z.array(id).default([]);
const clauseId = z.string().min(1, 'a clause id such as 4.2');
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

const optionSchema = z
  .object({
    id,
    label: localizedSchema,
    hint: localizedSchema.optional(),
    // Optional here so that a missing next is reported as a path that cannot end, with its own wording.
    next: id.optional(),
  })
  .strict();

/**
 * One sentence with where it comes from: `policy-terms` (clause → words of that clause the sentence uses) for a quote
 * or close paraphrase, or `outside` (a source id of common.yaml) for an explanation outside the policy. Which of the
 * two a place requires is checked after the schema, where the message can say why.
 */
const sentenceSchema = z
  .object({
    'zh-CN': zhText,
    en: enText,
    'policy-terms': z.record(clauseId, z.array(zhText).min(1, 'list at least one word of the clause')).optional(),
    outside: id.optional(),
  })
  .strict();

/** One sentence, or a list of them (read in order as one paragraph). */
const sentences = z.preprocess(
  (v) => (v === undefined || Array.isArray(v) ? v : [v]),
  z.array(sentenceSchema).min(1, 'write at least one sentence'),
);

const questionSchema = z
  .object({
    id,
    title: localizedSchema,
    help: sentences.optional(),
    terms: idList,
    'suggested-by-search': id.optional(),
    'licensed-note': localizedSchema.optional(),
    options: z.array(optionSchema).min(2, 'a question needs at least two options'),
  })
  .strict();

export const questionsFileSchema = z
  .array(questionSchema)
  .min(1, 'write at least one question; the first one is where the checker starts');

const answerList = z
  .union([id, z.array(id).min(1, 'list at least one option')])
  .transform((v) => (Array.isArray(v) ? v : [v]));

const ruleSchema = z
  .object({
    when: z.record(id, answerList).default({}),
    licensed: bool.optional(),
    status: z.enum(MEASURE_STATUSES as [MeasureStatus, ...MeasureStatus[]]),
    reason: sentences,
    cites: z.array(clauseId).min(1).optional(),
    contacts: idList,
    bring: z.array(sentenceSchema).default([]),
    'next-steps': z.array(sentenceSchema).default([]),
  })
  .strict();

const measureSchema = z
  .object({
    id,
    title: localizedSchema,
    summary: sentences,
    kind: z.enum(MEASURE_KINDS as [MeasureKind, ...MeasureKind[]]),
    cites: z.array(clauseId).min(1, 'cite at least one clause of the policy'),
    terms: idList,
    rules: z.array(ruleSchema).min(1, 'a measure needs at least one rule'),
  })
  .strict();

export const measuresFileSchema = z.array(measureSchema).min(1, 'write at least one measure');

const contactSchema = z.object({ id, name: localizedSchema, note: sentences.optional() }).strict();
const termSchema = z.object({ id, term: localizedSchema, definition: sentences }).strict();
const sourceSchema = z.object({ id, name: localizedSchema }).strict();

export const commonFileSchema = z
  .object({
    statuses: z
      .object(
        Object.fromEntries(MEASURE_STATUSES.map((s) => [s, localizedSchema])) as Record<
          MeasureStatus,
          typeof localizedSchema
        >,
      )
      .strict(),
    labels: z
      .object(
        Object.fromEntries(RULE_LABELS.map((l) => [l, localizedSchema])) as Record<RuleLabel, typeof localizedSchema>,
      )
      .strict(),
    disclaimer: localizedSchema,
    contacts: z.array(contactSchema).min(1, 'list at least one body to contact'),
    sources: z.array(sourceSchema).default([]),
    glossary: z.array(termSchema).default([]),
  })
  .strict();

const expectationSchema = z
  .object({
    id,
    title: localizedSchema,
    cites: z.array(clauseId).min(1, 'cite at least one clause of the policy'),
    text: sentences,
  })
  .strict();

export const expectationsFileSchema = z
  .object({
    title: localizedSchema,
    intro: sentences,
    items: z.array(expectationSchema).min(1, 'list at least one measure'),
  })
  .strict();

export type QuestionsFile = z.output<typeof questionsFileSchema>;
export type MeasuresFile = z.output<typeof measuresFileSchema>;
export type CommonFile = z.output<typeof commonFileSchema>;
export type ExpectationsFile = z.output<typeof expectationsFileSchema>;
export type SentenceInput = z.output<typeof sentenceSchema>;

/** Example values for "add …: example" messages, by field name. */
export const RULE_FIELD_EXAMPLES: Record<string, string> = {
  id: 'prior-permit',
  title: '{ zh-CN: 您要登记的经营项目涉及前置许可吗？, en: Does anything you register need a prior permit? }',
  label: '{ zh-CN: 是, en: Yes }',
  'zh-CN': '您要登记的经营项目涉及前置许可吗？',
  en: 'Does anything you are registering need a permit before registration?',
  next: 'materials',
  options: '[{ id: yes, label: { zh-CN: 是, en: Yes }, next: end }]',
  status: 'may-apply',
  reason: '{ zh-CN: …, en: …, policy-terms: { "4.2": [容缺登记] } }',
  summary: '{ zh-CN: …, en: …, policy-terms: { "4.2": [容缺登记] } }',
  kind: 'support',
  cites: '["4.2"]',
  rules: '[{ when: { in-directory: yes }, status: applies, reason: { zh-CN: …, en: … } }]',
  contacts: '[amr]',
  licensed: 'true',
  statuses: '{ applies: …, may-apply: …, does-not-apply: … }',
  labels: '{ reason: { zh-CN: 原因, en: Why }, … }',
  disclaimer: '{ zh-CN: 以上结果仅供参考……, en: … }',
  name: '{ zh-CN: 江北区市场监督管理局, en: Jiangbei District Administration for Market Regulation }',
  term: '{ zh-CN: 前置许可, en: Prior permit }',
  definition: '{ zh-CN: …, en: …, outside: policy-undefined }',
  intro: '{ zh-CN: …, en: …, policy-terms: { "4": [主要措施] } }',
  items: '[{ id: no-disturbance, title: { zh-CN: …, en: … }, cites: ["4.4"], text: … }]',
  text: '{ zh-CN: …, en: …, policy-terms: { "4.4": [无事不扰] } }',
};

/**
 * The schemas of the items the rules files list, for the browser editor's forms (site/scripts/admin.ts): its drift
 * test (tests/site/admin-config.test.ts) fails when a form and one of these have different fields.
 */
export const RULES_ITEM_SCHEMAS = {
  question: questionSchema,
  option: optionSchema,
  sentence: sentenceSchema,
  measure: measureSchema,
  rule: ruleSchema,
};
