import type { ReactiveControllerHost } from 'lit';
import type { SearchIndex, Searcher } from '@sixin/core/search';
import { DataController } from '../shared/data-controller.js';
import { DataError } from '../shared/directory.js';
import { emit } from '../shared/emit.js';
import { stampOf } from '../shared/revision.js';
import type { DataProblem } from '../shared/strings.js';

export type EngineModule = typeof import('./engine.js');
let enginePromise: Promise<EngineModule> | undefined;
let engineAttempts = 0;

/**
 * The files that the bundle build puts beside `sixin-elements.js`, by import specifier (`./engine.js` →
 * `./sixin-search-engine-<hash>.js`), defined by scripts/lazy-chunks.mjs. Absent from the package's modules, whose
 * lazy files the host's own bundler names.
 */
declare const SIXIN_LAZY_FILES: Record<string, string> | undefined;

/**
 * Imports the engine chunk once per page. A failed import is tried again on the next call; where the chunk's file is
 * known, under a URL of its own (`…?retry=2`), because many browsers keep a failed import for the life of the page
 * and would never fetch it again, so a visitor who was offline for a moment could not recover without reloading.
 */
function loadEngine(): Promise<EngineModule> {
  if (!enginePromise) {
    const file = engineAttempts++ && typeof SIXIN_LAZY_FILES === 'object' ? SIXIN_LAZY_FILES['./engine.js'] : undefined;
    const loading = file
      ? (import(
          /* @vite-ignore */ `${new URL(file, import.meta.url).href}?retry=${engineAttempts}`
        ) as Promise<EngineModule>)
      : import('./engine.js');
    enginePromise = loading.catch((error: unknown) => {
      enginePromise = undefined;
      throw error;
    });
  }
  return enginePromise;
}

/** Preparing a searcher takes a noticeable moment; elements handed the same index object share one. */
const searchers = new WeakMap<object, Searcher>();

type EngineState = 'idle' | 'loading' | 'ready' | DataProblem;

/** Where the search stands, engine and index together: the one state the element renders. */
export type SearchIndexState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; searcher: Searcher; engine: EngineModule }
  | { status: 'error'; problem: DataProblem; retryable: boolean };

/** The element whose `src` or `data` the controller loads. */
export interface SearchIndexHost extends ReactiveControllerHost, HTMLElement {
  readonly src: string;
  readonly data: SearchIndex | undefined;
}

/**
 * The search program and its index: imports the engine chunk, loads the index (`data` or `src`) through a
 * {@link DataController}, and prepares the searcher, nothing of which happens before {@link activate}, so an element
 * nobody uses costs the page nothing. A failed engine import is its own problem (`engine-unavailable`, fired as
 * `sixin-error` here, since the data controller never ran); index problems are the data controller's. It needs no
 * lifecycle hooks of its own: the data controller it drives is registered with the host, which cancels a fetch when
 * the element leaves the page.
 */
export class SearchIndexController {
  #engine?: EngineModule;
  #engineState: EngineState = 'idle';
  #activated = false;
  /**
   * The directory revision the index names (or the one its unreleased changes follow), shown under the results so an
   * answer can be read against its directory later.
   */
  revision?: { date: string; unreleased: boolean };

  readonly #host: SearchIndexHost;
  readonly #message: (problem: DataProblem) => string;
  readonly #loader: DataController<Searcher>;

  constructor(host: SearchIndexHost, message: (problem: DataProblem) => string) {
    this.#host = host;
    this.#message = message;
    this.#loader = new DataController<Searcher>(
      host,
      (value) => this.#prepare(value),
      (searcher) => searcher.termCount,
    );
  }

  /** The engine once imported: the results' rendering and words travel with it. */
  get engine(): EngineModule | undefined {
    return this.#engine;
  }

  get searcher(): Searcher | undefined {
    const { state } = this.#loader;
    return state.status === 'ready' ? state.value : undefined;
  }

  get state(): SearchIndexState {
    const engine = this.#engineState;
    const { state } = this.#loader;
    if (typeof engine === 'object') return { status: 'error', problem: engine, retryable: true };
    if (state.status === 'error') return { status: 'error', problem: state.problem, retryable: state.retryable };
    if (engine === 'loading' || state.status === 'loading') return { status: 'loading' };
    if (state.status === 'ready' && this.#engine)
      return { status: 'ready', searcher: state.value, engine: this.#engine };
    return { status: 'idle' };
  }

  /** Starts loading the search program and the index, once. */
  activate(): void {
    if (this.#activated) return;
    this.#activated = true;
    void this.#load();
  }

  /** `src` or `data` changed: load the new index, if the element has been used. */
  sourceChanged(): void {
    if (this.#activated) void this.#load();
  }

  /** The retry button: imports the engine again if that is what failed, otherwise fetches the index again. */
  retry(): void {
    if (typeof this.#engineState === 'object') void this.#load();
    else void this.#loader.retry();
  }

  async #load() {
    const host = this.#host;
    if (!this.#engine) {
      this.#setEngineState('loading');
      try {
        this.#engine = await loadEngine();
      } catch {
        const problem: DataProblem = { code: 'engine-unavailable', params: {} };
        this.#setEngineState(problem);
        emit(host, 'sixin-error', { source: 'engine', problem, message: this.#message(problem) });
        return;
      }
    }
    this.#setEngineState('ready');
    if (host.data !== undefined) this.#loader.use(host.data, 'data');
    else if (host.src) await this.#loader.load(host.src);
    else this.#loader.reject(new DataError({ code: 'no-source', params: {} }), 'src');
  }

  #setEngineState(state: EngineState) {
    this.#engineState = state;
    this.#host.requestUpdate();
  }

  /** Turns the loaded index into a searcher; anything it cannot read becomes a problem the element shows. */
  #prepare(value: unknown): Searcher {
    this.revision = stampOf(value);
    const key = typeof value === 'object' && value !== null ? value : undefined;
    const known = key && searchers.get(key);
    if (known) return known;
    let searcher: Searcher;
    try {
      searcher = this.#engine!.createSearcher(value as SearchIndex);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const host = this.#host;
      throw new DataError({
        code: 'not-search-index',
        params: { url: host.data !== undefined ? 'data' : host.src, reason },
      });
    }
    if (key) searchers.set(key, searcher);
    return searcher;
  }
}
