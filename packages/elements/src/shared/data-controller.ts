import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError } from './directory.js';
import type { DataProblem } from './strings.js';
import { langOf } from './localize.js';
import { stringsFor } from './strings.js';
import { emit } from './emit.js';

/** Where an element's data stands. Rendering follows it; nothing is ever thrown to the page. */
export type DataState<T> =
  | { status: 'idle' }
  | { status: 'loading'; source: string }
  | { status: 'ready'; source: string; value: T }
  | { status: 'error'; source: string; problem: DataProblem; retryable: boolean };

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Loads an element's data from a `src` URL or takes it from a `data` property, checks it with `parse`, and keeps the
 * state (loading / ready / error) that the element renders. Failures become an `error` state with a specific problem
 * and a `sixin-error` event; success fires `sixin-load`. A newer request always wins over an older one still running.
 */
export class DataController<T> implements ReactiveController {
  state: DataState<T> = { status: 'idle' };
  #abort?: AbortController;
  #lastSrc?: string;

  readonly #host: Host;
  readonly #parse: (value: unknown) => T;
  readonly #size: (value: T) => number;

  constructor(host: Host, parse: (value: unknown) => T, size: (value: T) => number) {
    this.#host = host;
    this.#parse = parse;
    this.#size = size;
    host.addController(this);
  }

  hostConnected(): void {
    // Disconnecting cancels a running request; an element moved elsewhere in the page picks it up again.
    if (this.state.status === 'loading' && this.#lastSrc) void this.load(this.#lastSrc);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Uses data handed over directly (the `data` property, or markup read from the page). */
  use(value: unknown, source: string): void {
    this.#abort?.abort();
    this.#lastSrc = undefined;
    this.#settle(source, () => this.#parse(value), false);
  }

  /** Fetches and checks JSON from `src`, relative to the page. Cookies are never sent. */
  async load(src: string, cache: RequestCache = 'default'): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#lastSrc = src;
    this.#set({ status: 'loading', source: src });
    let json: unknown;
    try {
      json = await fetchJson(src, abort.signal, cache);
    } catch (error) {
      if (!abort.signal.aborted) this.#fail(src, error, true);
      return;
    }
    if (!abort.signal.aborted) this.#settle(src, () => this.#parse(json), true);
  }

  /** Shows a problem found before any data could be handed over (such as unreadable markup). */
  reject(error: DataError, source: string): void {
    this.#abort?.abort();
    this.#lastSrc = undefined;
    this.#fail(source, error, false);
  }

  /** Loads the last `src` again (the retry button), asking the server rather than any cache that kept the failure. */
  retry(): Promise<void> {
    return this.#lastSrc ? this.load(this.#lastSrc, 'no-cache') : Promise.resolve();
  }

  /** Forgets the data (neither `src` nor `data` is set any more). */
  clear(): void {
    this.#abort?.abort();
    this.#lastSrc = undefined;
    this.#set({ status: 'idle' });
  }

  #settle(source: string, parse: () => T, retryable: boolean) {
    let value: T;
    try {
      value = parse();
    } catch (error) {
      this.#fail(source, error, retryable);
      return;
    }
    this.#set({ status: 'ready', source, value });
    emit(this.#host, 'sixin-load', { source, count: this.#size(value) });
  }

  #fail(source: string, error: unknown, retryable: boolean) {
    // Checks name every problem they know of; anything else they throw is still a problem with this data, shown with
    // a retry rather than left to the page (where the element would wait for ever). The console keeps the details.
    if (!(error instanceof DataError)) console.error('@sixin/elements: unexpected error while reading', source, error);
    const problem: DataProblem = error instanceof DataError ? error.problem : { code: 'unexpected', params: {} };
    this.#set({ status: 'error', source, problem, retryable });
    const message = stringsFor(langOf(this.#host)).strings.common.dataError(problem);
    emit(this.#host, 'sixin-error', { source, problem, message });
  }

  #set(state: DataState<T>) {
    this.state = state;
    this.#host.requestUpdate();
  }
}

/** Data files are well under 1 MB; a response larger than this is not ours, and is not read into the page. */
export const MAX_BYTES = 8 * 1024 * 1024;
/** Time from the request to the last byte, after which a response that trickles in is given up with a retry. */
export const FETCH_TIMEOUT_MS = 60_000;

/**
 * GETs `url` as JSON, turning each way it can fail into a {@link DataError} that says which: no connection, an HTTP
 * error, no answer within {@link FETCH_TIMEOUT_MS}, more than {@link MAX_BYTES}, or not JSON.
 */
export async function fetchJson(
  url: string,
  signal?: AbortSignal,
  cache: RequestCache = 'default',
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<unknown> {
  const limit = new AbortController();
  const stop = () => limit.abort();
  signal?.addEventListener('abort', stop);
  const timer = setTimeout(stop, timeoutMs);
  const fail = (code: DataProblem['code'], params: DataProblem['params'] = {}): never => {
    if (!signal?.aborted && limit.signal.aborted) code = 'timeout';
    throw new DataError({ code, params: code === 'timeout' ? { url, seconds: timeoutMs / 1000 } : { url, ...params } });
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: limit.signal, credentials: 'omit', cache });
    } catch {
      return fail('network');
    }
    if (!response.ok) return fail('http', { status: response.status });
    const tooLarge = () => fail('too-large', { megabytes: MAX_BYTES / 1024 / 1024 });
    if (Number(response.headers.get('content-length')) > MAX_BYTES) tooLarge();
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    try {
      const reader = response.body?.getReader();
      for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
        bytes += read.value.byteLength;
        if (bytes > MAX_BYTES) {
          void reader!.cancel();
          break;
        }
        chunks.push(read.value);
      }
    } catch {
      return fail('network');
    }
    if (bytes > MAX_BYTES) tooLarge();
    const body = new Uint8Array(bytes);
    chunks.reduce((at, chunk) => (body.set(chunk, at), at + chunk.byteLength), 0);
    try {
      return JSON.parse(new TextDecoder().decode(body));
    } catch {
      return fail('not-json');
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
