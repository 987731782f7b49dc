import type { Clause, Localized, MeasureRule, MeasureStatus, RulesData } from '@sixin/core';
import { enumeratePaths, firstFittingRule } from '@sixin/core/rules';

/**
 * What the page "自查工具如何判断" shows, worked out from the rules: pure functions, tested on their own. The page is
 * generated from the same validated rules the checker runs, so it cannot drift from what the checker says.
 */

/** A run of a passage of the policy; `marked` when it is one of the words a sentence restates. */
export interface Piece {
  text: string;
  marked: boolean;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The passages of a clause (its heading, and each of its sentences and semicolon-separated parts) that hold the words
 * a sentence restates, in the clause's order, with those words marked: the policy's own words beside the sentence.
 */
export function policyWords(clause: Pick<Clause, 'title' | 'text'>, words: readonly string[]): Piece[][] {
  const wanted = words.map(squeeze).filter(Boolean);
  const passages = [clause.title, ...clause.text.split(/(?<=[。；])|\n/)].map((p) => p.trim()).filter(Boolean);
  return passages.filter((p) => wanted.some((w) => squeeze(p).includes(w))).map((p) => mark(p, wanted));
}

/** Splits `passage` into runs, marking every occurrence of any word (longest first where they overlap). */
function mark(passage: string, words: readonly string[]): Piece[] {
  const marked = new Array<boolean>(passage.length).fill(false);
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    for (let at = passage.indexOf(word); at >= 0; at = passage.indexOf(word, at + word.length))
      marked.fill(true, at, at + word.length);
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < passage.length; i++) {
    const last = pieces.at(-1);
    if (last && last.marked === marked[i]) last.text += passage[i];
    else pieces.push({ text: passage[i], marked: marked[i] });
  }
  return pieces;
}

/** One condition of a rule: a question and the answers that fit it. */
export interface Condition {
  question: string;
  title: Localized;
  options: Localized[];
}

/** The answers a rule requires, in the person's words, in the order the questions are asked. */
export function ruleConditions(rules: RulesData, rule: MeasureRule): Condition[] {
  return rules.questions
    .filter((q) => Object.hasOwn(rule.when, q.id))
    .map((q) => ({
      question: q.id,
      title: q.title,
      options: rule.when[q.id].map((id) => q.options.find((o) => o.id === id)!.label),
    }));
}

/** How many ways of answering there are, and for each measure how they end and which rule decides how many. */
export interface OutcomeCounts {
  paths: number;
  byMeasure: Map<string, { statuses: Record<MeasureStatus, number>; byRule: number[] }>;
}

/**
 * Counts, over every path through the questions, the outcome of each measure and the rule that decides it. A rule that
 * tests the licensed items of a search is counted with them found; every other rule without.
 */
export function outcomeCounts(rules: RulesData): OutcomeCounts {
  const paths = enumeratePaths(rules).map((answers) => new Map(Object.entries(answers)));
  const byMeasure: OutcomeCounts['byMeasure'] = new Map();
  for (const measure of rules.measures) {
    const statuses: Record<MeasureStatus, number> = { applies: 0, 'may-apply': 0, 'does-not-apply': 0 };
    const byRule = measure.rules.map(() => 0);
    for (const chosen of paths) {
      const plain = firstFittingRule(measure, chosen, false);
      statuses[measure.rules[plain].status]++;
      byRule[plain]++;
    }
    measure.rules.forEach((rule, i) => {
      if (rule.licensed === true)
        byRule[i] = paths.filter((chosen) => firstFittingRule(measure, chosen, true) === i).length;
    });
    byMeasure.set(measure.id, { statuses, byRule });
  }
  return { paths: paths.length, byMeasure };
}

/** How many sentences use each source of explanations outside the policy. */
export function sourceUses(rules: RulesData): Map<string, number> {
  const uses = new Map(rules.sources.map((s) => [s.id, 0]));
  const count = (sentences: ReadonlyArray<{ outside?: string }> | undefined) => {
    for (const s of sentences ?? []) if (s.outside) uses.set(s.outside, (uses.get(s.outside) ?? 0) + 1);
  };
  for (const q of rules.questions) count(q.help);
  for (const m of rules.measures) {
    count(m.summary);
    for (const r of m.rules) [r.reason, r.bring, r.nextSteps].forEach(count);
  }
  count(rules.expectations.intro);
  for (const e of rules.expectations.items) count(e.text);
  for (const c of rules.contacts) count(c.note);
  for (const g of rules.glossary) count(g.definition);
  return uses;
}
