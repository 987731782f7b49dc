import { html, nothing, type TemplateResult } from 'lit';
import type { Localized, RulesData, Sentence } from '@sixin/core';
import { clauseAnchor, type CheckResult, type MeasureOutcome, type MeasureStatus } from '@sixin/core/rules';
import { fillTemplate } from '../shared/links.js';
import type { CheckerStrings } from '../shared/strings.js';

/**
 * The result page, led by the answer: a summary sentence and the actions first, then the measures that apply or may
 * apply, the red lines to keep to in a section of their own (no 适用 badge: they are duties, not benefits), what
 * every covered business can expect, the measures that do not apply folded away, and the answers given.
 */

/** What the result page needs from the element: words, its links, and the parts it renders itself. */
export interface ResultPage {
  rules: RulesData;
  strings: CheckerStrings;
  en: boolean;
  text(value: Localized): string;
  say(sentences: readonly Sentence[]): TemplateResult;
  policyHrefTemplate: string;
  contactHrefTemplate: string;
  howHref: string;
  back: TemplateResult | typeof nothing;
  /** Print, change answers, start over, and the share box. */
  actions: TemplateResult;
  answers: TemplateResult;
  /**
   * The directory revision the result answers against (目录版本：2021-12-30), or, for a shared link whose answers were
   * given against another revision, the sentence that says so.
   */
  revision?: string;
}

/**
 * The overall answer from the measures' statuses: applies when a benefit applies, may-apply when one only may,
 * otherwise does-not-apply. Red lines (`safeguard`) are duties and count for neither.
 */
export function overallStatus(outcomes: readonly MeasureOutcome[]): {
  status: MeasureStatus;
  applies: number;
  may: number;
} {
  const benefits = outcomes.filter((o) => o.kind !== 'safeguard');
  const applies = benefits.filter((o) => o.status === 'applies').length;
  const may = benefits.filter((o) => o.status === 'may-apply').length;
  return { status: applies ? 'applies' : may ? 'may-apply' : 'does-not-apply', applies, may };
}

export function renderResult(page: ResultPage, result: CheckResult): TemplateResult {
  const { rules, strings, text } = page;
  const { status, applies, may } = overallStatus(result.outcomes);
  const shown = result.outcomes.filter((o) => o.status !== 'does-not-apply');
  const benefits = shown.filter((o) => o.kind !== 'safeguard');
  const duties = shown.filter((o) => o.kind === 'safeguard');
  const notApplying = result.outcomes.filter((o) => o.status === 'does-not-apply');
  return html`${page.back}
    <h2 class="heading" part="heading" tabindex="-1">${text(rules.labels.result)}</h2>
    <p class="result-summary" part="result-summary">
      <strong class="badge tag ${status}" part="overall-status">${text(rules.statuses[status])}</strong>
      ${strings.resultSummary(applies, may)}
    </p>
    ${page.revision ? html`<p part="revision">${page.revision}</p>` : nothing}
    ${page.actions}
    <p class="disclaimer" part="disclaimer">${text(rules.disclaimer)}</p>
    ${page.howHref ? html`<p><a href=${page.howHref} part="how-link">${text(rules.labels['how-it-decides'])}</a></p>` : nothing}
    ${benefits.map((outcome) => renderOutcome(page, outcome, 'h3'))}
    ${
      duties.length
        ? html`<section class="duties" part="duties">
          <h3>${strings.mustKeep}</h3>
          ${duties.map((outcome) => renderOutcome(page, outcome, 'h4'))}
        </section>`
        : nothing
    }
    ${result.outcomes.some((o) => o.kind === 'scope' && o.status === 'applies') ? renderExpectations(page) : nothing}
    ${
      notApplying.length
        ? html`<details class="not-applying" part="not-applying">
          <summary>${strings.notApplying(notApplying.length)}</summary>
          ${notApplying.map((outcome) => renderOutcome(page, outcome, 'h3'))}
        </details>`
        : nothing
    }
    <section class="answers">
      <h3>${text(rules.labels['your-answers'])}</h3>
      ${page.answers}
    </section>`;
}

function renderOutcome(page: ResultPage, outcome: MeasureOutcome, level: 'h3' | 'h4'): TemplateResult {
  const { rules, text: t, say } = page;
  const labels = rules.labels;
  const duty = outcome.kind === 'safeguard' && outcome.status !== 'does-not-apply';
  const because = outcome.because.flatMap((b) =>
    b.type === 'answer'
      ? [html`<li>${t(b.questionTitle)} ${t(b.optionLabel)}</li>`]
      : b.licensed
        ? [html`<li>${t(labels.licensed)}</li>`]
        : [],
  );
  const fact = (label: Localized, items: unknown[], list = true) =>
    items.length
      ? html`<dt>${t(label)}</dt>
          <dd>${list ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : items}</dd>`
      : nothing;
  const title = html`<span class="measure-title">${t(outcome.title)}</span>${
    duty
      ? nothing
      : html` <strong class="badge tag ${outcome.status}" part="status">${t(rules.statuses[outcome.status])}</strong>`
  }`;
  return html`<section class="measure ${outcome.status}" part="measure measure-${outcome.status}">
    ${level === 'h3' ? html`<h3>${title}</h3>` : html`<h4>${title}</h4>`}
    <p class="muted">${say(outcome.summary)}</p>
    ${
      duty
        ? html`<p class="warning" part="warning">
          <span class="warning-icon" aria-hidden="true">!</span
          ><strong><span class="visually-hidden">${page.strings.warning}</span>${say(outcome.reason)}</strong>
        </p>`
        : nothing
    }
    <dl class="facts">
      ${duty ? nothing : fact(labels.reason, [say(outcome.reason)], false)}
      ${because.length ? html`<dt>${t(labels.because)}</dt><dd><ul>${because}</ul></dd>` : nothing}
      ${fact(
        labels.cites,
        outcome.cites.map((cite) => renderClause(page, cite.id)),
      )}
      ${fact(
        outcome.status === 'may-apply' ? labels['confirm-with'] : labels.contacts,
        outcome.contacts.map(
          (c) =>
            html`${contactName(page, c.id, t(c.name))}${c.note ? html`<span class="muted">${page.en ? ': ' : '：'}${say(c.note)}</span>` : nothing}`,
        ),
      )}
      ${fact(
        labels.bring,
        outcome.bring.map((s) => say([s])),
      )} ${fact(
        labels['next-steps'],
        outcome.nextSteps.map((s) => say([s])),
      )}
    </dl>
  </section>`;
}

/** "您还可以期待": what every business the policy covers can expect, each with its clauses. */
function renderExpectations(page: ResultPage): TemplateResult {
  const { title, intro, items } = page.rules.expectations;
  return html`<section class="expectations" part="expectations">
    <h3>${page.text(title)}</h3>
    <p>${page.say(intro)}</p>
    <ul>
      ${items.map(
        (item) => html`<li>
          <strong>${page.text(item.title)}</strong>${page.en ? ': ' : '：'}${page.say(item.text)}
          <span class="cites">${item.cites.map((id) => renderClause(page, id))}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** An office's name, linked to where its contact details are when the host gives (or keeps) a template. */
function contactName(page: ResultPage, id: string, name: string): TemplateResult | string {
  const href = page.contactHrefTemplate && fillTemplate(page.contactHrefTemplate, { id });
  return href ? html`<a href=${href} part="contact-link">${name}</a>` : name;
}

/** A link to a cited clause, named by its document and title (validated rules carry both). */
function renderClause(page: ResultPage, id: string): TemplateResult {
  const clause = page.rules.clauses.find((c) => c.id === id);
  const href = fillTemplate(page.policyHrefTemplate, { anchor: clauseAnchor(id), id });
  return html`<a href=${href ?? nothing} part="clause-link"
    >${page.strings.clauseSource(clause?.document ?? '', id)}<span lang="zh-CN">${clause?.title ?? id}</span></a
  >`;
}
