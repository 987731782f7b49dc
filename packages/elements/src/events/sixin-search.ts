import type { SearchResult } from '@sixin/core/search';

/** Detail of `sixin-search`. */
export interface SixinSearchDetail {
  /** The text searched, as the user typed or pasted it. */
  query: string;
  /**
   * What the search engine of `@sixin/core` returned: the clauses read, the level-2 categories that match (best
   * first, each with its level-3 directions, GB/T 4754 classes and the reasons), the clauses that matched nothing, and
   * `notFound` when nothing passed. Plain data; its texts are the user's or the directory's words, never markup.
   */
  result: SearchResult;
}

/**
 * Fired each time results are shown for a text: once typing pauses, on submit, for the initial query and when the
 * back button brings an earlier query back.
 */
export type SixinSearchEvent = CustomEvent<SixinSearchDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sixin-search': SixinSearchEvent;
  }
}
