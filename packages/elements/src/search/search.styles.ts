import { css } from 'lit';

export const searchStyles = css`
  .form {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0 0 var(--_space);
  }
  label,
  .heading {
    font-weight: 600;
  }
  .hint,
  .code,
  .option-note,
  .industries,
  .reasons,
  .code-info {
    color: var(--_text-muted);
  }
  .option-note {
    font-size: 0.875em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
  }
  .box {
    position: relative;
    flex: 1 1 16em;
    min-inline-size: 0;
  }
  #input {
    display: block;
    inline-size: 100%;
    margin: 0;
  }
  textarea#input {
    resize: vertical;
    min-block-size: 3lh;
  }
  button[type='submit'] {
    min-block-size: 2.25em;
  }
  [role='listbox'] {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
    margin: 2px 0 0;
    padding: 2px;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 3px solid transparent;
    cursor: pointer;
  }
  [role='option']:hover {
    background: var(--_surface-hover);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_accent-surface);
    border-inline-start-color: var(--_accent);
  }
  .option-note {
    display: block;
  }
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
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
