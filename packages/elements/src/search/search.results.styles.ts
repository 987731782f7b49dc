import type { CSSResult, css as litCss } from 'lit';

/**
 * The styles of the results, which travel with them in the engine chunk: pages that never search never download
 * them. `css` is Lit's, handed in by the element as `html` is for the results (the chunk never bundles Lit); the
 * element adopts these after its own styles once the engine is here (search.component.ts).
 */
export const resultStyles = (css: typeof litCss): CSSResult => css`
  .results {
    display: grid;
    gap: var(--_space);
    overflow-wrap: anywhere;
  }
  .results p,
  .not-found ul {
    margin: 0;
  }
  .heading {
    font-size: 1.1em;
  }
  .group {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .group-heading {
    color: var(--_text-muted);
  }
  .list,
  .reasons,
  .clauses {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .result {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .directions {
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_accent-surface);
  }
  .result-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    font-size: 1.05em;
    font-weight: 600;
  }
  .choose {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    border: none;
    padding: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
  }
  .code {
    font-variant-numeric: tabular-nums;
  }
  .strength.strong {
    color: var(--_accent);
    background: var(--_accent-surface);
  }
  .clause {
    color: var(--_text);
  }
  .answer {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-surface);
  }
  .answer-text {
    font-size: 1.1em;
  }
  .clause-status,
  .inferred {
    color: var(--_text-muted);
  }
  .why summary {
    cursor: pointer;
    color: var(--_accent);
    inline-size: fit-content;
  }
  .why[open] > summary {
    margin-block-end: calc(var(--_space) / 2);
  }
  .notice,
  .not-found {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_warning-surface);
  }
  .not-found ul {
    padding-inline-start: 1.25em;
  }
`;
