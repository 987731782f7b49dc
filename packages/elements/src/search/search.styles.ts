import { css } from 'lit';

/**
 * The form and the suggestion list. The results' own styles travel with them in the engine chunk
 * (`search.results.styles.ts`), adopted once the engine is here.
 */
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
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
