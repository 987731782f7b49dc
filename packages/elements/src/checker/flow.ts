import type { RulesData } from '@sixin/core';
import { walk, type Answers, type CheckContext } from '@sixin/core/rules';
import type { LinkProblem } from '../shared/strings.js';

/**
 * Where the person is in the checker, and the moves between pages: pure functions of the rules, the answers and what
 * step 1 found, so the element only renders and the moves can be tested on their own. The rules engine decides the
 * path; these functions decide the pages around it (step 1, Back, Change, check your answers, the result).
 */

export type View =
  /** Step 1: find the business with the business-scope search or the directory tree. */
  | { name: 'find' }
  | { name: 'question'; question: string }
  | { name: 'check' }
  | { name: 'result' }
  /** A shared link that cannot be used (damaged, or made before the questions changed). */
  | { name: 'link-problem'; problem: LinkProblem };

/** The answers the person gave on the current path (not those off the path). */
export function pathAnswers(rules: RulesData, answers: Answers, context?: CheckContext): Answers {
  const given: Answers = {};
  for (const step of walk(rules, answers, context).steps) given[step.question.id] = step.option.id;
  return given;
}

/** The questions the person answered on the path, in order, and the one to ask next. */
function userQuestions(
  rules: RulesData,
  answers: Answers,
  context?: CheckContext,
): { asked: string[]; next: string | null } {
  const w = walk(rules, answers, context);
  return { asked: w.steps.map((s) => s.question.id), next: w.next?.id ?? null };
}

/**
 * The page after answering `question` (or after step 1, for `null`). Going forward passes through the questions
 * already answered on the path one at a time, so they can be reviewed, unless the person came from "check your
 * answers" to change one answer (`returning`): then only questions that the change newly asks are shown, and then
 * the summary again.
 */
export function viewAfter(
  rules: RulesData,
  answers: Answers,
  context: CheckContext | undefined,
  question: string | null,
  returning: boolean,
): View {
  const { asked, next } = userQuestions(rules, answers, context);
  if (!returning) {
    const following = question === null ? asked[0] : asked[asked.indexOf(question) + 1];
    if (following !== undefined && (question === null || asked.includes(question)))
      return { name: 'question', question: following };
  }
  return next ? { name: 'question', question: next } : { name: 'check' };
}

/** The page the Back link leads to, or undefined on the first page. */
export function viewBefore(
  rules: RulesData,
  answers: Answers,
  context: CheckContext | undefined,
  view: View,
  hasFind: boolean,
): View | undefined {
  const { asked, next } = userQuestions(rules, answers, context);
  let index: number;
  if (view.name === 'result') return { name: 'check' };
  if (view.name === 'check') index = asked.length;
  else if (view.name === 'question') index = view.question === next ? asked.length : asked.indexOf(view.question);
  else return undefined;
  if (index > 0) return { name: 'question', question: asked[index - 1]! };
  return hasFind ? { name: 'find' } : undefined;
}

/**
 * "Step X" of a page (step 1 counts when it is offered), or undefined for pages outside the steps. No "of Y": how many
 * questions are left depends on answers not yet given, and the longest way would overstate it for most people.
 */
export function stepOf(
  rules: RulesData,
  answers: Answers,
  context: CheckContext | undefined,
  view: View,
  hasFind: boolean,
): number | undefined {
  const extra = hasFind ? 1 : 0;
  if (view.name === 'find') return 1;
  if (view.name !== 'question') return undefined;
  const { asked } = userQuestions(rules, answers, context);
  const index = asked.indexOf(view.question);
  return (index < 0 ? asked.length : index) + 1 + extra;
}
