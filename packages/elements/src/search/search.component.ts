import { adoptStyles, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { SearchIndex, SearchResult, Searcher } from '@sixin/core/search';
import type { CategoryRecord } from '../shared/directory.js';
import { emit } from '../shared/emit.js';
import { SixinElement } from '../shared/element.js';
import { renderError } from '../shared/states.js';
import { tokenStyles } from '../shared/tokens.js';
import { fillHref, OWN_SITE } from '../shared/links.js';
import { categoryRecord } from './search.model.js';
import { QueryUrlController } from './query-url.controller.js';
import { SearchIndexController } from './search-index.controller.js';
import { searchStyles } from './search.styles.js';

/** Pause in typing after which the text is searched. */
const SEARCH_DELAY_MS = 250;
/**
 * Time results must stay unchanged before their count is announced: long enough that a screen reader does not talk
 * over someone still typing, short enough to follow the pause that produced them.
 */
const ANNOUNCE_DELAY_MS = 1000;
/** Categories offered in the suggestion list of the compact box. */
const SUGGESTIONS_MAX = 6;

/**
 * Business-scope search: someone pastes the 经营范围 of their business licence (or types a keyword, an industry code
 * such as `6513` or `1.3`, or pinyin initials such as `rgzn`) and sees which categories of the 四新经济 directory it
 * falls in, grouped level 1 › level 2 › level-3 direction, with how close each match is, the clauses that matched and
 * the words they matched, the GB/T 4754-2017 class behind it, and the clauses that matched nothing.
 *
 * The search index (`search-index.json`, written by `sixin export --out-dir`) and the search program are fetched the
 * first time the box gets focus, is submitted or is given a query; until then the element costs the page nothing.
 * Results update once typing pauses and on submit. With `compact`, the element is a one-line combobox whose
 * suggestion list offers the best categories while typing.
 *
 * @summary Find the 四新经济 categories of a business scope.
 * @tag sixin-scope-search
 * @tagname sixin-scope-search
 *
 * @slot - What the page shows without JavaScript (typically a `<form action="/search/">` with a `q` field). Hidden
 *   once the element runs; text already typed into a `q` field there is taken over.
 * @slot not-found - Next steps shown when nothing in the directory matches, replacing the default ones (rephrase,
 *   browse the directory, ask the 区市场监督管理局). Use it to name your own office and contact details.
 *
 * @fires {SixinSearchEvent} sixin-search - Results are shown for a text (typing paused, submit, initial query, back
 *   button). `detail.query` is the text, `detail.result` the engine's full result.
 * @fires {SixinSelectEvent} sixin-select - The user chose a category: a link in the results or a suggestion.
 *   `detail.category` is a directory record (level 2, or a level-3 direction with the classes it matched through),
 *   `detail.href` the link. Cancelable: `preventDefault()` keeps the link from being followed.
 * @fires {SixinLoadEvent} sixin-load - The index was loaded and prepared; `detail.count` vocabulary terms.
 * @fires {SixinErrorEvent} sixin-error - The index or the search program could not be loaded; the element shows why.
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - The form around the text box and button.
 * @csspart label - The text box's visible label.
 * @csspart hint - The line under the label that says what can be typed.
 * @csspart input - The text box (a `textarea`; an `input` with `compact`).
 * @csspart submit-button - The search button.
 * @csspart listbox - The suggestion list of the compact box.
 * @csspart option - A suggestion.
 * @csspart option-active - The suggestion chosen with the arrow keys, besides `option`.
 * @csspart results - Everything under the form once there are results.
 * @csspart answer - The answer that leads a result: one sentence, a line per clause, the way on to the checker.
 * @csspart clauses - The list with one line for every clause of the text (in the directory, possibly, outside it, not
 *   recognised); each line is a `clause-line` with `data-status` `in`, `possible`, `outside`, `code`, `generic` or `none`.
 * @csspart clause-line - One clause of the text and where it landed.
 * @csspart checker-link - 用这段经营范围做资格自查: the link to the checker (`checker-href`) carrying the text.
 * @csspart why - The 为什么 disclosure of a category: the clauses that matched and the national classes behind it.
 * @csspart inferred - The note beside a direction whose place in the directory awaits confirmation.
 * @csspart heading - Headings of the results (how many categories, what matched nothing).
 * @csspart group - The results under one level-1 industry.
 * @csspart group-heading - The code and name of that industry.
 * @csspart result - One level-2 category.
 * @csspart category-link - The link (or, without `href-template`, the button) of a level-2 category.
 * @csspart direction - One level-3 direction under a result.
 * @csspart direction-link - The link (or button) of a direction.
 * @csspart strength - How close the match is (很可能属于 / 可能属于，需核实).
 * @csspart industries - The GB/T 4754-2017 classes of a match.
 * @csspart reasons - The list of clauses that matched (at most three distinct ones per category).
 * @csspart clause - A clause of the user's text.
 * @csspart mark - The words of a clause that matched.
 * @csspart badge - Labels such as 许可项目 (a permit is required).
 * @csspart not-found - The box shown when nothing matches.
 * @csspart notice - Notes about the search itself, such as a text that was too long and was clipped.
 * @csspart message - Loading and other plain messages.
 * @csspart error - The box that says why the search could not be loaded.
 * @csspart retry-button - The button that tries again.
 * @csspart revision - The line under the results naming the directory revision that answers (目录版本：2021-12-30), when the index names one.
 *
 * @cssprop [--sixin-font-family=system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Font of all text.
 * @cssprop [--sixin-font-size=1em] - Base font size (the surrounding text's size by default).
 * @cssprop [--sixin-line-height=1.5] - Line height.
 * @cssprop [--sixin-space=0.5em] - Base spacing unit.
 * @cssprop [--sixin-radius=4px] - Corner radius of boxes and buttons.
 * @cssprop [--sixin-color-text=#1b1f24] - Text colour (dark theme: #e6edf3).
 * @cssprop [--sixin-color-text-muted=#555f6b] - Hints, codes and explanations (dark: #a8b3bf).
 * @cssprop [--sixin-color-surface=#ffffff] - Background (dark: #161b22).
 * @cssprop [--sixin-color-surface-hover=#eef3fa] - Background of the suggestion under the pointer (dark: #21262d).
 * @cssprop [--sixin-color-border=#8c959f] - Borders of the text box and results (dark: #6e7781).
 * @cssprop [--sixin-color-accent=#0b57d0] - Links, the button, close matches (dark: #79b8ff).
 * @cssprop [--sixin-color-accent-surface=#e3edfd] - Background of the active suggestion and close matches (dark: #1f3a5f).
 * @cssprop [--sixin-color-highlight=#ffe58f] - Background of matched words (dark: #ffd33d).
 * @cssprop [--sixin-color-highlight-text=#1b1f24] - Text of matched words (dark: #0d1117).
 * @cssprop [--sixin-color-warning=#7a4d00] - Badges, possible matches, notices (dark: #f2cc60).
 * @cssprop [--sixin-color-warning-surface=#fff4d6] - Background of badges and notices (dark: #3b2e00).
 * @cssprop [--sixin-color-danger=#a40e26] - Error text and border (dark: #ff9492).
 * @cssprop [--sixin-color-danger-surface=#ffebe9] - Error background (dark: #3d1618).
 * @cssprop [--sixin-focus-color=#0b57d0] - Focus ring colour (dark: #79b8ff).
 * @cssprop [--sixin-focus-width=3px] - Focus ring width.
 */
export class SixinScopeSearch extends SixinElement {
  static override styles = [tokenStyles, searchStyles];

  static override get properties() {
    return {
      src: {},
      data: { attribute: false },
      hrefTemplate: { attribute: 'href-template' },
      checkerHref: { attribute: 'checker-href' },
      directoryHref: { attribute: 'directory-href' },
      query: {},
      label: {},
      compact: { type: Boolean, reflect: true },
      syncUrl: { type: Boolean, attribute: 'sync-url' },
      limit: { type: Number },
      headingLevel: { type: Number, attribute: 'heading-level' },
      liveResult: { state: true },
      shownResult: { state: true },
      announcement: { state: true },
      listOpen: { state: true },
      activeOption: { state: true },
    };
  }

  /**
   * URL of the search index, `search-index.json` as written by `sixin export --out-dir` (the site publishes it at
   * `/data/search-index.json`). Relative URLs resolve against the page; fetched without cookies, the first time the
   * element is used. Ignored while `data` is set.
   */
  src = '';

  /** The search index itself (the parsed `search-index.json`). Takes precedence over `src`. */
  data: SearchIndex | undefined = undefined;

  /**
   * Link of a category: `{id}` is replaced by its id (`1.3`, `1.3/xinxing-ruanjian-kaifa`), `{code}` by its code.
   * Set it to an empty string to show buttons that only fire `sixin-select` (a picker).
   */
  hrefTemplate = OWN_SITE + '/directory/{id}/';

  /**
   * The eligibility checker's page, offered under a result as 用这段经营范围做资格自查 with the text as `?q=` (the
   * checker reads it into its first step). Empty: no link.
   */
  checkerHref = OWN_SITE + '/checker/';

  /** Link to the whole directory, offered when nothing matches. Empty: no link. */
  directoryHref = OWN_SITE + '/directory/';

  /** The text in the box. Setting it searches at once (and loads the index if needed). */
  query = '';

  /** Visible label of the box (default 经营范围或关键词 / Business scope or keyword). */
  label = '';

  /** A one-line combobox with a suggestion list instead of the text area (for headers and narrow places). */
  compact = false;

  /**
   * Keeps the text in the page URL as `?q=…`, so that a result can be shared and the back button works: typing
   * updates the current history entry, submitting adds one. A `q` already in the URL is searched on load.
   */
  syncUrl = false;

  /** Most categories shown (default 10). */
  limit = 10;

  /** Level of the headings in the results (default 2: the page's `h1` is above the element); groups are one below. */
  headingLevel = 2;

  /** The result of the text as typed (the suggestions of the compact box). */
  private liveResult: SearchResult | undefined = undefined;
  /** The result shown under the form: the live one, or with `compact` the last one submitted. */
  private shownResult: SearchResult | undefined = undefined;
  private announcement = '';
  private listOpen = false;
  private activeOption = -1;

  readonly #index = new SearchIndexController(this, (problem) => this.localize.strings.common.dataError(problem));
  readonly #url = new QueryUrlController(this, (query) => {
    this.query = query;
    // Also when the query is unchanged (a hash change): the element shows what the entry says.
    this.#runSearch(true);
  });
  #searchedWith?: Searcher;
  #searchedQuery?: string;
  #pendingSubmit = false;
  /** The query changed because the user typed: search once typing pauses rather than at once. */
  #typed = false;
  #searchTimer?: ReturnType<typeof setTimeout>;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #focusInputAfterUpdate = false;
  #resultStylesAdopted = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#announceTimer);
  }

  /** Moves focus to the text box. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
  }

  get #input(): HTMLInputElement | HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>('#input') ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.#adoptEarlyInput();
    if (changed.has('syncUrl') && this.syncUrl) {
      const entryQuery = this.#url.start();
      if (entryQuery && !this.query) this.query = entryQuery;
    }
    if (changed.has('src') || changed.has('data')) this.#index.sourceChanged();
    if (changed.has('query')) {
      if (this.query.trim()) this.#index.activate();
      if (this.#typed) {
        this.#typed = false;
        clearTimeout(this.#searchTimer);
        this.#searchTimer = setTimeout(() => this.#runSearch(false), SEARCH_DELAY_MS);
      } else this.#runSearch(false);
    }
    const searcher = this.#index.searcher;
    if (searcher && searcher !== this.#searchedWith) this.#runSearch(this.#pendingSubmit);
    // The results' styles come with the engine (search.results.styles.ts), after the element's own, before any result.
    const engine = this.#index.engine;
    if (engine && !this.#resultStylesAdopted) {
      this.#resultStylesAdopted = true;
      const own = (this.constructor as typeof SixinScopeSearch).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...own, engine.resultStyles(css)]);
    }
  }

  protected override updated(): void {
    if (this.#focusInputAfterUpdate) {
      this.#focusInputAfterUpdate = false;
      this.focus();
    }
  }

  /**
   * Takes over what was typed into the page's own form before the element ran (a slow connection), and the focus
   * with it, so nothing typed is lost.
   */
  #adoptEarlyInput() {
    const early = this.querySelector<HTMLInputElement | HTMLTextAreaElement>('textarea[name="q"], input[name="q"]');
    if (!early?.value.trim()) return;
    this.query = early.value;
    if (document.activeElement === early) this.#focusInputAfterUpdate = true;
  }

  #runSearch(submitted: boolean) {
    clearTimeout(this.#searchTimer);
    const searcher = this.#index.searcher;
    if (!searcher) {
      this.#pendingSubmit ||= submitted;
      return;
    }
    const query = this.query;
    // The back button sets the query and searches it at once; the update that follows must not search it again.
    if (!submitted && searcher === this.#searchedWith && query === this.#searchedQuery) return;
    this.#searchedWith = searcher;
    this.#searchedQuery = query;
    this.#pendingSubmit = false;
    let result: SearchResult | undefined;
    if (query.trim()) {
      const limit = Number.isInteger(this.limit) && this.limit > 0 ? this.limit : 10;
      result = searcher.search(query, { limit });
    }
    this.liveResult = result;
    if (!this.compact || submitted || !result) this.shownResult = result;
    this.listOpen = this.compact && !submitted && !!result?.categories.length && this.matches(':focus-within');
    this.activeOption = -1;
    this.#url.write(result?.query ?? '', submitted);
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => (this.announcement = this.#summaryOf(result)), ANNOUNCE_DELAY_MS);
    if (result) emit(this, 'sixin-search', { query, result });
  }

  /** One sentence about a result, for the live region (a result means the engine, and its words, are here). */
  #summaryOf(result: SearchResult | undefined): string {
    const engine = this.#index.engine;
    return result && engine ? engine.summaryOf(this.localize.lang, result) : '';
  }

  #onInput(event: InputEvent) {
    // While an input method is composing, the box holds pinyin, not the characters the user means.
    if (event.isComposing) return;
    this.#takeInput(event.target as HTMLTextAreaElement);
  }

  #onCompositionEnd(event: CompositionEvent) {
    this.#takeInput(event.target as HTMLTextAreaElement);
  }

  #takeInput(input: HTMLInputElement | HTMLTextAreaElement) {
    if (input.value === this.query) return;
    this.#typed = true;
    this.query = input.value;
    // Cleared now, so the same sentence is announced again for the next result, and nothing is said while typing.
    clearTimeout(this.#announceTimer);
    this.announcement = '';
  }

  #onKeydown(event: KeyboardEvent) {
    // Enter and Escape confirm or cancel an input method's candidates while it composes (Safari reports that Enter
    // with key code 229 after compositionend).
    if (event.isComposing || event.keyCode === 229 || event.altKey || event.ctrlKey || event.metaKey) return;
    const options = this.#suggestions();
    switch (event.key) {
      case 'Enter':
        if (event.shiftKey && !this.compact) return;
        if (this.listOpen && this.activeOption >= 0) this.#chooseSuggestion(this.activeOption);
        else this.#submit();
        break;
      case 'Escape':
        if (!this.compact) return;
        if (this.listOpen) this.listOpen = false;
        else if (this.query) this.query = '';
        else return;
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!this.compact || !options.length) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const count = options.length;
        this.activeOption =
          !this.listOpen || this.activeOption < 0
            ? step > 0
              ? 0
              : count - 1
            : (this.activeOption + step + count) % count;
        this.listOpen = true;
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  }

  #submit() {
    this.#index.activate();
    this.listOpen = false;
    this.#runSearch(true);
  }

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    this.#submit();
  };

  #onFocusIn = () => this.#index.activate();

  #onFocusOut = (event: FocusEvent) => {
    if (!this.shadowRoot?.contains(event.relatedTarget as Node | null)) this.listOpen = false;
  };

  #onRetry = () => {
    this.#focusInputAfterUpdate = true;
    this.#index.retry();
  };

  #suggestions() {
    return this.compact && this.liveResult ? this.liveResult.categories.slice(0, SUGGESTIONS_MAX) : [];
  }

  #chooseSuggestion(index: number) {
    const category = this.#suggestions()[index];
    if (!category) return;
    this.listOpen = false;
    const record = categoryRecord(category);
    const href = this.hrefTemplate ? fillHref(this.hrefTemplate, record) : undefined;
    if (this.#select(record, href) && href) location.assign(href);
  }

  /** Fires `sixin-select`; false when a listener cancelled it. */
  #select(category: CategoryRecord, href: string | undefined): boolean {
    return !emit(this, 'sixin-select', href ? { category, href } : { category }, { cancelable: true }).defaultPrevented;
  }

  protected override render(): TemplateResult {
    const { engine, revision } = this.#index;
    return html`<div class="base" part="base">
      ${this.#renderForm()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.#renderState()}
      ${revision && engine ? html`<p part=revision>${engine.revisionText(this.localize.lang, revision.date, revision.unreleased)}</p>` : ''}
    </div>`;
  }

  #renderForm(): TemplateResult {
    const strings = this.localize.strings.search;
    const options = this.#suggestions();
    const open = this.listOpen && options.length > 0;
    const box = this.compact
      ? html`<input
          id="input"
          part="input"
          type="text"
          name="q"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${String(open) as 'true' | 'false'}
          aria-controls="listbox"
          aria-activedescendant=${open && this.activeOption >= 0 ? `option-${this.activeOption}` : nothing}
          aria-describedby="hint"
          .value=${this.query}
          @input=${this.#onInput}
          @compositionend=${this.#onCompositionEnd}
          @keydown=${this.#onKeydown}
        />`
      : html`<textarea
          id="input"
          part="input"
          name="q"
          rows="4"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="hint"
          .value=${this.query}
          @input=${this.#onInput}
          @compositionend=${this.#onCompositionEnd}
          @keydown=${this.#onKeydown}
        ></textarea>`;
    return html`<form
      class="form"
      part="form"
      role="search"
      aria-labelledby="label"
      @submit=${this.#onSubmit}
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
    >
      <label id="label" for="input" part="label">${this.label || strings.label}</label>
      <span class="hint" id="hint" part="hint">${this.compact ? strings.compactHint : strings.hint}</span>
      <div class="row">
        <div class="box">
          ${box}
          ${
            this.compact
              ? html`<ul id="listbox" role="listbox" part="listbox" aria-label=${strings.suggestions} ?hidden=${!open}>
                ${options.map(
                  (category, i) => html`<li
                    id="option-${i}"
                    role="option"
                    part=${i === this.activeOption ? 'option option-active' : 'option'}
                    aria-selected=${String(i === this.activeOption) as 'true' | 'false'}
                    @mousedown=${(event: MouseEvent) => event.preventDefault()}
                    @click=${() => this.#chooseSuggestion(i)}
                  >
                    <span class="code">${category.code}</span> ${category.name}
                    <span class="option-note">${category.parent.name} · ${this.#index.engine?.strengthLabel(category.strength, this.localize.lang)}</span>
                  </li>`,
                )}
              </ul>`
              : nothing
          }
        </div>
        <button type="submit" class="primary" part="submit-button">${strings.submit}</button>
      </div>
    </form>`;
  }

  #renderState(): TemplateResult | typeof nothing {
    const strings = this.localize.strings;
    const state = this.#index.state;
    if (state.status === 'error')
      return renderError(this.localize, state.problem, state.retryable ? this.#onRetry : undefined);
    if (state.status === 'loading') {
      return html`<p class="message" part="message" role="status">${strings.search.loading}</p>`;
    }
    const result = this.shownResult;
    const engine = this.#index.engine;
    if (!result || !engine) return nothing;
    return engine.renderResult(
      {
        html,
        nothing,
        lang: this.localize.lang,
        level: this.headingLevel,
        hrefTemplate: this.hrefTemplate,
        directoryHref: this.directoryHref,
        checkerHref: this.checkerHref,
        select: (category, href) => this.#select(category, href),
      },
      result,
    );
  }
}
