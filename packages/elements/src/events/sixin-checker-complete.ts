import type { Answers, CheckContext, MeasureOutcome } from '@sixin/core/rules';

/** Detail of `sixin-checker-complete`: everything needed to reproduce or record the result. */
export interface SixinCheckerCompleteDetail {
  /**
   * Question id → option id for each question the person answered on their path. With `context`, `evaluate()` of
   * `@sixin/core` gives the same outcomes again.
   */
  answers: Answers;
  /** What step 1 contributed (categories found or chosen, 许可项目 in the business scope), when anything. */
  context?: CheckContext;
  /** One outcome per measure, in the order of the rules: status, reason, clauses cited, contacts, what to bring. */
  outcomes: MeasureOutcome[];
  /** The URL fragment that reopens this result (`#answers=v1;…`), as the share link carries it. */
  fragment: string;
}

/** Fired when the result is shown: after "check your answers", or on opening a shared link to a complete result. */
export type SixinCheckerCompleteEvent = CustomEvent<SixinCheckerCompleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sixin-checker-complete': SixinCheckerCompleteEvent;
  }
}
