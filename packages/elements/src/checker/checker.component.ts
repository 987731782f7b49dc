import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Localized, RulesData, Sentence } from '@sixin/core';
import {
  contextFromSearch,
  evaluate,
  suggestedOption,
  walk,
  RulesError,
  type Answers,
  type CheckContext,
  type CheckResult,
} from '@sixin/core/rules';
import { DataController, fetchJson } from '../shared/data-controller.js';
import { parseDirectory } from '../shared/directory.js';
import { CATEGORY_ID, fillTemplate, OWN_SITE } from '../shared/links.js';
import { emit } from '../shared/emit.js';
import { SixinElement } from '../shared/element.js';
import { renderError, renderLoading } from '../shared/states.js';
import { revisionWords, stampOf, type Stamped } from '../shared/revision.js';
import { tokenStyles } from '../shared/tokens.js';
import type { DataProblem } from '../shared/strings.js';
import type { SixinSelectEvent } from '../events/sixin-select.js';
import type { SixinSearchEvent } from '../events/sixin-search.js';
import { parseRules } from './rules-data.js';
import { pathAnswers, stepOf, viewAfter, viewBefore, type View } from './flow.js';
import { checkAgainstRules, readFragment, writeFragment, type SharedState } from './url-state.js';
import { AnswersUrlController } from './answers-url.controller.js';
import { checkerStyles } from './checker.styles.js';
import { renderResult, type ResultPage } from './checker.result.js';

/**
 * A category as step 1 shows it. Categories restored from a link carry only their id until the directory names them.
 * `possible`: the search found it only possibly related, which suggests no answer.
 */
interface FoundCategory {
  id: string;
  code?: string | null;
  name?: string;
  possible?: boolean;
}

/** What step 1 found: by the business-scope search, by a choice in the tree, or restored from a shared link. */
interface Found {
  via: 'search' | 'tree' | 'link';
  categories: FoundCategory[];
  licensed: boolean;
}

const SEARCH_TAG = 'sixin-scope-search';

const TREE_TAG = 'sixin-category-tree';
/**
 * The eligibility checker: walks a business owner from "what does your business do?" to "these measures of the
 * policy apply to you, because…", one question at a time in the GOV.UK question-page style. Every question, answer
 * and outcome comes from the published rules (`rules.json`); the element adds only its own buttons and headings.
 *
 * 1. Step 1 (when `search-src` or `tree-src` is set and that element is registered): paste a 经营范围 into the embedded
 *    `<sixin-scope-search>` or choose a category in the embedded `<sixin-category-tree>`. A category very likely
 *    (a strong match) or chosen pre-selects the answer to the directory question, which the person still confirms; a
 *    "possible" match pre-selects nothing. 许可项目 in the pasted text flag the permit question.
 * 2. The questions: the question is the legend and the heading, help and terms under it, a Back link, 继续, and
 *    "第 X 步" shown and announced. Focus moves to each new heading; continuing without an answer shows an error
 *    summary.
 * 3. Check your answers, with a 修改 (Change) link on each.
 * 4. The result, led by the answer: a summary sentence with print, share and start over, then for each measure
 *    applies / may apply (those that do not apply folded away) and why, the clauses cited (linked to the policy
 *    page), what to bring and whom to contact; red lines under "您需要遵守" as plain warnings, without a status; what
 *    every covered business can also expect; the guidance-only line and a link to how the check decides. Sentences that explain
 *    something outside the policy are marked so, with their source.
 *
 * The answers live in the page's URL fragment (`#answers=v1;…`, see `url-state.ts`), so the result can be shared and
 * reloaded; nothing is sent anywhere. Set `url-state="none"` to leave the page's URL alone.
 *
 * @summary Eligibility checker: which measures of the 四新经济 policy apply to a business, and why.
 * @tag sixin-eligibility-checker
 * @tagname sixin-eligibility-checker
 *
 * @slot - What the page shows without JavaScript (for example, how to check by hand). Shown while the rules load or
 *   when they fail; hidden once the checker runs.
 *
 * @fires {SixinCheckerCompleteEvent} sixin-checker-complete - The result is shown. `detail.answers`,
 *   `detail.context`, `detail.outcomes` (one per measure, as `evaluate()` of `@sixin/core` returns them) and
 *   `detail.fragment` (the `#answers=…` that reopens it).
 * @fires {SixinLoadEvent} sixin-load - The rules were loaded; `detail.count` questions.
 * @fires {SixinErrorEvent} sixin-error - The rules could not be loaded or are not valid; the element shows why.
 *
 * @csspart base - The wrapper around everything.
 * @csspart step - "第 X 步" above a heading.
 * @csspart heading - The heading of each page (the question, 检查您的回答, the result).
 * @csspart back-link - The Back link.
 * @csspart question - The fieldset of a question.
 * @csspart help - The help text under a question.
 * @csspart note - A note under a question, such as the 许可项目 found in the business scope.
 * @csspart term - The expandable explanation of a term (`details`).
 * @csspart option - One answer: the radio button, its label and its hint.
 * @csspart option-hint - The extra line under an answer.
 * @csspart error-summary - The box listing what to fix, at the top of a question.
 * @csspart error-message - The error line inside the question.
 * @csspart button - Every button, besides its own part.
 * @csspart continue-button - 继续, 确认并查看结果: the main button of a page.
 * @csspart find - Step 1.
 * @csspart found - What step 1 found or the category chosen.
 * @csspart summary-list - The list of answers (check your answers, and on the result).
 * @csspart change-link - A 修改 (Change) link.
 * @csspart measure - The result of one measure; also `measure-applies`, `measure-may-apply` or `measure-does-not-apply`.
 * @csspart status - The applies / may apply / does not apply label of a measure.
 * @csspart result-summary - The sentence that answers first on the result: what applies overall, and how many.
 * @csspart overall-status - The applies / may apply / does not apply label in that sentence.
 * @csspart duties - "您需要遵守": the red lines to keep to, without a status label.
 * @csspart not-applying - The folded list (`details`) of the measures that do not apply.
 * @csspart warning - A red-line warning.
 * @csspart clause-link - A link to a cited clause of the policy.
 * @csspart contact-link - An office named in the result, linked to its contact details (`contact-href-template`).
 * @csspart disclaimer - The line that the result is guidance, not a legal ruling.
 * @csspart revision - The line under the result summary naming the directory revision the result answers against
 *   (目录版本：2021-12-30), when the rules name one; for a shared link whose answers were given against another
 *   revision, the note that says so.
 * @csspart how-link - The link to the page on how the check decides (`how-href`).
 * @csspart outside - The mark after a sentence that is not from the policy, naming its source.
 * @csspart suggestion - The note on the directory question naming the categories that pre-selected its answer.
 * @csspart expectations - "您还可以期待": what every business the policy covers can also expect, under the result.
 * @csspart actions - The print, change and start-again buttons.
 * @csspart share - The share box with the result link.
 * @csspart share-link - The text box holding the result link.
 * @csspart link-problem - The message shown for a damaged or out-of-date shared link.
 * @csspart message - The loading message.
 * @csspart error - The box that says why the rules could not be loaded.
 * @csspart retry-button - The button that loads `src` again.
 *
 * @cssprop [--sixin-font-family=system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Font of all text.
 * @cssprop [--sixin-font-size=1em] - Base font size (the surrounding text's size by default).
 * @cssprop [--sixin-line-height=1.5] - Line height.
 * @cssprop [--sixin-space=0.5em] - Base spacing unit.
 * @cssprop [--sixin-radius=4px] - Corner radius of boxes and buttons.
 * @cssprop [--sixin-checker-max-width=40em] - Width of the text column.
 * @cssprop [--sixin-color-text=#1b1f24] - Text colour (dark theme: #e6edf3).
 * @cssprop [--sixin-color-text-muted=#555f6b] - Step, hints and summaries (dark: #a8b3bf).
 * @cssprop [--sixin-color-surface=#ffffff] - Background (dark: #161b22).
 * @cssprop [--sixin-color-surface-hover=#eef3fa] - Background of hovered buttons, "does not apply" labels (dark: #21262d).
 * @cssprop [--sixin-color-border=#8c959f] - Borders and radio buttons (dark: #6e7781).
 * @cssprop [--sixin-color-accent=#0b57d0] - Links, the main button, "applies" (dark: #79b8ff).
 * @cssprop [--sixin-color-accent-surface=#e3edfd] - Background of "applies" labels and notes (dark: #1f3a5f).
 * @cssprop [--sixin-color-warning=#7a4d00] - "May apply" labels (dark: #f2cc60).
 * @cssprop [--sixin-color-warning-surface=#fff4d6] - Background of "may apply" labels (dark: #3b2e00).
 * @cssprop [--sixin-color-danger=#a40e26] - Errors and red-line warnings (dark: #ff9492).
 * @cssprop [--sixin-color-danger-surface=#ffebe9] - Background of errors and warnings (dark: #3d1618).
 * @cssprop [--sixin-focus-color=#0b57d0] - Focus ring colour (dark: #79b8ff).
 * @cssprop [--sixin-focus-width=3px] - Focus ring width.
 */
export class SixinEligibilityChecker extends SixinElement {
  static override styles = [tokenStyles, checkerStyles];

  static override get properties() {
    return {
      src: {},
      data: { attribute: false },
      searchSrc: { attribute: 'search-src' },
      treeSrc: { attribute: 'tree-src' },
      hrefTemplate: { attribute: 'href-template' },
      policyHrefTemplate: { attribute: 'policy-href-template' },
      howHref: { attribute: 'how-href' },
      contactHrefTemplate: { attribute: 'contact-href-template' },
      urlState: { attribute: 'url-state' },
      view: { state: true },
      answers: { state: true },
      found: { state: true },
      showError: { state: true },
      announcement: { state: true },
      copyStatus: { state: true },
    };
  }

  /** URL of `rules.json` (written by `sixin export --out-dir`; the site publishes it at `/data/rules.json`). */
  src = '';

  /** The rules themselves (`RulesData` of `@sixin/core`). Takes precedence over `src`. */
  data: RulesData | undefined = undefined;

  /** URL of the search index for the embedded `<sixin-scope-search>` in step 1 (`/data/search-index.json`). */
  searchSrc = '';

  /** URL of the directory for the embedded `<sixin-category-tree>` in step 1 (`/data/tree.json`). */
  treeSrc = '';

  /** Links categories named in the answers to their pages: `{id}` is the category id. Example: `/directory/{id}/`. */
  hrefTemplate = '';

  /**
   * Link to a cited clause of the policy: `{anchor}` becomes the clause's fragment id (`clause-4-2`), `{id}` the
   * clause id (`4.2`). The default fits this project's site.
   */
  policyHrefTemplate = OWN_SITE + '/policy/#{anchor}';

  /**
   * Link to the public page that shows how the check decides (every question, rule and sentence beside the policy's
   * words), offered with the result. The default fits this project's site; an empty value shows no link.
   */
  howHref = OWN_SITE + '/checker/how-it-decides/';

  /**
   * Link of an office the result asks you to contact: `{id}` becomes the contact's id (`amr`). The default fits this
   * project's site (its contacts page, with address, phone and hours where they are known); empty: names only.
   */
  contactHrefTemplate = OWN_SITE + '/contacts/#{id}';

  /**
   * `hash` (default): keep the answers in the page's URL fragment, restore them from it, and offer the link for
   * sharing. `none`: leave the page's URL alone (for pages that use the fragment themselves, or a second checker).
   */
  urlState: 'hash' | 'none' = 'hash';

  private view: View = { name: 'find' };
  private answers: Answers = {};
  private found: Found | undefined = undefined;
  private showError = false;
  private announcement = '';
  private copyStatus = '';

  /**
   * `?q=` of the page when the checker started: a business scope carried over from the search's
   * 用这段经营范围做资格自查, searched at once in step 1.
   */
  readonly #carriedQuery = typeof location === 'undefined' ? '' : (new URLSearchParams(location.search).get('q') ?? '');
  readonly #loader = new DataController<RulesData>(
    this,
    (value) => {
      const stamp = stampOf(value);
      this.#revision = (value as Stamped)?.revision?.date;
      this.#unreleasedAfter = stamp?.unreleased ? stamp.date : undefined;
      return parseRules(value);
    },
    (rules) => rules.questions.length,
  );
  readonly #url = new AnswersUrlController(this, {
    rules: () => this.#rules,
    shared: () => this.#sharedState(),
    entry: (view, fragment, ownLink) => this.#showEntry(view, fragment, ownLink),
    open: (fragment) => this.#restore(fragment, true),
  });
  /** The directory revision the rules answer against (`revision.date` of rules.json), named with the result. */
  #revision?: string;
  /** For rules with changes not yet released, the revision they follow (named, never put in a link). */
  #unreleasedAfter?: string;
  /** The revision a shared link says its answers were given against, until they are answered again. */
  #givenAt?: string;
  #rules?: RulesData;
  /** Licensed items of the last search, kept when a category is then chosen in the tree. */
  #searchLicensed = false;
  /** The person came from "check your answers" with 修改: continuing returns there. */
  #returning = false;
  #focusTarget?: 'heading' | 'error-summary';
  #completedFor?: string;
  /** Folded parts opened for printing, closed again after (browsers without `::details-content` print them folded). */
  #openedForPrint: HTMLDetailsElement[] = [];
  readonly #beforePrint = () => {
    this.#openedForPrint = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of this.#openedForPrint) details.open = true;
  };
  readonly #afterPrint = () => {
    for (const details of this.#openedForPrint) details.open = false;
    this.#openedForPrint = [];
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#beforePrint);
    addEventListener('afterprint', this.#afterPrint);
    // Step 1 shows the embedded elements only once they are registered (a page may load them after the checker).
    for (const tag of [SEARCH_TAG, TREE_TAG]) {
      if (!customElements.get(tag)) void customElements.whenDefined(tag).then(() => this.requestUpdate());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#beforePrint);
    removeEventListener('afterprint', this.#afterPrint);
  }

  /** Clears every answer and the link, and goes back to the first step. */
  restart(): void {
    this.answers = {};
    this.found = this.#givenAt = undefined;
    this.#searchLicensed = false;
    this.#returning = false;
    this.#completedFor = undefined;
    this.#go(this.#firstView(), true, 'start');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') || changed.has('src') || !this.hasUpdated) {
      if (this.data) this.#loader.use(this.data, 'data');
      else if (this.src) void this.#loader.load(this.src);
      else this.#loader.clear();
    }
    const { state } = this.#loader;
    const rules = state.status === 'ready' ? state.value : undefined;
    if (rules !== this.#rules) {
      this.#rules = rules;
      if (rules) this.#restore(this.#url.fragment, false);
    }
  }

  protected override updated(): void {
    if (this.#focusTarget) {
      const selector = this.#focusTarget === 'heading' ? '.heading' : '.error-summary';
      const target = [...this.renderRoot.querySelectorAll<HTMLElement>(selector)].find((el) => !el.closest('[hidden]'));
      this.#focusTarget = undefined;
      target?.focus();
    }
    if (this.view.name === 'result' && this.#rules) this.#announceComplete(this.#rules);
  }

  get #hasFind(): boolean {
    return (!!this.searchSrc && !!customElements.get(SEARCH_TAG)) || (!!this.treeSrc && !!customElements.get(TREE_TAG));
  }

  /** What step 1 contributes: the categories that suggest an answer (not the possible ones), and 许可项目. */
  get #context(): CheckContext | undefined {
    const found = this.found;
    const categories = this.#suggesting.map((c) => c.id);
    return found && (categories.length || found.licensed) ? { categories, licensed: found.licensed } : undefined;
  }

  /** The categories very likely (strong matches), chosen or restored from a link. */
  get #suggesting(): FoundCategory[] {
    return this.found?.categories.filter((c) => !c.possible) ?? [];
  }

  #firstView(): View {
    return this.#hasFind ? { name: 'find' } : viewAfter(this.#rules!, this.answers, this.#context, null, false);
  }

  /** Shows `view`, moves focus to its heading, announces the step, and keeps the URL fragment up to date. */
  #go(view: View, focus = true, entry: 'replace' | 'push' | 'start' | 'keep' = 'replace'): void {
    this.view = view;
    this.showError = false;
    this.copyStatus = '';
    if (focus) this.#focusTarget = 'heading';
    const step = this.#rules && stepOf(this.#rules, this.answers, this.#context, view, this.#hasFind);
    this.announcement = step ? this.localize.strings.checker.stepOf(step) : '';
    if (view.name !== 'link-problem' && entry !== 'keep') this.#url.write(view, entry);
  }

  #sharedState(): SharedState | undefined {
    const answers = pathAnswers(this.#rules!, this.answers, this.#context);
    const context = this.#context;
    if (!Object.keys(answers).length && !context) return undefined;
    return { answers, ...(context && { context }), revision: this.#givenAt ?? this.#revision };
  }

  /**
   * The browser's Back or Forward to an entry of ours: the page it showed, with the answers its link holds. The Back
   * and 修改 links go through the history too, and keep the way back to the summary of someone changing an answer.
   */
  #showEntry(view: View, fragment: string, ownLink: boolean): void {
    const rules = this.#rules!;
    const read = readFragment(fragment);
    // Answers given since are kept, so that the question shows the answer the person chose (as the Back link does).
    if (read.kind === 'state') this.answers = { ...this.answers, ...read.state.answers };
    const { steps, next } = walk(rules, this.answers, this.#context);
    const shown =
      view.name === 'question'
        ? next?.id === view.question || steps.some((s) => s.question.id === view.question)
        : view.name === 'find'
          ? this.#hasFind
          : !next;
    this.#returning &&= ownLink;
    // The entry keeps its own link, so that reloading it opens the same page.
    if (shown) this.#go(view, true, 'keep');
    else this.#restore(fragment, true);
  }

  /** Opens the state in a URL fragment (a shared link, a reload), or starts afresh when it holds none. */
  #restore(fragment: string, focus: boolean): void {
    const rules = this.#rules!;
    const read = readFragment(fragment);
    if (read.kind === 'none') {
      this.restart();
      if (!focus) this.#focusTarget = undefined;
      return;
    }
    // Its explanation was asked for when the rules arrived or the link was pasted (answers-url.controller.ts).
    if (read.kind === 'problem') return this.#go({ name: 'link-problem', problem: read.problem }, focus);
    const problem = checkAgainstRules(rules, read.state);
    if (problem) return this.#go({ name: 'link-problem', problem }, focus);
    const { answers, context } = read.state;
    this.answers = answers;
    this.#givenAt = read.state.revision;
    this.found = context
      ? { via: 'link', categories: context.categories.map((id) => ({ id })), licensed: context.licensed }
      : undefined;
    if (context?.categories.length) void this.#nameLinkCategories(context.categories);
    this.#searchLicensed = context?.licensed ?? false;
    this.#returning = false;
    this.#go(
      walk(rules, answers, context).next ? viewAfter(rules, answers, context, null, true) : { name: 'result' },
      focus,
      'start',
    );
  }

  /**
   * Names the categories a shared link carries from the directory (`tree-src`), so that the page never shows an id
   * it has not checked; a link naming a category the directory no longer has is out of date. Without the directory
   * they stay unnamed ("the categories saved in the link").
   */
  async #nameLinkCategories(ids: readonly string[]) {
    const found = this.found;
    let categories;
    try {
      if (!this.treeSrc) return;
      categories = parseDirectory(await fetchJson(this.treeSrc)).categories;
    } catch {
      return;
    }
    if (this.found !== found || !found) return;
    const byId = new Map(categories.map((c) => [c.id, c]));
    if (ids.some((id) => !byId.has(id))) {
      this.#go({ name: 'link-problem', problem: { code: 'unknown-category', params: {} } }, false);
      return;
    }
    this.found = {
      ...found,
      categories: ids.map((id) => ({ id, code: byId.get(id)!.code, name: byId.get(id)!.name })),
    };
  }

  #announceComplete(rules: RulesData): void {
    const state = this.#sharedState();
    const fragment = writeFragment('', state);
    if (this.#completedFor === fragment) return;
    const result = this.#evaluateOrProblem(rules);
    if (!('outcomes' in result)) return;
    this.#completedFor = fragment;
    const detail = {
      answers: pathAnswers(rules, this.answers, this.#context),
      outcomes: result.outcomes,
      fragment,
      ...(this.#context ? { context: this.#context } : {}),
    };
    emit(this, 'sixin-checker-complete', detail);
  }

  #evaluateOrProblem(rules: RulesData): CheckResult | DataProblem {
    try {
      return evaluate(rules, this.answers, this.#context);
    } catch (error) {
      // Rules that leave a measure without an outcome for these answers: say which, never show a partial result.
      if (error instanceof RulesError)
        return {
          code: 'rules-invalid',
          params: { path: `measures.${error.params.measure ?? '?'}.rules`, expected: 'outcome' },
        };
      throw error;
    }
  }

  // ── Events ─────────────────────────────────────────────────────────────────────────────────────────────────────

  #onContinueFromQuestion(event: SubmitEvent) {
    event.preventDefault();
    if (this.view.name !== 'question') return;
    const question = this.view.question;
    const chosen = new FormData(event.target as HTMLFormElement).get('answer');
    if (typeof chosen !== 'string') {
      this.showError = true;
      this.#focusTarget = 'error-summary';
      return;
    }
    this.answers = { ...this.answers, [question]: chosen };
    this.#givenAt = undefined;
    this.#go(viewAfter(this.#rules!, this.answers, this.#context, question, this.#returning), true, 'push');
  }

  #onContinueFromFind() {
    this.#go(viewAfter(this.#rules!, this.answers, this.#context, null, this.#returning), true, 'push');
  }

  /** Where Back leads: the previous page, or straight back to the summary while changing an answer. */
  #backTarget(): View | undefined {
    const complete = !walk(this.#rules!, this.answers, this.#context).next;
    if (this.#returning && complete && this.view.name === 'question') return { name: 'check' };
    return viewBefore(this.#rules!, this.answers, this.#context, this.view, this.#hasFind);
  }

  #onBack() {
    const back = this.#backTarget();
    if (back && !this.#url.back(back)) this.#go(back);
  }

  /** 修改: the page of that answer, through the history when it was passed on the way here (as the Back link). */
  #change(view: View) {
    this.#returning = true;
    if (!this.#url.back(view)) this.#go(view);
  }

  #onSearch(event: SixinSearchEvent) {
    const { result } = event.detail;
    // Nothing read from the text (it was emptied): nothing found. Only the result's public shape is relied on here.
    if (!result.clauses.length) {
      this.found = undefined;
      return;
    }
    const context = contextFromSearch(result);
    this.#searchLicensed = context.licensed;
    // Ids go into links and the shared URL: only those in the form of a category id. A category the search found
    // only possibly related is shown for checking but suggests no answer.
    const strong = new Set(context.categories);
    const categories = result.categories
      .filter(({ id }) => CATEGORY_ID.test(id))
      .map(({ id, code, name }) => ({ id, code, name, ...(strong.has(id) ? {} : { possible: true }) }));
    this.found = { via: 'search', categories, licensed: context.licensed };
  }

  #onSelect(via: 'search' | 'tree', event: SixinSelectEvent) {
    const { id, code, name } = event.detail.category;
    // Choosing a search result keeps the search's word for it: a "possible" match suggests nothing, chosen or not.
    const possible = via === 'search' && this.found?.categories.find((c) => c.id === id)?.possible;
    this.found = {
      via,
      categories: [{ id, code, name, ...(possible ? { possible } : {}) }],
      licensed: this.#searchLicensed,
    };
  }

  async #onCopy() {
    const strings = this.localize.strings.checker;
    try {
      await navigator.clipboard.writeText(this.#url.shareUrl());
      this.copyStatus = strings.copied;
    } catch {
      this.renderRoot.querySelector<HTMLInputElement>('#share-url')?.select();
      this.copyStatus = strings.copyFailed;
    }
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────────────────────────

  #text(value: Localized): string {
    return value[this.localize.lang];
  }

  /** Sentences as one paragraph; one explaining something outside the policy is marked so, with its source. */
  #say(sentences: readonly Sentence[]): TemplateResult {
    const rules = this.#rules!;
    const en = this.localize.lang === 'en';
    return html`${sentences.map((s, i) => {
      const source = s.outside && rules.sources.find((x) => x.id === s.outside);
      const mark = source && [this.#text(rules.labels.outside), this.#text(source.name)];
      return html`${en && i ? ' ' : ''}${this.#text(s)}${
        mark
          ? html`<span class="outside" part="outside">${en ? ` (${mark.join(': ')})` : `（${mark.join('：')}）`}</span>`
          : nothing
      }`;
    })}`;
  }

  protected override render(): TemplateResult {
    const strings = this.localize.strings;
    const { state } = this.#loader;
    let body: TemplateResult | typeof nothing;
    if (state.status === 'loading') body = html`${renderLoading(strings)}<slot></slot>`;
    else if (state.status === 'error') {
      const retry = state.retryable ? () => void this.#loader.retry() : undefined;
      body = html`${renderError(this.localize, state.problem, retry)}<slot></slot>`;
    } else if (this.#rules) body = this.#renderView(this.#rules);
    else body = html`<slot></slot>`;
    return html`<div class="base" part="base">
      ${body}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  #renderView(rules: RulesData): TemplateResult {
    const view = this.view;
    // Step 1 stays in the page while hidden, so that going back to it finds the text pasted and the category chosen.
    const find = this.#hasFind ? this.#renderFind(rules, view.name !== 'find') : nothing;
    return html`${find}${view.name === 'find' ? nothing : this.#renderPage(rules, view)}`;
  }

  #renderPage(rules: RulesData, view: Exclude<View, { name: 'find' }>): unknown {
    switch (view.name) {
      case 'question': {
        const question = rules.questions.find((q) => q.id === view.question)!;
        // A page of its own for each question: nothing chosen or opened on the one before carries over.
        return keyed(question.id, this.#renderQuestion(rules, question));
      }
      case 'check':
        return this.#renderCheck(rules);
      case 'result':
        return this.#renderResult(rules);
      case 'link-problem':
        return html`<div class="link-problem" part="link-problem">
          <h2 class="heading" part="heading" tabindex="-1">${this.localize.strings.checker.linkHeading}</h2>
          <p>${this.localize.strings.checker.linkProblem(view.problem)}</p>
          ${this.#button(this.localize.strings.checker.startOver, () => this.restart(), 'continue-button', true)}
        </div>`;
    }
  }

  #button(label: string, onClick: () => void, part: string, primary = false): TemplateResult {
    return html`<button type="button" class=${primary ? 'primary' : ''} part="button ${part}" @click=${onClick}>${label}</button>`;
  }

  #renderBack(): TemplateResult | typeof nothing {
    return this.#backTarget()
      ? html`<button type="button" class="back-link" part="back-link" @click=${this.#onBack}>${this.localize.strings.checker.back}</button>`
      : nothing;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const step = stepOf(this.#rules!, this.answers, this.#context, this.view, this.#hasFind);
    return step ? html`<span class="step" part="step">${this.localize.strings.checker.stepOf(step)}</span>` : nothing;
  }

  #renderFind(rules: RulesData, hidden: boolean): TemplateResult {
    const strings = this.localize.strings.checker;
    const found = this.found;
    const stop = (event: Event) => event.stopPropagation();
    const selected = found?.via === 'tree' ? found.categories[0]?.id : undefined;
    // The embedded elements' own events stay inside: the page hears the checker's events, not a tree it never placed.
    // "searched": on a phone, the tree goes under 继续, so that 继续 sits right under what the search found.
    return html`<div
      class=${found?.via === 'search' ? 'find searched' : 'find'}
      part="find"
      ?hidden=${hidden}
      @sixin-load=${stop}
      @sixin-error=${stop}
      @sixin-select=${stop}
      @sixin-search=${stop}
    >
      ${hidden ? nothing : this.#renderStep()}
      <h2 class="heading" part="heading" tabindex="-1">${strings.findHeading}</h2>
      <p>${strings.findIntro}</p>
      ${
        this.searchSrc && customElements.get(SEARCH_TAG)
          ? html`<section class="find-part">
            <h3>${strings.searchHeading}</h3>
            <sixin-scope-search
              src=${this.searchSrc}
              href-template=""
              checker-href=""
              .query=${this.#carriedQuery}
              heading-level="4"
              theme=${this.theme ?? nothing}
              @sixin-search=${this.#onSearch}
              @sixin-select=${(e: SixinSelectEvent) => this.#onSelect('search', e)}
            ></sixin-scope-search>
          </section>`
          : nothing
      }
      ${
        this.treeSrc && customElements.get(TREE_TAG)
          ? html`<section class="find-part tree-part">
            <h3>${strings.treeHeading}</h3>
            <sixin-category-tree
              src=${this.treeSrc}
              label=${strings.treeLabel}
              selected=${selected ?? nothing}
              theme=${this.theme ?? nothing}
              @sixin-select=${(e: SixinSelectEvent) => this.#onSelect('tree', e)}
            ></sixin-category-tree>
          </section>`
          : nothing
      }
      ${
        found && found.via !== 'link'
          ? html`<div class="note" part="found">
            ${
              this.#suggesting.length
                ? html`<p>${found.via === 'tree' ? strings.chosenInTree : strings.foundBySearch}</p>
                  ${this.#renderCategories(this.#suggesting)}`
                : html`<p>${strings.searchNothing}</p>`
            }
            ${
              found.categories.some((c) => c.possible)
                ? html`<p>${strings.foundPossible}</p>
                  ${this.#renderCategories(found.categories.filter((c) => c.possible))}`
                : nothing
            }
            ${found.licensed ? html`<p>${this.#text(rules.labels.licensed)}</p>` : nothing}
          </div>`
          : nothing
      }
      ${this.#button(strings.continue, () => this.#onContinueFromFind(), 'continue-button', true)}
    </div>`;
  }

  #renderCategories(categories: FoundCategory[]): TemplateResult {
    return html`<ul>
      ${categories.map((c) => html`<li>${this.#renderCategory(c)}</li>`)}
    </ul>`;
  }

  #renderCategory(category: FoundCategory): TemplateResult {
    const label = [category.code, category.name].filter(Boolean).join(' ');
    const href = this.hrefTemplate && fillTemplate(this.hrefTemplate, { id: category.id });
    return href ? html`<a href=${href}>${label}</a>` : html`${label}`;
  }

  #renderQuestion(rules: RulesData, question: RulesData['questions'][number]): TemplateResult {
    const strings = this.localize.strings.checker;
    // A category very likely (a strong match) or chosen pre-selects its answer; the person still confirms it with 继续.
    const suggested = suggestedOption(question, this.#context);
    const chosen = this.answers[question.id] ?? suggested?.id;
    const describedBy = [
      question.help ? 'help' : '',
      suggested ? 'suggestion' : '',
      this.showError ? 'error-message' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const glossary = question.terms.map((id) => rules.glossary.find((g) => g.id === id)!);
    return html`${this.#renderBack()}
      <form novalidate @submit=${this.#onContinueFromQuestion}>
        ${
          this.showError
            ? html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
              <h2 id="error-summary-title">${strings.errorSummaryTitle}</h2>
              <ul>
                <li>
                  <a
                    href="#answer-${question.options[0]!.id}"
                    @click=${(event: Event) => {
                      // The link works inside the shadow root: it must not change the page's own URL fragment.
                      event.preventDefault();
                      this.renderRoot.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
                    }}
                    >${strings.chooseAnswer}</a
                  >
                </li>
              </ul>
            </div>`
            : nothing
        }
        <fieldset class=${this.showError ? 'question invalid' : 'question'} part="question" aria-describedby=${describedBy || nothing}>
          <legend>
            ${this.#renderStep()}
            <h2 class="heading" part="heading" tabindex="-1">${this.#text(question.title)}</h2>
          </legend>
          ${question.help ? html`<p id="help" class="help" part="help">${this.#say(question.help)}</p>` : nothing}
          ${
            suggested
              ? html`<div id="suggestion" class="note" part="suggestion">
                <p>${strings.suggested(this.#text(suggested.label))}</p>
                ${this.#renderCategories(this.#suggesting)}
              </div>`
              : nothing
          }
          ${
            question.licensedNote && this.#context?.licensed
              ? html`<p class="note" part="note">${this.#text(question.licensedNote)}</p>`
              : nothing
          }
          ${glossary.map(
            (term) => html`<details part="term">
              <summary>${strings.termMeaning(this.#text(term.term))}</summary>
              <p>${this.#say(term.definition)}</p>
            </details>`,
          )}
          ${
            this.showError
              ? html`<p id="error-message" class="error-message" part="error-message">
                <span class="visually-hidden">${strings.errorPrefix}</span>${strings.chooseAnswer}
              </p>`
              : nothing
          }
          <div class="options">
            ${question.options.map(
              (option) => html`<div class="option" part="option">
                <input
                  type="radio"
                  id="answer-${option.id}"
                  name="answer"
                  value=${option.id}
                  ?checked=${chosen === option.id}
                  aria-describedby=${option.hint ? `hint-${option.id}` : nothing}
                />
                <label for="answer-${option.id}">${this.#text(option.label)}</label>
                ${option.hint ? html`<p id="hint-${option.id}" class="option-hint" part="option-hint">${this.#text(option.hint)}</p>` : nothing}
              </div>`,
            )}
          </div>
        </fieldset>
        <button type="submit" class="primary" part="button continue-button">${strings.continue}</button>
      </form>`;
  }

  /** The answers on the path as a summary list; with `change`, each has a 修改 link. */
  #renderAnswers(rules: RulesData, change: boolean): TemplateResult {
    const strings = this.localize.strings.checker;
    const steps = walk(rules, this.answers, this.#context).steps;
    const found = this.found;
    const row = (label: string, value: unknown, to: View) => html`<div class="row">
      <dt>${label}</dt>
      <dd>${value}</dd>
      ${
        change
          ? html`<dd class="change">
            <button type="button" class="link" part="change-link" @click=${() => this.#change(to)}>
              ${strings.change}<span class="visually-hidden"> ${label}</span>
            </button>
          </dd>`
          : nothing
      }
    </div>`;
    return html`<dl class="summary-list" part="summary-list">
      ${
        this.#hasFind || found
          ? row(
              strings.business,
              !this.#suggesting.length
                ? strings.businessNotGiven
                : this.#suggesting.every((c) => c.name)
                  ? this.#suggesting.map((c, i) => html`${i ? '、' : ''}${this.#renderCategory(c)}`)
                  : strings.savedCategories(this.#suggesting.length),
              { name: 'find' },
            )
          : nothing
      }
      ${steps.map((step) => row(this.#text(step.question.title), this.#text(step.option.label), { name: 'question', question: step.question.id }))}
    </dl>`;
  }

  #renderCheck(rules: RulesData): TemplateResult {
    const strings = this.localize.strings.checker;
    return html`${this.#renderBack()}
      <h2 class="heading" part="heading" tabindex="-1">${strings.checkHeading}</h2>
      ${this.#renderAnswers(rules, true)}
      ${this.#context?.licensed ? html`<p class="note" part="note">${this.#text(rules.labels.licensed)}</p>` : nothing}
      ${this.#button(strings.seeResult, () => ((this.#returning = false), this.#go({ name: 'result' }, true, 'push')), 'continue-button', true)}`;
  }

  #renderResult(rules: RulesData): TemplateResult {
    const strings = this.localize.strings.checker;
    const result = this.#evaluateOrProblem(rules);
    if (!('outcomes' in result)) return renderError(this.localize, result);
    const page: ResultPage = {
      rules,
      strings,
      en: this.localize.lang === 'en',
      text: (value) => this.#text(value),
      say: (sentences) => this.#say(sentences),
      policyHrefTemplate: this.policyHrefTemplate,
      contactHrefTemplate: this.contactHrefTemplate,
      howHref: this.howHref,
      back: this.#renderBack(),
      actions: html`<div class="actions" part="actions">
          ${this.#button(strings.print, () => print(), 'print-button')}
          ${this.#button(strings.changeAnswers, () => this.#change({ name: 'check' }), 'change-answers-button')}
          ${this.#button(strings.startOver, () => this.restart(), 'start-over-button')}
        </div>
        ${this.urlState === 'none' ? nothing : this.#renderShare()}`,
      answers: this.#renderAnswers(rules, false),
      revision: this.#revision
        ? this.#revisionLine(this.#revision)
        : this.#unreleasedAfter &&
          revisionWords(this.localize.strings.common, { date: this.#unreleasedAfter, unreleased: true }),
    };
    return renderResult(page, result);
  }

  /** 目录版本：2021-12-30, or, for a link answered against another revision, the words that say so. */
  #revisionLine(revision: string): string {
    const given = this.#givenAt;
    return given && given != revision
      ? this.localize.strings.checker.linkProblem({ code: 'revision', params: { given, current: revision } })
      : this.localize.strings.common.revision + revision;
  }

  #renderShare(): TemplateResult {
    const strings = this.localize.strings.checker;
    return html`<section class="share" part="share">
      <h3>${strings.shareHeading}</h3>
      <p>${strings.shareText}</p>
      <label for="share-url">${strings.shareLinkLabel}</label>
      <div class="share-row">
        <input id="share-url" part="share-link" readonly .value=${this.#url.shareUrl()} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
        ${this.#button(strings.copyLink, () => void this.#onCopy(), 'copy-button')}
      </div>
      <p class="muted" role="status">${this.copyStatus}</p>
    </section>`;
  }
}
