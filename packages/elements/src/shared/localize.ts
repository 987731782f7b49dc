import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadStrings, stringsFor, toLang, type Lang, type Strings } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

const connectedHosts = new Set<Host>();
let langObserver: MutationObserver | undefined;

// One observer for the whole document: a `lang` change anywhere (the page switching language, or the element's own
// attribute) re-renders every connected element, since any of them may inherit it.
function watchLang() {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(rerenderAll);
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Renders every connected element again: the language changed, or strings they were missing have arrived. */
export function rerenderAll(): void {
  for (const host of connectedHosts) host.requestUpdate();
}

/** The language of the nearest `lang` attribute, looking through enclosing shadow roots. */
export function langOf(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const withLang = node.closest('[lang]');
    if (withLang) return toLang(withLang.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'zh-CN';
}

/**
 * Gives an element the strings of the language in effect where it sits (the nearest `lang` attribute) and re-renders
 * it when that changes. English is fetched on first use; {@link whenReady} says whether there is something to wait for.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.add(this.#host);
    watchLang();
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.#host);
  }

  /** The language shown: the one asked for, or Chinese while (or if) its strings cannot be had. */
  get lang(): Lang {
    return stringsFor(langOf(this.#host)).lang;
  }

  get strings(): Strings {
    return stringsFor(langOf(this.#host)).strings;
  }

  /** `undefined`, or a promise to await before rendering: the strings of the language asked for are on their way. */
  whenReady(): Promise<void> | undefined {
    return loadStrings(langOf(this.#host));
  }
}
