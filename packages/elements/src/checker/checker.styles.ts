import { css } from 'lit';

// GOV.UK question pages, check-answers and warning text, drawn with the shared tokens: large targets (WCAG 2.5.8),
// state shown in words as well as colour, and a print layout that keeps the result and drops the controls.
export const checkerStyles = css`
  .base {
    max-inline-size: var(--sixin-checker-max-width, 40em);
  }
  [hidden] {
    display: none !important;
  }
  .base > * + *,
  form > * + *,
  fieldset > * + *,
  .find > * + *,
  .measure > * + * {
    margin-block-start: calc(var(--_space) * 2);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .step,
  .muted,
  .help,
  .option-hint,
  .outside {
    color: var(--_text-muted);
  }
  .outside {
    font-size: 0.875em;
    font-weight: 400;
  }
  .step {
    display: block;
    margin-block-end: calc(var(--_space) / 2);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  .question.invalid {
    border-inline-start: 5px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 2);
  }
  .options {
    display: grid;
    gap: var(--_space);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space);
    align-items: center;
  }
  .option input {
    inline-size: 1.5em;
    block-size: 1.5em;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .option label {
    padding-block: calc(var(--_space) / 2);
    cursor: pointer;
  }
  .option-hint {
    grid-column: 2;
  }
  details summary {
    color: var(--_accent);
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  details p {
    margin-block-start: var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_border);
  }
  .note {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-surface);
  }
  .error-summary {
    padding: var(--_space) calc(var(--_space) * 2);
    border: 4px solid var(--_danger);
  }
  .error-summary h2 {
    font-size: 1.2em;
    margin-block-end: var(--_space);
  }
  .error-summary a,
  .error-message {
    color: var(--_danger);
    font-weight: 700;
  }
  button.primary {
    font-weight: 600;
    padding: var(--_space) calc(var(--_space) * 2);
  }
  .back-link,
  .link {
    border: 0;
    padding: 0;
    background: none;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    min-block-size: 24px;
  }
  .back-link::before {
    content: '‹ ';
  }
  .summary-list .row {
    display: grid;
    grid-template-columns: 2fr 1fr auto;
    gap: var(--_space);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .summary-list dt {
    font-weight: 600;
  }
  .measure,
  .expectations {
    padding-block-start: var(--_space);
    border-block-start: 2px solid var(--_border);
  }
  .expectations li + li {
    margin-block-start: var(--_space);
  }
  .expectations .cites {
    display: block;
  }
  .tag {
    vertical-align: middle;
    font-weight: 700;
  }
  .tag.applies {
    color: var(--_accent);
    background: var(--_accent-surface);
  }
  .tag.does-not-apply {
    color: var(--_text-muted);
    background: var(--_surface-hover);
  }
  .facts dt {
    font-weight: 600;
    margin-block-start: var(--_space);
  }
  .warning {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding: var(--_space);
    background: var(--_danger-surface);
    border-inline-start: 4px solid var(--_danger);
  }
  .warning-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    color: var(--_danger-surface);
    background: var(--_danger);
    font-weight: 700;
  }
  .disclaimer {
    font-weight: 600;
  }
  .result-summary {
    font-size: 1.15em;
    font-weight: 600;
  }
  .not-applying {
    border-block-start: 2px solid var(--_border);
    padding-block-start: var(--_space);
  }
  .actions,
  .share-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .share-row input {
    flex: 1 1 16em;
  }
  .share label {
    display: block;
    font-weight: 600;
  }
  @media (max-width: 40em) {
    .find.searched {
      display: flex;
      flex-direction: column;
    }
    .searched > .tree-part {
      order: 1;
    }
  }
  @media (forced-colors: active) {
    .tag,
    .warning-icon {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .base {
      color: #000;
      background: #fff;
      max-inline-size: none;
    }
    .back-link,
    .actions,
    .share,
    .find-part {
      display: none;
    }
    .measure {
      break-inside: avoid;
    }
    /* What is folded is printed too (the measures that do not apply, terms): paper cannot be opened. */
    ::details-content {
      content-visibility: visible;
    }
    .facts a::after,
    .expectations a::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
