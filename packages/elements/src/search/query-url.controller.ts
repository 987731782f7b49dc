import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { queryOf, withQuery } from './search.model.js';

/** What the element tells the controller: whether it keeps the URL, and what to do when Back or Forward lands. */
export interface QueryUrlHost extends ReactiveControllerHost {
  readonly syncUrl: boolean;
}

/**
 * The search text in the page URL as `?q=…` (`sync-url`), so that a result can be shared and the back button works:
 * typing rewrites the current history entry, a submitted search adds one, and Back or Forward hands the entry's text
 * back to the element.
 */
export class QueryUrlController implements ReactiveController {
  /** `q` of the current history entry when it was made (the URL before any typing replaced it). */
  #entryQuery = '';
  readonly #host: QueryUrlHost;
  readonly #onEntry: (query: string) => void;

  /** `onEntry` receives the text of the history entry the browser went to. */
  constructor(host: QueryUrlHost, onEntry: (query: string) => void) {
    this.#host = host;
    this.#onEntry = onEntry;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onPopState);
  }

  /** `sync-url` was switched on: the `q` of the page, which the element searches when it has no text of its own. */
  start(): string {
    return (this.#entryQuery = typeof location === 'undefined' ? '' : queryOf(location.href));
  }

  /** Puts the text of the result shown into the URL: a new entry for a submitted search, else the current one. */
  write(query: string, submitted: boolean): void {
    if (!this.#host.syncUrl) return;
    const href = withQuery(location.href, query);
    if (submitted && query !== this.#entryQuery) {
      // Typing has been rewriting the current entry: give it back its own query, then add one for this search, so
      // the back button returns to what was there before.
      if (queryOf(location.href) !== this.#entryQuery)
        history.replaceState(history.state, '', withQuery(location.href, this.#entryQuery));
      history.pushState(null, '', href);
      this.#entryQuery = query;
    } else if (href !== location.href) history.replaceState(history.state, '', href);
  }

  #onPopState = () => {
    if (!this.#host.syncUrl) return;
    this.#entryQuery = queryOf(location.href);
    this.#onEntry(this.#entryQuery);
  };
}
