import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import {
  describeCode,
  describeOutside,
  formatNotice,
  searchText,
  sourceLabel,
  strengthLabel,
  type MatchedIndustry,
  type SearchMessageId,
  type SearchResult,
} from '@sixin/core/search';
import type { CategoryRecord } from '../shared/directory.js';
import { fillHref, safeHref } from '../shared/links.js';
import type { Lang } from '../shared/strings.js';
import {
  answerOf,
  cardReasons,
  categoryRecord,
  clauseLines,
  directionRecord,
  groupResults,
  markMatch,
  type CategoryView,
  type ClauseLine,
  type GroupView,
  type ReasonView,
  type TextPart,
} from './search.model.js';

/**
 * What the results need from the element. Lit's `html` and `nothing` are handed in rather than imported: this module
 * ships in the search engine's lazy file (results exist only once the engine has loaded), and that file must not carry
 * a second copy of Lit. The words are core's (`@sixin/core/search` messages), the same the `sixin search` command
 * prints, and travel in the same lazy file.
 */
type Nothing = typeof litNothing;

export interface ResultsContext {
  html: typeof litHtml;
  nothing: typeof litNothing;
  lang: Lang;
  /** Level of the top headings of the results. */
  level: number;
  hrefTemplate: string;
  directoryHref: string;
  /** The checker's address (`checker-href`), linked with the text as `?q=`; empty for no way on. */
  checkerHref: string;
  /** A result link or button was used: fires `sixin-select`; false when a listener cancelled it. */
  select(category: CategoryRecord, href: string | undefined): boolean;
}

/**
 * The result under the form, answer first: one sentence (很可能属于 / 可能属于，需核实 / 目录中未找到), a line for every
 * clause of the text saying where it landed, the way on to the checker, then the categories, each with its evidence
 * behind a 为什么 disclosure.
 */
export function renderResult(ctx: ResultsContext, result: SearchResult): TemplateResult {
  const { html, nothing } = ctx;
  const t = text(ctx);
  const level = Number.isInteger(ctx.level) ? ctx.level : 2;
  const answer = answerOf(result);
  const groups = answer === 'none' ? [] : groupResults(result);
  const codeOnly = result.clauses.length === 1 && !!result.clauses[0]!.code;
  const checkerHref = checkerLink(ctx.checkerHref, result);
  return html`<div class="results" part="results">
    ${
      result.notice?.code === 'clipped'
        ? html`<p class="notice" part="notice">${formatNotice(result.notice, ctx.lang)}</p>`
        : nothing
    }
    ${
      result.kind === 'empty'
        ? html`<p class="message" part="message">${t('nothingToSearch')}</p>`
        : html`<div class="answer ${answer}" part="answer">
            <p class="answer-text"><strong>${t(ANSWER[answer])}</strong></p>
            ${codeOnly ? html`<p class="code-info">${describeCode(result.clauses[0]!.code!, ctx.lang)}</p>` : renderClauses(ctx, clauseLines(result), level)}
            ${checkerHref ? html`<p><a class="to-checker" part="checker-link" href=${checkerHref}>${t('toChecker')}</a></p>` : nothing}
          </div>
          ${
            answer === 'none'
              ? renderNotFound(ctx)
              : html`${heading(ctx, level, t('resultsHeading', { count: result.categories.length }))}
              ${answer === 'possible' || result.categories.some((c) => c.strength === 'possible') ? html`<p class="hint">${t('possibleHint')}</p>` : nothing}
              ${groups.map((group) => renderGroup(ctx, group, level + 1))}`
          }`
    }
  </div>`;
}

const ANSWER = { likely: 'answerLikely', possible: 'answerPossible', none: 'notFound' } as const;

/** The checker's address with the text as `?q=`, or undefined for no text, no address, or one that is not safe. */
function checkerLink(checkerHref: string, result: SearchResult): string | undefined {
  if (!checkerHref || result.kind === 'empty' || !safeHref(checkerHref)) return undefined;
  const url = new URL(checkerHref, location.href);
  url.searchParams.set('q', result.query);
  return url.href;
}

/** Core's search wording in the element's language. */
function text(ctx: ResultsContext) {
  return (id: SearchMessageId, params?: Record<string, string | number>) => searchText(id, ctx.lang, params);
}

/**
 * The line under the results naming the directory revision that answered (core's `revision` message), or the changes
 * not yet released after it (`revisionUnreleased`).
 */
export function revisionText(lang: Lang, date: string, unreleased = false): string {
  return searchText(unreleased ? 'revisionUnreleased' : 'revision', lang, { date });
}

/** One sentence about a result, for the element's live region. */
export function summaryOf(lang: Lang, result: SearchResult): string {
  if (result.kind === 'empty') return searchText('nothingToSearch', lang);
  if (result.notFound || !result.categories.length) return searchText('notFound', lang);
  return searchText('announce', lang, { count: result.categories.length });
}

function heading(ctx: ResultsContext, level: number, text: string, part = 'heading'): TemplateResult {
  return ctx.html`<div class="heading" part=${part} role="heading" aria-level=${Math.min(Math.max(level, 1), 6)}>${text}</div>`;
}

function renderClauses(ctx: ResultsContext, lines: ClauseLine[], level: number): TemplateResult {
  const { html } = ctx;
  const t = text(ctx);
  const sep = ctx.lang === 'en' ? ', ' : '、';
  const say = (line: ClauseLine): string => {
    const names = line.categories.map((c) => c.name).join(sep);
    const clause = line.clause;
    switch (line.status) {
      case 'in':
        return t('clauseIn', { names });
      case 'possible':
        return t('clausePossible', { names });
      case 'outside':
        return describeOutside(clause.outsideIndustry!, ctx.lang);
      case 'code':
        return describeCode(clause.code!, ctx.lang);
      case 'generic':
        return t('generic');
      default:
        return t('noMatch');
    }
  };
  return html`${heading(ctx, level, t('clausesHeading'))}
    <ul class="clauses" part="clauses">
      ${lines.map(
        (line) => html`<li class="clause-line ${line.status}" part="clause-line" data-status=${line.status}>
          ${badge(ctx, line.clause.companyName, 'companyName')}${renderClause(ctx, markMatch(line.clause.text, ''))} <span class="clause-status">${say(line)}</span>${badge(ctx, line.clause.licensed, 'licensed')}
        </li>`,
      )}
    </ul>`;
}

function renderNotFound(ctx: ResultsContext): TemplateResult {
  const { html } = ctx;
  const t = text(ctx);
  const linkText = t('browseLink');
  return html`<div class="not-found" part="not-found">
    <slot name="not-found">
      <p>${t('nextSteps')}</p>
      <ul>
        <li>${t('tryOther')}</li>
        <li>${t('browseBefore')}${ctx.directoryHref && safeHref(ctx.directoryHref) ? html`<a href=${ctx.directoryHref}>${linkText}</a>` : linkText}${t('browseAfter')}</li>
        <li>${t('contact')}</li>
      </ul>
    </slot>
  </div>`;
}

function renderGroup(ctx: ResultsContext, group: GroupView, level: number): TemplateResult {
  return ctx.html`<section class="group" part="group">
    ${heading(ctx, level, `${group.parent.code ?? ''} ${group.parent.name}`.trim(), 'group-heading')}
    <ul class="list">
      ${group.categories.map((view) => renderCategory(ctx, view))}
    </ul>
  </section>`;
}

function renderCategory(ctx: ResultsContext, view: CategoryView): TemplateResult {
  const { html, nothing } = ctx;
  const t = text(ctx);
  const { category } = view;
  const industries: MatchedIndustry[] = [];
  for (const industry of [...view.industries, ...view.directions.flatMap((d) => d.industries)]) {
    if (!industries.some((i) => i.code === industry.code)) industries.push(industry);
  }
  const reasons = cardReasons(view);
  return html`<li class="result" part="result">
    <div class="result-head">
      ${link(ctx, categoryRecord(category), html`<span class="code">${category.code}</span> ${category.name}`, 'category-link')}
      <span class="badge strength ${category.strength}" part="strength">${strengthLabel(category.strength, ctx.lang)}</span>
    </div>
    ${
      view.directions.length
        ? html`<ul class="list directions">
          ${view.directions.map(
            (direction) => html`<li class="direction" part="direction">
              ${link(ctx, directionRecord(direction, category), direction.direction.name, 'direction-link')}
              ${direction.direction.inferred ? html`<span class="inferred" part="inferred">（${t('inferred')}）</span>` : nothing}
            </li>`,
          )}
        </ul>`
        : nothing
    }
    ${
      reasons.length || industries.length
        ? html`<details class="why" part="why">
          <summary>${t('why')}</summary>
          ${renderReasons(ctx, reasons)} ${renderIndustries(ctx, industries)}
        </details>`
        : nothing
    }
  </li>`;
}

function link(
  ctx: ResultsContext,
  record: CategoryRecord,
  content: TemplateResult | string,
  part: string,
): TemplateResult {
  const href = ctx.hrefTemplate ? fillHref(ctx.hrefTemplate, record) : undefined;
  const onClick = (event: MouseEvent) => {
    // Modified clicks (new tab, new window) belong to the browser.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!ctx.select(record, href)) event.preventDefault();
  };
  return href
    ? ctx.html`<a part=${part} href=${href} @click=${onClick}>${content}</a>`
    : ctx.html`<button type="button" class="choose" part=${part} @click=${() => ctx.select(record, undefined)}>${content}</button>`;
}

function renderIndustries(ctx: ResultsContext, industries: MatchedIndustry[]): TemplateResult | Nothing {
  const { html } = ctx;
  const t = text(ctx);
  if (!industries.length) return ctx.nothing;
  const separator = ctx.lang === 'en' ? ', ' : '、';
  return html`<p class="industries" part="industries">
    ${t('industries')}${industries.map(
      (industry, i) =>
        html`${i ? separator : ''}${industry.name} <span class="code">${industry.code}</span>${industry.partial ? t('partial') : ''}`,
    )}
  </p>`;
}

function renderReasons(ctx: ResultsContext, reasons: ReasonView[]): TemplateResult | Nothing {
  const { html } = ctx;
  const t = text(ctx);
  const comma = ctx.lang === 'en' ? ', ' : '，';
  if (!reasons.length) return ctx.nothing;
  return html`<ul class="reasons" part="reasons">
    ${reasons.map(
      (reason) => html`<li>
        ${badge(ctx, reason.clause.companyName, 'companyName')}${renderClause(ctx, reason.parts)} ${t('matchedVia', { term: reason.term, source: sourceLabel(reason.source, ctx.lang) })}${reason.clause.correctedTo ? comma + t('correctedTo', { term: reason.clause.correctedTo }) : ''}${badge(ctx, reason.clause.licensed, 'licensed')}
      </li>`,
    )}
  </ul>`;
}

function renderClause(ctx: ResultsContext, parts: TextPart[]): TemplateResult {
  return ctx.html`<q class="clause" part="clause">${parts.map((part) => (part.mark ? ctx.html`<mark part="mark">${part.text}</mark>` : part.text))}</q>`;
}

/**
 * A label beside a clause: before it, that the clause is the company's name from a pasted licence, read for its trade
 * (not an item of the scope); after it, that the item needs a permit (许可项目).
 */
function badge(
  ctx: ResultsContext,
  shown: boolean | undefined,
  message: 'companyName' | 'licensed',
): TemplateResult | Nothing {
  if (!shown) return ctx.nothing;
  const label = ctx.html`<span class="badge" part="badge">${searchText(message, ctx.lang)}</span>`;
  return message === 'companyName' ? ctx.html`${label} ` : ctx.html` ${label}`;
}
