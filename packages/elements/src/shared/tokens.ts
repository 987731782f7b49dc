import { css } from 'lit';

// Each public token `--sixin-*` is read once into a private `--_*` with its default, so the host can set the public
// one on any ancestor (custom properties inherit) and the defaults never override what the host chose.
const dark = css`
  --_text: var(--sixin-color-text, #e6edf3);
  --_text-muted: var(--sixin-color-text-muted, #a8b3bf);
  --_surface: var(--sixin-color-surface, #161b22);
  --_surface-hover: var(--sixin-color-surface-hover, #21262d);
  --_border: var(--sixin-color-border, #6e7781);
  --_accent: var(--sixin-color-accent, #79b8ff);
  --_accent-surface: var(--sixin-color-accent-surface, #1f3a5f);
  --_highlight: var(--sixin-color-highlight, #ffd33d);
  --_highlight-text: var(--sixin-color-highlight-text, #0d1117);
  --_warning: var(--sixin-color-warning, #f2cc60);
  --_warning-surface: var(--sixin-color-warning-surface, #3b2e00);
  --_danger: var(--sixin-color-danger, #ff9492);
  --_danger-surface: var(--sixin-color-danger-surface, #3d1618);
  --_focus: var(--sixin-focus-color, #79b8ff);
  color-scheme: dark;
`;

/**
 * Design tokens shared by every element, with light and dark defaults. Dark applies with `theme="dark"`, or when the
 * visitor's system prefers dark and the element is not pinned with `theme="light"`.
 */
export const tokenStyles = css`
  :host {
    --_font-family: var(
      --sixin-font-family,
      system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif
    );
    --_font-size: var(--sixin-font-size, 1em);
    --_line-height: var(--sixin-line-height, 1.5);
    --_space: var(--sixin-space, 0.5em);
    --_radius: var(--sixin-radius, 4px);
    --_focus-width: var(--sixin-focus-width, 3px);
    --_text: var(--sixin-color-text, #1b1f24);
    --_text-muted: var(--sixin-color-text-muted, #555f6b);
    --_surface: var(--sixin-color-surface, #ffffff);
    --_surface-hover: var(--sixin-color-surface-hover, #eef3fa);
    --_border: var(--sixin-color-border, #8c959f);
    --_accent: var(--sixin-color-accent, #0b57d0);
    --_accent-surface: var(--sixin-color-accent-surface, #e3edfd);
    --_highlight: var(--sixin-color-highlight, #ffe58f);
    --_highlight-text: var(--sixin-color-highlight-text, #1b1f24);
    --_warning: var(--sixin-color-warning, #7a4d00);
    --_warning-surface: var(--sixin-color-warning-surface, #fff4d6);
    --_danger: var(--sixin-color-danger, #a40e26);
    --_danger-surface: var(--sixin-color-danger-surface, #ffebe9);
    --_focus: var(--sixin-focus-color, #0b57d0);
    color-scheme: light;
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  /* Everything inside is set from tokens, so the host page's global rules (resets, large fonts) cannot reach it. */
  .base {
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    background: var(--_surface);
    text-align: start;
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-hover);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  input:not([type='radio']),
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
  }
  .primary {
    color: var(--_surface);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .primary:hover {
    background: var(--_accent);
    text-decoration: underline;
  }
  /* A short label beside a name: 待核实, 许可项目, a match's strength, a measure's status. Warning colours unless set. */
  .badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 400;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    white-space: nowrap;
    color: var(--_warning);
    background: var(--_warning-surface);
  }
  mark {
    color: var(--_highlight-text);
    background: var(--_highlight);
    border-radius: 2px;
  }
  .message {
    margin: 0;
    padding: var(--_space);
    color: var(--_text-muted);
  }
  .error {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_danger-surface);
    color: var(--_text);
  }
  .error p {
    margin: 0 0 var(--_space);
  }
  .error strong {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .error {
      border: 1px solid CanvasText;
    }
    mark {
      color: HighlightText;
      background: Highlight;
    }
  }
`;
