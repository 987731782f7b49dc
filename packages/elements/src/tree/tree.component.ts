import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DataController } from '../shared/data-controller.js';
import { DataError, parseDirectory, type DirectoryInput } from '../shared/directory.js';
import { revisionWords, stampOf } from '../shared/revision.js';
import { emit } from '../shared/emit.js';
import { SixinElement } from '../shared/element.js';
import { renderEmpty, renderError, renderLoading } from '../shared/states.js';
import { tokenStyles } from '../shared/tokens.js';
import { readListMarkup, type ListMarkup } from './light-dom.js';
import { fillHref, safeHref } from '../shared/links.js';
import {
  buildModel,
  filterModel,
  findByFirstCharacter,
  visibleRows,
  type FilterResult,
  type Match,
  type Row,
  type TreeModel,
  type TreeNode,
} from './tree.model.js';
import { treeStyles } from './tree.styles.js';
import type { SixinSelectDetail } from '../events/sixin-select.js';

/** Delay before the number of filter matches is announced, so screen readers do not talk over typing. */
const ANNOUNCE_DELAY_MS = 600;

/**
 * The 四新经济 industry directory as a tree: level-1 industries, level-2 categories, level-3 directions and, on
 * demand, the GB/T 4754-2017 industry classes of each direction. Works with the keyboard as the WAI-ARIA tree view
 * pattern describes, can be filtered, and renders links to category pages or fires `sixin-select`.
 *
 * Data comes from, in this order: the `data` property; the `src` URL (`directory.json` or the slimmer `tree.json`
 * that `sixin export --out-dir` writes); or the server-rendered list inside the element, which it then replaces.
 *
 * @summary Accessible, filterable tree of the 四新经济 directory.
 * @tag sixin-category-tree
 * @tagname sixin-category-tree
 *
 * @slot - A server-rendered nested list (`<ul><li data-id="1" data-code="1"><a href="…">name</a><ul>…</ul></li></ul>`),
 *   what the page shows without JavaScript. Read as the data when neither `data` nor `src` is given; shown while `src`
 *   loads or when it fails; hidden once the tree renders.
 *
 * @fires {SixinSelectEvent} sixin-select - The user chose an item (click, Enter or Space). `detail.category` is the
 *   category record, `detail.industry` the industry class when one was chosen, `detail.href` the link. Cancelable:
 *   `preventDefault()` keeps a link from being followed.
 * @fires {SixinLoadEvent} sixin-load - Data was loaded or read and is shown; `detail.count` categories.
 * @fires {SixinErrorEvent} sixin-error - Data could not be loaded or is not valid; the element shows why.
 *
 * @csspart base - The wrapper around everything.
 * @csspart filter - The filter box (`input type="search"`).
 * @csspart filter-label - The filter box's visible label.
 * @csspart filter-hint - The line under the label that says what can be typed.
 * @csspart filter-status - The number of matches under the filter box.
 * @csspart tree - The element with `role="tree"`.
 * @csspart item - Each tree item.
 * @csspart item-current - The item of the current page (`aria-current="page"`), besides `item`.
 * @csspart item-selected - The selected item when items are not links, besides `item`.
 * @csspart toggle - The open/close arrow of an item with children.
 * @csspart code - The code of a category or industry class.
 * @csspart name - The name of a category or industry class.
 * @csspart count - The number of directions or industry classes under an item.
 * @csspart badge - A label such as 待核实 (awaiting verification) or 部分 (the class belongs in part).
 * @csspart mark - The part of a name, code or keyword that matches the filter.
 * @csspart match-note - Which keyword or alias matched, when it is not the visible name.
 * @csspart revision - The line under the tree naming the directory revision shown (目录版本：2021-12-30), when the data
 *   name one.
 * @csspart message - Loading, empty and no-match messages.
 * @csspart error - The box that says why data could not be loaded.
 * @csspart retry-button - The button that loads `src` again.
 *
 * @cssprop [--sixin-font-family=system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif] - Font of all text.
 * @cssprop [--sixin-font-size=1em] - Base font size (the surrounding text's size by default).
 * @cssprop [--sixin-line-height=1.5] - Line height.
 * @cssprop [--sixin-space=0.5em] - Base spacing unit.
 * @cssprop [--sixin-radius=4px] - Corner radius of boxes and buttons.
 * @cssprop [--sixin-indent=1.25em] - Indentation per tree level.
 * @cssprop [--sixin-tree-max-height=none] - Height after which the tree scrolls.
 * @cssprop [--sixin-color-text=#1b1f24] - Text colour (dark theme: #e6edf3).
 * @cssprop [--sixin-color-text-muted=#555f6b] - Counts and hints (dark: #a8b3bf).
 * @cssprop [--sixin-color-surface=#ffffff] - Background (dark: #161b22).
 * @cssprop [--sixin-color-surface-hover=#eef3fa] - Background of the item under the pointer (dark: #21262d).
 * @cssprop [--sixin-color-border=#8c959f] - Borders of the filter box (dark: #6e7781).
 * @cssprop [--sixin-color-accent=#0b57d0] - Links, the current and selected item (dark: #79b8ff).
 * @cssprop [--sixin-color-accent-surface=#e3edfd] - Background of the current and selected item (dark: #1f3a5f).
 * @cssprop [--sixin-color-highlight=#ffe58f] - Background of filter matches (dark: #ffd33d).
 * @cssprop [--sixin-color-highlight-text=#1b1f24] - Text of filter matches (dark: #0d1117).
 * @cssprop [--sixin-color-warning=#7a4d00] - Text of the 待核实 badge (dark: #f2cc60).
 * @cssprop [--sixin-color-warning-surface=#fff4d6] - Background of the 待核实 badge (dark: #3b2e00).
 * @cssprop [--sixin-color-danger=#a40e26] - Error text and border (dark: #ff9492).
 * @cssprop [--sixin-color-danger-surface=#ffebe9] - Error background (dark: #3d1618).
 * @cssprop [--sixin-focus-color=#0b57d0] - Focus ring colour (dark: #79b8ff).
 * @cssprop [--sixin-focus-width=3px] - Focus ring width.
 */
export class SixinCategoryTree extends SixinElement {
  static override styles = [tokenStyles, treeStyles];

  static override get properties() {
    return {
      src: {},
      data: { attribute: false },
      hrefTemplate: { attribute: 'href-template' },
      current: {},
      selected: {},
      label: {},
      filter: {},
      noFilter: { type: Boolean, attribute: 'no-filter', reflect: true },
      expanded: { state: true },
      activeKey: { state: true },
      announcement: { state: true },
      markupVersion: { state: true },
    };
  }

  /**
   * URL of the directory JSON: `/data/tree.json` (slim, recommended) or `/data/directory.json` (full). Relative URLs
   * resolve against the page. Fetched without cookies. Ignored while `data` is set.
   */
  src = '';

  /** The directory itself (`DirectoryData` of `@sixin/core`, or `{ categories: [...] }`). Takes precedence over `src`. */
  data: DirectoryInput | undefined = undefined;

  /**
   * Turns items into links: `{id}` is replaced by the category id (`1`, `1.3`, `1.3/xinxing-ruanjian-kaifa`), `{code}`
   * by its code (the id for level-3 directions). Example: `/directory/{id}/`. Without it, items are selectable
   * (`aria-selected`) and only fire `sixin-select`, unless the server-rendered list gave them links.
   */
  hrefTemplate = '';

  /** Id of the category of the current page: its item gets `aria-current="page"` and is revealed. */
  current = '';

  /** Id of the selected item when items are not links (an industry class is `<direction id>#<code>`). */
  selected = '';

  /** Accessible name of the tree (default 四新经济行业分类目录 / New-economy industry directory). */
  label = '';

  /** The text in the filter box. Set it to start filtered. */
  filter = '';

  /** Hides the filter box. */
  noFilter = false;

  private expanded = new Set<string>();
  private activeKey = '';
  private announcement = '';
  private markupVersion = 0;

  /** The directory revision of the data shown (`revision.date`), named under the tree. */
  #revision?: { date: string; unreleased: boolean };
  readonly #loader = new DataController<DirectoryInput>(
    this,
    (value) => ((this.#revision = stampOf(value)), parseDirectory(value)),
    (d) => d.categories.length,
  );
  #model?: TreeModel;
  #modelSource?: DirectoryInput;
  #filtered?: FilterResult;
  /** Expansion while filtering, kept apart so clearing the filter restores what the user had open before. */
  #filterExpanded = new Set<string>();
  #rows: Row[] = [];
  /** Items are links (a template, or links in the server-rendered list) rather than selectable options. */
  #linkMode = false;
  #focusAfterUpdate = false;
  #focusTreeAfterLoad = false;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #markupObserver?: MutationObserver;
  #lastMarkup?: string;
  /** The links of the server-rendered list, while it is the data: the page's own, never links from data. */
  #markupLinks = new Map<string, string>();

  override connectedCallback(): void {
    super.connectedCallback();
    // The server-rendered list may still be arriving (a script that runs before the parser is done), or the page may
    // change it: read it again whenever it changes, as long as it is the data source.
    this.#markupObserver ??= new MutationObserver(() => {
      if (!this.data && !this.src) this.markupVersion++;
    });
    this.#markupObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['data-id', 'data-code', 'data-status', 'href'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#markupObserver?.disconnect();
    clearTimeout(this.#announceTimer);
  }

  /** Moves focus to the tree item that holds the tab stop (the current, selected or first item). */
  override focus(options?: FocusOptions): void {
    const item = this.#itemElement(this.activeKey);
    if (item) item.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') || changed.has('src') || changed.has('markupVersion') || !this.hasUpdated)
      this.#syncSource(changed);

    const { state } = this.#loader;
    const input = state.status === 'ready' ? state.value : undefined;
    const modelChanged = input !== this.#modelSource;
    if (modelChanged) {
      this.#modelSource = input;
      this.#model = input ? buildModel(input) : undefined;
      if (this.#model) this.expanded = new Set([...this.expanded].filter((key) => this.#model!.byKey.has(key)));
    }
    if (this.#model && modelChanged) this.#reveal(this.current || this.selected);
    else if (this.#model) {
      if (changed.has('current')) this.#reveal(this.current);
      if (changed.has('selected')) this.#reveal(this.selected);
    }

    const filterChanged = this.#model !== undefined && (modelChanged || changed.has('filter'));
    if (filterChanged) {
      this.#filtered = filterModel(this.#model!, this.filter);
      this.#filterExpanded = new Set(this.#filtered?.expand);
      this.#scheduleAnnouncement();
    }
    this.#linkMode = this.hrefTemplate !== '' || this.#markupLinks.size > 0;
    this.#rows = this.#model
      ? visibleRows(this.#model, this.#filtered ? this.#filterExpanded : this.expanded, this.#filtered)
      : [];
    const firstMatch =
      filterChanged && this.#filtered ? this.#rows.find((row) => this.#filtered!.matches.has(row.node.key)) : undefined;
    if (firstMatch) this.activeKey = firstMatch.node.key;
    else if (!this.#rows.some((row) => row.node.key === this.activeKey)) this.activeKey = this.#fallbackActiveKey();
  }

  protected override updated(): void {
    // Rows are drawn in place rather than moved (no keyed repeat: it would cost more than all of the tree's styles).
    // So when the row that has focus now shows another item, focus follows the item it was on.
    const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    const strayFocus = focused?.dataset.key !== undefined && focused.dataset.key !== this.activeKey;
    if (this.#focusAfterUpdate || strayFocus) {
      this.#focusAfterUpdate = false;
      this.#itemElement(this.activeKey)?.focus();
    }
    if (this.#focusTreeAfterLoad && this.#loader.state.status !== 'loading') {
      this.#focusTreeAfterLoad = false;
      if (this.#loader.state.status === 'ready') this.focus();
    }
  }

  #syncSource(changed: PropertyValues) {
    if (this.data || this.src) this.#markupLinks = new Map();
    if (this.data) {
      if (changed.has('data') || this.#loader.state.status === 'idle') this.#loader.use(this.data, 'data');
      return;
    }
    if (this.src) {
      if (changed.has('src') || changed.has('data') || this.#loader.state.status === 'idle')
        void this.#loader.load(this.src);
      return;
    }
    let markup: ListMarkup | undefined;
    try {
      markup = readListMarkup(this);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      this.#lastMarkup = undefined;
      this.#loader.reject(error, 'markup');
      return;
    }
    // The observer also fires for changes that leave the list as it was; keep the tree (and what is open) then.
    const text = markup && JSON.stringify([markup.categories, [...markup.links]]);
    if (text && text === this.#lastMarkup && this.#loader.state.status === 'ready') return;
    this.#lastMarkup = text;
    this.#markupLinks = markup?.links ?? new Map();
    if (markup) this.#loader.use({ categories: markup.categories }, 'markup');
    else this.#loader.clear();
  }

  #reveal(key: string) {
    const node = key ? this.#model?.byKey.get(key) : undefined;
    if (!node) return;
    const expanded = new Set(this.expanded);
    for (let up = node.parent; up; up = up.parent) expanded.add(up.key);
    this.expanded = expanded;
    if (!this.hasUpdated || !this.matches(':focus-within')) this.activeKey = key;
  }

  #fallbackActiveKey(): string {
    // A hidden active item hands the tab stop to its nearest visible ancestor, so focus does not jump far away.
    for (let up = this.#model?.byKey.get(this.activeKey)?.parent; up; up = up.parent) {
      if (this.#rows.some((row) => row.node === up)) return up.key;
    }
    return this.#rows[0]?.node.key ?? '';
  }

  #scheduleAnnouncement() {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcement = this.#filterStatus();
    }, ANNOUNCE_DELAY_MS);
  }

  #filterStatus(): string {
    const strings = this.localize.strings.tree;
    if (!this.#filtered) return '';
    const count = this.#filtered.matches.size;
    return count ? strings.filterMatches(count) : strings.filterNoMatch(this.#filtered.query);
  }

  #itemElement(key: string): HTMLElement | undefined {
    if (!key) return undefined;
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
      if (item.dataset.key === key) return item;
    }
    return undefined;
  }

  #hrefFor(node: TreeNode): string | undefined {
    if (node.kind !== 'category') return undefined;
    if (this.hrefTemplate) return fillHref(this.hrefTemplate, node.category);
    const link = this.#markupLinks.get(node.key);
    return link === undefined ? undefined : safeHref(link);
  }

  #setExpanded(node: TreeNode, open: boolean) {
    const target = this.#filtered ? this.#filterExpanded : this.expanded;
    const next = new Set(target);
    if (open) next.add(node.key);
    else next.delete(node.key);
    if (this.#filtered) this.#filterExpanded = next;
    else this.expanded = next;
    this.requestUpdate();
  }

  #moveFocus(row: Row | undefined) {
    if (!row) return;
    this.activeKey = row.node.key;
    this.#focusAfterUpdate = true;
    // Also when the key did not change (Home on the first item): the flag must not wait for some later update.
    this.requestUpdate();
  }

  /** Fires `sixin-select`; returns false when a listener cancelled it. */
  #choose(row: Row): boolean {
    const { node } = row;
    const detail: SixinSelectDetail = { category: node.category };
    if (node.industry) detail.industry = node.industry;
    const href = this.#hrefFor(node);
    if (href) detail.href = href;
    const event = emit(this, 'sixin-select', detail, { cancelable: true });
    if (event.defaultPrevented) return false;
    if (!this.#linkMode) this.selected = node.key;
    return true;
  }

  #rowOf(event: Event): { row: Row; item: HTMLElement } | undefined {
    const item = (event.target as Element).closest<HTMLElement>('[role="treeitem"]');
    const row = item && this.#rows.find((r) => r.node.key === item.dataset.key);
    return row && item ? { row, item } : undefined;
  }

  #onTreeClick(event: MouseEvent) {
    const found = this.#rowOf(event);
    if (!found) return;
    const { row } = found;
    this.activeKey = row.node.key;
    if ((event.target as Element).closest('.toggle')) {
      event.preventDefault();
      if (row.expandable) this.#setExpanded(row.node, !row.expanded);
      this.#focusAfterUpdate = true;
      return;
    }
    // Modified clicks (new tab, new window) belong to the browser.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!this.#choose(row)) event.preventDefault();
  }

  #onTreeFocusIn(event: FocusEvent) {
    const found = this.#rowOf(event);
    if (found && found.row.node.key !== this.activeKey) this.activeKey = found.row.node.key;
  }

  #onTreeKeydown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const found = this.#rowOf(event);
    if (!found) return;
    const { row, item } = found;
    const rows = this.#rows;
    const index = rows.indexOf(row);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        this.#moveFocus(rows[index + 1]);
        break;
      case 'ArrowUp':
        this.#moveFocus(rows[index - 1]);
        break;
      case 'ArrowRight':
        if (row.expandable && !row.expanded) this.#setExpanded(row.node, true);
        else if (row.expanded) this.#moveFocus(rows[index + 1]);
        break;
      case 'ArrowLeft':
        if (row.expanded) this.#setExpanded(row.node, false);
        else this.#moveFocus(rows.find((r) => r.node === row.node.parent));
        break;
      case 'Home':
        this.#moveFocus(rows[0]);
        break;
      case 'End':
        this.#moveFocus(rows[rows.length - 1]);
        break;
      case 'Enter':
        // A link follows itself (and reaches onTreeClick through the click that Enter makes); others are chosen here.
        if (item.hasAttribute('href')) handled = false;
        else this.#choose(row);
        break;
      case ' ':
        if (item.hasAttribute('href')) item.click();
        else this.#choose(row);
        break;
      case '*':
        this.#expandSiblings(row.node);
        break;
      default:
        handled = this.#typeAhead(event.key, index);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  #typeAhead(key: string, from: number): boolean {
    if ([...key].length !== 1 || !/\S/u.test(key)) return false;
    const found = findByFirstCharacter(this.#rows, from, key);
    if (found >= 0) this.#moveFocus(this.#rows[found]);
    return true;
  }

  #expandSiblings(node: TreeNode) {
    const siblings = node.parent ? node.parent.children : this.#model!.roots;
    const target = this.#filtered ? this.#filterExpanded : this.expanded;
    const next = new Set(target);
    for (const sibling of siblings) {
      if (this.#rows.some((r) => r.node === sibling && r.expandable)) next.add(sibling.key);
    }
    if (this.#filtered) this.#filterExpanded = next;
    else this.expanded = next;
    this.requestUpdate();
  }

  #onFilterInput(event: InputEvent) {
    // While an input method is composing, the box holds pinyin, not the characters the user means.
    if (event.isComposing) return;
    this.filter = (event.target as HTMLInputElement).value;
  }

  #onFilterCompositionEnd(event: CompositionEvent) {
    this.filter = (event.target as HTMLInputElement).value;
  }

  #onFilterKeydown(event: KeyboardEvent) {
    if (event.isComposing) return;
    const input = event.target as HTMLInputElement;
    if (event.key === 'Escape' && input.value) {
      input.value = '';
      this.filter = '';
    } else if (event.key === 'ArrowDown' || event.key === 'Enter') {
      this.#moveFocus(this.#rows.find((row) => row.node.key === this.activeKey));
    } else return;
    event.preventDefault();
  }

  #onRetry = () => {
    this.#focusTreeAfterLoad = true;
    void this.#loader.retry();
  };

  protected override render(): TemplateResult {
    const strings = this.localize.strings;
    const { state } = this.#loader;
    const slot = html`<slot></slot>`;
    let body: TemplateResult;
    if (state.status === 'loading') body = html`${renderLoading(strings)}${slot}`;
    else if (state.status === 'error') {
      // The server-rendered list, if any, stays on screen: the page keeps its content when the data fails.
      body = html`${renderError(this.localize, state.problem, state.retryable ? this.#onRetry : undefined)}${slot}`;
    } else if (!this.#model || this.#model.size === 0) body = renderEmpty(strings.tree.empty);
    else
      body = html`${this.noFilter ? nothing : this.#renderFilter()}${this.#renderTree()}${
        this.#revision
          ? html`<p class="note" part="revision">${revisionWords(strings.common, this.#revision)}</p>`
          : nothing
      }`;
    return html`<div class="base" part="base">${body}</div>`;
  }

  #renderFilter(): TemplateResult {
    const strings = this.localize.strings.tree;
    return html`<div class="filter">
      <label for="filter" part="filter-label">${strings.filterLabel}</label>
      <span class="hint" id="filter-hint" part="filter-hint">${strings.filterHint}</span>
      <input
        id="filter"
        part="filter"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="filter-hint"
        .value=${this.filter}
        @input=${this.#onFilterInput}
        @compositionend=${this.#onFilterCompositionEnd}
        @keydown=${this.#onFilterKeydown}
      />
      <p class="filter-status" part="filter-status">${this.#filtered?.matches.size ? this.#filterStatus() : ''}</p>
      <span class="visually-hidden" role="status">${this.announcement}</span>
    </div>`;
  }

  #renderTree(): TemplateResult {
    const strings = this.localize.strings.tree;
    if (!this.#rows.length)
      return renderEmpty(this.#filtered ? strings.filterNoMatch(this.#filtered.query) : strings.empty);
    return html`<div
      class="tree"
      role="tree"
      part="tree"
      aria-label=${this.label || strings.label}
      @click=${this.#onTreeClick}
      @keydown=${this.#onTreeKeydown}
      @focusin=${this.#onTreeFocusIn}
    >
      ${this.#rows.map((row) => this.#renderRow(row))}
    </div>`;
  }

  #renderRow(row: Row): TemplateResult {
    const strings = this.localize.strings.tree;
    const { node } = row;
    const match = this.#filtered?.matches.get(node.key);
    const href = this.#hrefFor(node);
    const isCurrent = node.kind === 'category' && this.current !== '' && node.key === this.current;
    const isSelected = !this.#linkMode && this.selected === node.key;
    const parts = `item${isCurrent ? ' item-current' : ''}${isSelected ? ' item-selected' : ''}`;
    const count =
      node.level < 3 && node.directions > 0
        ? strings.directions(node.directions)
        : node.level === 3 && node.children.length > 0
          ? strings.industries(node.children.length)
          : '';
    return html`<a
      role="treeitem"
      part=${parts}
      class=${match ? 'item matched' : 'item'}
      href=${href ?? nothing}
      data-key=${node.key}
      tabindex=${node.key === this.activeKey ? '0' : '-1'}
      aria-level=${node.level}
      aria-setsize=${row.setsize}
      aria-posinset=${row.posinset}
      aria-expanded=${row.expandable ? (String(row.expanded) as 'true' | 'false') : nothing}
      aria-current=${isCurrent ? 'page' : nothing}
      aria-selected=${this.#linkMode ? nothing : (String(isSelected) as 'true' | 'false')}
      ><span class="toggle" part="toggle" aria-hidden="true"></span>
      <span class="label">
        ${node.code ? html`<span class="code" part="code">${highlight(node.code, match?.field === 'code' ? match : undefined)}</span> ` : nothing}
        <span class="name" part="name">${highlight(node.name, match?.field === 'name' || match?.field === 'initials' ? match : undefined)}</span>
        ${count ? html` <span class="count" part="count">${count}</span>` : nothing}
        ${node.inferred ? html` <span class="badge" part="badge">${strings.inferred}</span>` : nothing}
        ${node.industry?.partial ? html` <span class="badge" part="badge">${strings.partial}</span>` : nothing}
        ${
          match && (match.field === 'keyword' || match.field === 'alias')
            ? html` <span class="note" part="match-note"
              >${match.field === 'keyword' ? strings.matchedKeyword : strings.matchedAlias}${highlight(match.text, match)}</span
            >`
            : nothing
        }
      </span></a
    >`;
  }
}

/** The text with the matched span wrapped in `<mark>`, rendered as text (never as markup). */
function highlight(text: string, match: Match | undefined): TemplateResult | string {
  if (!match || match.start < 0) return text;
  return html`${text.slice(0, match.start)}<mark part="mark">${text.slice(match.start, match.end)}</mark>${text.slice(match.end)}`;
}
