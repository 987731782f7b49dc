import type { CategoryRecord } from './directory.js';

/**
 * Links the elements render. Data never supplies a URL: a link is a template the host page gave (`href-template`,
 * `policy-href-template`) filled with ids that passed their patterns, or the `href` of the host's own markup. And
 * whatever comes out must be relative or `http(s):`, so no template, id or markup can make a `javascript:` link.
 */

/**
 * A directory category: `1`, `1.3` or `1.3/xinxing-ruanjian-kaifa` (levels 1, 2 and 3). Every id from data is checked
 * against a pattern before it is used; the rules' ids (`RULE_ID`, `CLAUSE_ID`) come from `@sixin/core/rules`.
 */
export const CATEGORY_ID = /^[1-9]\d*(?:\.[1-9]\d*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?)?$/;

/** `href` when following it can only navigate (a relative or an http(s) URL), otherwise undefined. */
export function safeHref(href: string): string | undefined {
  try {
    // Parsed as the browser will parse it (leading spaces, tabs and newlines inside `java\tscript:` are dropped).
    return /^https?:$/.test(new URL(href, 'https://base.invalid/').protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fills the `{name}` placeholders of a host's URL template with `values`, percent-encoded except for `/` (a path
 * separator in level-3 ids); unknown placeholders stay as written. Returns undefined when the result is not a
 * {@link safeHref}.
 */
export function fillTemplate(template: string, values: Record<string, string>): string | undefined {
  // A replacer function, not a string: `$&` or `$'` in a value must stay text.
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name]!.split('/').map(encodeURIComponent).join('/') : whole,
  );
  return safeHref(filled);
}

/** A category's link from an `href-template`: `{id}` and `{code}` (the id when there is no code). */
export function fillHref(template: string, category: CategoryRecord): string | undefined {
  return fillTemplate(template, { id: category.id, code: category.code ?? category.id });
}

const BUNDLE_ORIGIN = new URL(import.meta.url).origin;

/**
 * Put before an element's default links (root-relative paths of this project's site). On another site's page they
 * must lead here, where the bundle came from, not to the same path on the host (a 404): so when the bundle's origin is
 * not the page's, this is the bundle's origin. On this site itself, and for a copy without a web origin (`data:`,
 * whose origin is "null"), it is empty and the paths stay relative. Templates a host gives are not touched.
 */
export const OWN_SITE = BUNDLE_ORIGIN[0] == 'h' && BUNDLE_ORIGIN != location.origin ? BUNDLE_ORIGIN : '';
