import type { DataProblem } from '../shared/strings.js';

/** Detail of `sixin-load`. */
export interface SixinLoadDetail {
  /** Where the data came from: the `src` URL, `data` (the property) or `markup` (the server-rendered list). */
  source: string;
  /** How many items the data holds (categories, for the tree). */
  count: number;
}

/** Detail of `sixin-error`. */
export interface SixinErrorDetail {
  /** Where the data came from, as in {@link SixinLoadDetail.source}. */
  source: string;
  /** What went wrong, as a code with parameters (the element shows it as text in the page's language). */
  problem: DataProblem;
  /** The same problem as text, in the language the element shows (Chinese unless `lang` says English). */
  message: string;
}

/** Fired when data has been loaded (or read from the page) and is shown. */
export type SixinLoadEvent = CustomEvent<SixinLoadDetail>;
/** Fired when data could not be loaded or is not valid; the element shows the reason and, for `src`, a retry button. */
export type SixinErrorEvent = CustomEvent<SixinErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sixin-load': SixinLoadEvent;
    'sixin-error': SixinErrorEvent;
  }
}
