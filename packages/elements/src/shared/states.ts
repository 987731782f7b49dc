import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from './localize.js';
import type { Strings, DataProblem } from './strings.js';

/** The loading message, announced politely. */
export function renderLoading(strings: Strings): TemplateResult {
  return html`<p class="message" part="message" role="status">${strings.common.loading}</p>`;
}

/**
 * The error box: a summary, the specific reason, and a retry button when trying again can help (a URL that failed,
 * not data that is wrong). Rendered as an alert so screen readers hear it at once.
 */
export function renderError(localize: LocalizeController, problem: DataProblem, onRetry?: () => void): TemplateResult {
  const { strings } = localize;
  return html`<div class="error" part="error" role="alert">
    <p><strong>${strings.common.loadFailed}</strong> ${strings.common.dataError(problem)}</p>
    ${onRetry ? html`<button type="button" part="retry-button" @click=${onRetry}>${strings.common.retry}</button>` : nothing}
  </div>`;
}

/** A plain message for empty data. */
export function renderEmpty(text: string): TemplateResult {
  return html`<p class="message" part="message">${text}</p>`;
}
