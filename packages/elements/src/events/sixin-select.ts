import type { CategoryRecord, IndustryRef } from '../shared/directory.js';

/** Detail of `sixin-select`: what the user chose. */
export interface SixinSelectDetail {
  /** The chosen category: a checked copy of its record (the fields of {@link CategoryRecord}, nothing unchecked). */
  category: CategoryRecord;
  /** Set when the user chose one GB/T 4754 class of a level-3 direction; `category` is then that direction. */
  industry?: IndustryRef;
  /** The link that will be followed, when the element renders links (`href-template`). */
  href?: string;
}

/**
 * Fired when the user chooses a category (click, Enter or Space). Cancelable: calling `preventDefault()` stops the
 * link from being followed, for hosts that handle navigation themselves.
 */
export type SixinSelectEvent = CustomEvent<SixinSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sixin-select': SixinSelectEvent;
  }
}
