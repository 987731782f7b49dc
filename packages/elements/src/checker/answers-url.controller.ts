import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RulesData } from '@sixin/core';
import type { View } from './flow.js';
import { readFragment, writeFragment, type SharedState } from './url-state.js';

/** Our key in `history.state`: the page each history entry shows, so the browser's Back goes to the last question. */
const VIEW_KEY = 'sixinCheckerView';
/**
 * Our key for the pages of the entries before this one, oldest first, since the answers were last opened or cleared:
 * where the element's own links (返回, 修改) can go back to through the history.
 */
const TRAIL_KEY = 'sixinCheckerTrail';

type EntryState = { [VIEW_KEY]?: View; [TRAIL_KEY]?: View[] } | null;

const sameView = (a: View, b: View) =>
  a.name === b.name && (a.name !== 'question' || (b.name === 'question' && a.question === b.question));

/** The element whose answers the controller keeps in the URL. */
export interface AnswersUrlHost extends ReactiveControllerHost, HTMLElement {
  readonly urlState: 'hash' | 'none';
}

/** What the controller asks of the element, which alone knows the rules, the answers and the pages. */
export interface AnswersUrlSource {
  /** The rules, once loaded: nothing in the URL is read before. */
  rules(): RulesData | undefined;
  /** What the link holds now. */
  shared(): SharedState | undefined;
  /**
   * The browser's Back or Forward reached an entry of ours: the page it showed, and its fragment. `ownLink`: it was
   * the element's own link (返回, 修改) that went there ({@link AnswersUrlController.back}).
   */
  entry(view: View, fragment: string, ownLink: boolean): void;
  /** A link with other answers than ours was opened in this tab (pasted into the address bar): show its fragment. */
  open(fragment: string): void;
}

/**
 * The checker's answers in the page's URL fragment (`#answers=v1;…`, see `url-state.ts`) and its pages in the tab's
 * history: one entry per step forward, with the page it shows in `history.state` beside the host's own state, so the
 * browser's Back goes to the previous question and a reload or a shared link opens the same answers. With
 * `url-state="none"` it leaves the URL and the history alone.
 */
export class AnswersUrlController implements ReactiveController {
  /** The page an own link went back to through the history, until its popstate comes. */
  #target?: View;
  readonly #host: AnswersUrlHost;
  readonly #source: AnswersUrlSource;

  constructor(host: AnswersUrlHost, source: AnswersUrlSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHashChange);
    addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
    removeEventListener('popstate', this.#onPopState);
  }

  get #enabled(): boolean {
    return this.#host.urlState !== 'none';
  }

  /** The fragment to open when the rules arrive: the page's, unless the URL is left alone. */
  get fragment(): string {
    return this.#enabled ? location.hash : '';
  }

  /**
   * Writes the answers into the URL fragment and `view` into `history.state`. `push`: a new history entry, for each
   * step forward, so the browser's Back returns to the previous question; `replace`: this entry; `start`: this entry,
   * for answers opened or cleared, which the entries before do not lead to.
   */
  write(view: View, mode: 'push' | 'replace' | 'start'): void {
    if (!this.#enabled || !this.#source.rules()) return;
    const fragment = writeFragment(location.hash, this.#source.shared());
    const state: unknown = history.state;
    const own = (state && typeof state === 'object' ? state : {}) as EntryState & object;
    // A new entry adds the page it was reached from to the trail; a replaced one keeps it (the entries before are the
    // same). Chromium keeps 50 entries a tab, so no more are remembered.
    const before = own[VIEW_KEY] ? [...(own[TRAIL_KEY] ?? []), own[VIEW_KEY]].slice(-49) : [];
    const trail = mode === 'push' ? before : mode === 'replace' ? own[TRAIL_KEY] : [];
    history[mode === 'push' ? 'pushState' : 'replaceState'](
      { ...own, [VIEW_KEY]: view, [TRAIL_KEY]: trail },
      '',
      fragment || location.pathname + location.search,
    );
  }

  /**
   * An own link (返回, 修改) to `target`. When an entry before this one, since the answers were opened, shows `target`,
   * it goes back there through the history, as the browser's Back would, and returns true (the element shows the page
   * once the entry is reached): an answer given next then drops the entries after it, those of the old answer, rather
   * than leaving them for the browser's Back to return to. Otherwise it returns false and the element shows `target`
   * in this entry.
   */
  back(target: View): boolean {
    const trail = (history.state as EntryState)?.[TRAIL_KEY] ?? [];
    let steps = 1;
    while (steps <= trail.length && !sameView(trail[trail.length - steps]!, target)) steps++;
    if (!this.#enabled || !this.#source.rules() || steps > trail.length) return false;
    this.#target = target;
    history.go(-steps);
    return true;
  }

  /** The page's address with the answers: the link to share. */
  shareUrl(): string {
    return location.href.replace(/#.*$/, '') + writeFragment(location.hash, this.#source.shared());
  }

  readonly #onPopState = (event: PopStateEvent) => {
    const view = (event.state as EntryState)?.[VIEW_KEY];
    const target = this.#target;
    this.#target = undefined;
    if (!this.#source.rules() || !this.#enabled || !view) return;
    this.#source.entry(view, location.hash, !!target && sameView(view, target));
  };

  readonly #onHashChange = () => {
    // An entry of ours (Back, Forward) is opened by #onPopState, which runs first.
    if ((history.state as EntryState)?.[VIEW_KEY]) return;
    // Only a fragment with other answers than ours is opened (a shared link pasted into this tab); the page's own
    // anchors (a skip link to #main) must not wipe what the person has answered.
    const rules = this.#source.rules();
    if (!rules || !this.#enabled || readFragment(location.hash).kind === 'none') return;
    if (writeFragment(location.hash, this.#source.shared()) === location.hash) return;
    this.#source.open(location.hash);
  };
}
