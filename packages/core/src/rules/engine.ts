import type { EngineMessageCode } from './engine-messages.js';
import {
  END,
  clauseAnchor,
  type Localized,
  type Measure,
  type MeasureKind,
  type MeasureRule,
  type MeasureStatus,
  type RuleContact,
  type RuleOption,
  type RuleQuestion,
  type RulesData,
  type Sentence,
} from './types.js';

// Links to a cited clause are built the same way wherever a result is shown.
// `@sixin/core/rules` is this module: the constants of the rules' shape travel with the engine, so a browser that
// checks rules data (the checker element) does not restate them.
export { clauseAnchor, CLAUSE_ID, END, MEASURE_KINDS, MEASURE_STATUSES, RULE_ID, RULE_LABELS } from './types.js';
export type * from './types.js';

/**
 * The eligibility engine: pure functions from answers (question id → option id) and, optionally, what a
 * business-scope search found, to the next question, the progress and, once every question on the path is answered,
 * one outcome per measure. No I/O, no globals: the same code runs in the CLI and in the browser element.
 */

/** Question id → id of the chosen option. */
export type Answers = Record<string, string>;

/**
 * What the first step (a business-scope search, or a category chosen in the directory) contributes. It never answers a
 * question: categories only suggest an answer that the person confirms ({@link suggestedOption}), and licensed items
 * count for rules that test them.
 */
export interface CheckContext {
  /**
   * Ids of the directory categories the search found for certain (strong matches) or the person chose in the
   * directory; "possible" matches are left out, since they support no answer.
   */
  categories: readonly string[];
  /** Whether the pasted business scope lists 许可项目 (licensed items): a strong sign a permit is involved. */
  licensed: boolean;
}

/** A question on the current path and how the person answered it. */
export interface AnsweredStep {
  question: RuleQuestion;
  option: RuleOption;
}

export interface Walk {
  /** The questions answered so far along the path the answers choose, in order. */
  steps: AnsweredStep[];
  /** The question to ask now, or `null` when the path is complete. */
  next: RuleQuestion | null;
  /**
   * Answered questions that are not on the current path (after someone changed an earlier answer). They never
   * influence the outcome.
   */
  ignored: string[];
  licensed: boolean;
}

/** Why an outcome was chosen: an answer its rule required, or the licensed items found by the search. */
export type Because =
  | { type: 'answer'; question: string; option: string; questionTitle: Localized; optionLabel: Localized }
  | { type: 'licensed'; licensed: boolean };

export interface CitationRef {
  id: string;
  /** The clause heading, when the rules carry it (validated rules always do). */
  title: string | null;
  /** Fragment id on the policy page, such as `clause-4-2`. */
  anchor: string;
}

export interface MeasureOutcome {
  measure: string;
  title: Localized;
  summary: Sentence[];
  kind: MeasureKind;
  status: MeasureStatus;
  reason: Sentence[];
  because: Because[];
  cites: CitationRef[];
  /** Whom to contact; for `may-apply`, whom to confirm with. */
  contacts: RuleContact[];
  bring: Sentence[];
  nextSteps: Sentence[];
  /** Index of the rule that decided (0-based), for tracing an outcome back to `measures.yaml`. */
  rule: number;
}

export interface CheckResult {
  /** One per measure, in the order of the rules. */
  outcomes: MeasureOutcome[];
  answers: Array<{ question: string; option: string }>;
  ignored: string[];
  disclaimer: Localized;
}

type ErrorParams = Record<string, string | number>;

/**
 * What the engine raises. Its `message` is only the code and the params: the wording, in both languages, is
 * {@link engineErrorMessage} of `./engine-messages.js`, kept out of this module so that browsers running the engine do
 * not download messages that only the command line shows.
 */
abstract class EngineError extends Error {
  readonly code: EngineMessageCode;
  readonly params: ErrorParams;
  constructor(code: EngineMessageCode, params: ErrorParams) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.code = code;
    this.params = params;
  }
}

/** Bad answers or a bad search context: which question, what was wrong, what is allowed. Never a wrong outcome. */
export class AnswerError extends EngineError {
  override readonly name = 'AnswerError';
  /** The question concerned, when there is one. */
  readonly question?: string;
  constructor(code: EngineMessageCode, params: ErrorParams, question?: string) {
    super(code, params);
    this.question = question;
  }
}

/** Rules that cannot be run (not validated, or edited by hand): the rules are wrong, not the answers. */
export class RulesError extends EngineError {
  override readonly name = 'RulesError';
}

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value;

const optionIds = (q: RuleQuestion) => q.options.map((o) => o.id).join(', ');

interface Index {
  questions: Map<string, RuleQuestion>;
  contacts: Map<string, RuleContact>;
  titles: Map<string, string>;
}
// Lookups built once per rules object. Rules are treated as immutable once handed to the engine.
const indexes = new WeakMap<RulesData, Index>();
function indexOf(rules: RulesData): Index {
  let index = indexes.get(rules);
  if (!index) {
    index = {
      questions: new Map(rules.questions.map((q) => [q.id, q])),
      contacts: new Map(rules.contacts.map((c) => [c.id, c])),
      titles: new Map(rules.clauses.map((c) => [c.id, c.title])),
    };
    indexes.set(rules, index);
  }
  return index;
}
const questionMap = (rules: RulesData) => indexOf(rules).questions;

/** Checks the answers' shape and every id in them, before anything is worked out from them. */
function checkAnswers(rules: RulesData, answers: unknown): Answers {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw new AnswerError('answers-not-object', { received: describe(answers) });
  }
  const questions = questionMap(rules);
  for (const [questionId, value] of Object.entries(answers)) {
    const question = questions.get(questionId);
    if (!question) {
      throw new AnswerError(
        'answer-unknown-question',
        { question: questionId, known: [...questions.keys()].join(', ') },
        questionId,
      );
    }
    if (typeof value !== 'string') {
      throw new AnswerError(
        'answer-wrong-type',
        {
          question: questionId,
          received: describe(value),
          example: question.options[0]?.id ?? '',
          known: optionIds(question),
        },
        questionId,
      );
    }
    if (!question.options.some((o) => o.id === value)) {
      throw new AnswerError(
        'answer-unknown-option',
        { question: questionId, option: value, known: optionIds(question) },
        questionId,
      );
    }
  }
  return answers as Answers;
}

/**
 * The context the engine needs, from a business-scope search result (the search engine's `SearchResult`, or anything
 * shaped like it): the ids of the categories found for certain (`strength: 'strong'`), and whether any clause was listed
 * under 许可项目. A "possible" match is no ground for suggesting that the business is in the directory.
 */
export function contextFromSearch(result: {
  categories: ReadonlyArray<{ id: string; strength: 'strong' | 'possible' }>;
  clauses: ReadonlyArray<{ licensed: boolean }>;
}): CheckContext {
  return {
    categories: result.categories.filter((c) => c.strength === 'strong').map((c) => c.id),
    licensed: result.clauses.some((c) => c.licensed),
  };
}

function checkContext(context: unknown): CheckContext | undefined {
  if (context === undefined || context === null) return undefined;
  const fail = (reason: string, reasonZh: string): never => {
    throw new AnswerError('context-invalid', { reason, reasonZh });
  };
  if (typeof context !== 'object' || Array.isArray(context))
    return fail(`expected an object, not ${describe(context)}`, `应为对象，收到的是 ${describe(context)}`);
  const { categories, licensed } = context as Record<string, unknown>;
  if (!Array.isArray(categories) || !categories.every((c) => typeof c === 'string')) {
    return fail('categories must be a list of category ids', 'categories 应为分类 id 的列表');
  }
  if (typeof licensed !== 'boolean') return fail('licensed must be true or false', 'licensed 应为 true 或 false');
  return { categories, licensed };
}

/**
 * The option to show pre-selected on `question` because the first step found the business in the directory, or
 * undefined. Only a suggestion: the question is asked all the same, and counts once the person confirms it.
 */
export function suggestedOption(question: RuleQuestion, context: CheckContext | undefined): RuleOption | undefined {
  if (!question.suggestedBySearch || !context?.categories.length) return undefined;
  return question.options.find((o) => o.id === question.suggestedBySearch);
}

/**
 * Follows the answers from the first question along the path they choose. Throws {@link AnswerError} for answers that
 * name unknown questions or options or are not strings, and for a malformed context. Every question on the path is
 * answered by the person: a search or a category chosen never answers one (see {@link suggestedOption}).
 */
export function walk(rules: RulesData, answers: unknown, context?: unknown): Walk {
  const given = checkAnswers(rules, answers);
  const ctx = checkContext(context);
  const questions = questionMap(rules);
  const steps: AnsweredStep[] = [];
  const seen = new Set<string>();
  let current: string = rules.start;
  let next: RuleQuestion | null = null;
  while (current !== END) {
    const question = questions.get(current);
    if (!question)
      throw new RulesError('rules-next-unknown', {
        question: steps.at(-1)?.question.id ?? '(start)',
        option: steps.at(-1)?.option.id ?? '',
        next: current,
        known: [...questions.keys()].join(', '),
      });
    if (seen.has(current)) throw new RulesError('rules-cycle', { cycle: [...seen, current].join(' → ') });
    seen.add(current);
    const option = Object.hasOwn(given, current) ? question.options.find((o) => o.id === given[current]) : undefined;
    if (!option) {
      next = question;
      break;
    }
    steps.push({ question, option });
    current = option.next;
  }
  const onPath = new Set(steps.map((s) => s.question.id));
  return { steps, next, ignored: Object.keys(given).filter((q) => !onPath.has(q)), licensed: ctx?.licensed ?? false };
}

/** The question to ask now, or `null` once every question on the path has an answer. */
export function nextQuestion(rules: RulesData, answers: unknown, context?: unknown): RuleQuestion | null {
  return walk(rules, answers, context).next;
}

/** Whether a rule fits the answers on the path (questions off the path never count). */
export function ruleFits(rule: MeasureRule, chosen: ReadonlyMap<string, string>, licensed: boolean): boolean {
  if (rule.licensed !== undefined && rule.licensed !== licensed) return false;
  // Own keys only: a `for…in` would also follow keys that another script added to Object.prototype in the page.
  for (const question of Object.keys(rule.when)) {
    const answer = chosen.get(question);
    if (answer === undefined || !rule.when[question].includes(answer)) return false;
  }
  return true;
}

/** Index of the first rule of `measure` that fits, or -1. */
export function firstFittingRule(measure: Measure, chosen: ReadonlyMap<string, string>, licensed: boolean): number {
  return measure.rules.findIndex((r) => ruleFits(r, chosen, licensed));
}

/**
 * The outcome of every measure for complete answers. Throws {@link AnswerError} `answer-missing` (naming the question)
 * while a question on the path is unanswered, and for any malformed answer; {@link RulesError} if the rules give a
 * measure no outcome (which validated rules never do).
 */
export function evaluate(rules: RulesData, answers: unknown, context?: unknown): CheckResult {
  const w = walk(rules, answers, context);
  if (w.next) {
    throw new AnswerError(
      'answer-missing',
      { question: w.next.id, title: w.next.title['zh-CN'], titleEn: w.next.title.en, known: optionIds(w.next) },
      w.next.id,
    );
  }
  const chosen = new Map(w.steps.map((s) => [s.question.id, s.option.id]));
  const byQuestion = new Map(w.steps.map((s) => [s.question.id, s]));
  const { contacts, titles } = indexOf(rules);
  const outcomes = rules.measures.map((measure): MeasureOutcome => {
    const index = firstFittingRule(measure, chosen, w.licensed);
    if (index < 0) throw new RulesError('rules-no-outcome', { measure: measure.id });
    const rule = measure.rules[index];
    const because: Because[] = Object.keys(rule.when).map((questionId) => {
      const step = byQuestion.get(questionId)!;
      return {
        type: 'answer',
        question: questionId,
        option: step.option.id,
        questionTitle: step.question.title,
        optionLabel: step.option.label,
      };
    });
    if (rule.licensed !== undefined) because.push({ type: 'licensed', licensed: rule.licensed });
    return {
      measure: measure.id,
      title: measure.title,
      summary: measure.summary,
      kind: measure.kind,
      status: rule.status,
      reason: rule.reason,
      because,
      cites: rule.cites.map((id) => ({ id, title: titles.get(id) ?? null, anchor: clauseAnchor(id) })),
      contacts: rule.contacts.map((id) => {
        const contact = contacts.get(id);
        if (!contact)
          throw new RulesError('rules-contact-unknown', { contact: id, known: [...contacts.keys()].join(', ') });
        return contact;
      }),
      bring: rule.bring,
      nextSteps: rule.nextSteps,
      rule: index,
    };
  });
  return {
    outcomes,
    answers: w.steps.map((s) => ({ question: s.question.id, option: s.option.id })),
    ignored: w.ignored,
    disclaimer: rules.disclaimer,
  };
}

/**
 * Every complete set of answers a person can give, one per path from the first question to the end (only the
 * questions asked on that path). Assumes rules without cycles (validated rules).
 */
export function enumeratePaths(rules: RulesData): Answers[] {
  const questions = questionMap(rules);
  const paths: Answers[] = [];
  // Depth-first with a list of its own (no recursion, so long chains cannot overflow the stack): each entry is a
  // question on the current path and the index of its option to try next.
  const path: Array<{ question: RuleQuestion; option: number }> = [];
  const answers: Answers = {};
  const enter = (id: string) => {
    if (id === END) {
      paths.push({ ...answers });
      return;
    }
    const question = questions.get(id);
    if (!question || path.length > questions.size) throw new RulesError('rules-cycle', { cycle: id });
    path.push({ question, option: 0 });
  };
  enter(rules.start);
  while (path.length) {
    const top = path[path.length - 1]!;
    const option = top.question.options[top.option++];
    if (option) {
      answers[top.question.id] = option.id;
      enter(option.next);
    } else {
      delete answers[top.question.id];
      path.pop();
    }
  }
  return paths;
}
