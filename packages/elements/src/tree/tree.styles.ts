import { css } from 'lit';

export const treeStyles = css`
  :host {
    --_indent: var(--sixin-indent, 1.25em);
  }
  .filter {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .filter label {
    font-weight: 600;
  }
  .hint,
  .filter-status,
  .count,
  .note {
    color: var(--_text-muted);
  }
  .hint,
  .count,
  .note {
    font-size: 0.875em;
  }
  .filter input {
    inline-size: 100%;
    max-inline-size: 36em;
  }
  .filter-status {
    margin: 0;
    min-block-size: 1lh;
  }
  .tree {
    max-block-size: var(--sixin-tree-max-height, none);
    overflow-y: auto;
    padding: 2px;
  }
  .item {
    display: flex;
    align-items: baseline;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 4) var(--_space) calc(var(--_space) / 4) 0;
    border-radius: var(--_radius);
    border-inline-start: 3px solid transparent;
    color: var(--_text);
    text-decoration: none;
    cursor: pointer;
  }
  .item[href] .name {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .item:hover {
    background: var(--_surface-hover);
  }
  .item[aria-level='2'] {
    padding-inline-start: var(--_indent);
  }
  .item[aria-level='3'] {
    padding-inline-start: calc(var(--_indent) * 2);
  }
  .item[aria-level='4'] {
    padding-inline-start: calc(var(--_indent) * 3);
    cursor: default;
  }
  .item[aria-level='1'] .name {
    font-weight: 600;
  }
  .item[aria-current='page'],
  .item[aria-selected='true'] {
    background: var(--_accent-surface);
    border-inline-start-color: var(--_accent);
  }
  .item[aria-current='page'] .name,
  .item[aria-selected='true'] .name {
    font-weight: 700;
    text-decoration: none;
  }
  /* Wide and tall enough to hit with a finger or an unsteady hand (WCAG 2.5.8: 24 × 24 px). */
  .toggle {
    flex: none;
    inline-size: 1.5em;
    min-inline-size: 24px;
    min-block-size: 24px;
    align-self: stretch;
    align-items: center;
    display: inline-flex;
    justify-content: center;
  }
  /* A chevron drawn with borders: it follows the text colour, also in forced-colours mode. Not animated: rows are
     redrawn in place, so a turning chevron could belong to the row that took this one's place. */
  .item[aria-expanded] .toggle::before {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) .item[aria-expanded] .toggle::before {
    transform: rotate(135deg);
  }
  .item[aria-expanded='true'] .toggle::before {
    transform: rotate(45deg);
  }
  .label {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .code {
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
    margin-inline-end: 0.25em;
  }
  @media (forced-colors: active) {
    .item[aria-current='page'],
    .item[aria-selected='true'] {
      border-inline-start-color: Highlight;
    }
  }
`;
