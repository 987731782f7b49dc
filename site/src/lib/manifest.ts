import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitePaths } from './paths.ts';

/** The parts of one element's documentation that the embed page shows, read from `custom-elements.json`. */
export interface ElementDoc {
  tagName: string;
  className: string;
  summary: string;
  description: string;
  attributes: Array<{ name: string; type: string; default: string; description: string }>;
  /** Public JavaScript properties that have no attribute (such as `data`). */
  properties: Array<{ name: string; type: string; default: string; description: string }>;
  events: Array<{ name: string; type: string; description: string }>;
  cssProperties: Array<{ name: string; default: string; description: string }>;
  cssParts: Array<{ name: string; description: string }>;
  slots: Array<{ name: string; description: string }>;
}

export type ManifestResult =
  { status: 'missing'; file: string } | { status: 'ok'; file: string; elements: ElementDoc[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const typeText = (v: unknown) => (isObject(v) ? str(v.text) : '');
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/**
 * Reads the element documentation from a parsed custom elements manifest (schema 1.x, as
 * `@custom-elements-manifest/analyzer` writes it). Tag names come from `@tag`/`@tagname` in the class comment or
 * from the module that registers the class, since the class files define no tag themselves.
 * @throws {Error} when the file is not a custom elements manifest, naming what is wrong.
 */
export function readElementDocs(manifest: unknown, file = 'custom-elements.json'): ElementDoc[] {
  if (!isObject(manifest) || !Array.isArray(manifest.modules)) {
    throw new Error(`${file} is not a custom elements manifest: it has no "modules" list`);
  }
  const modules = list(manifest.modules);
  // Tag names registered elsewhere: exports of kind custom-element-definition point at the class by name.
  const registered = new Map<string, string>();
  for (const mod of modules) {
    for (const exp of list(mod.exports)) {
      if (exp.kind === 'custom-element-definition' && isObject(exp.declaration))
        registered.set(str(exp.declaration.name), str(exp.name));
    }
  }
  const docs = new Map<string, ElementDoc>();
  for (const mod of modules) {
    for (const decl of list(mod.declarations)) {
      if (decl.kind !== 'class' || !(decl.customElement === true || decl.tagName)) continue;
      const tagName = str(decl.tagName) || registered.get(str(decl.name)) || '';
      if (!tagName || docs.has(tagName)) continue;
      const attributes = list(decl.attributes);
      const attributeFields = new Set(attributes.map((a) => str(a.fieldName)));
      docs.set(tagName, {
        tagName,
        className: str(decl.name),
        summary: str(decl.summary),
        description: str(decl.description),
        attributes: attributes.map((a) => ({
          name: str(a.name),
          type: typeText(a.type),
          default: str(a.default),
          description: str(a.description),
        })),
        properties: list(decl.members)
          .filter(
            (m) =>
              m.kind === 'field' &&
              !m.static &&
              (m.privacy ?? 'public') === 'public' &&
              !m.attribute &&
              !attributeFields.has(str(m.name)),
          )
          .filter((m) => !str(m.name).startsWith('_') && !str(m.name).startsWith('#'))
          .map((m) => ({
            name: str(m.name),
            type: typeText(m.type),
            default: str(m.default),
            description: str(m.description),
          })),
        events: list(decl.events).map((e) => ({
          name: str(e.name),
          type: typeText(e.type),
          description: str(e.description),
        })),
        cssProperties: list(decl.cssProperties).map((p) => ({
          name: str(p.name),
          default: str(p.default),
          description: str(p.description),
        })),
        cssParts: list(decl.cssParts).map((p) => ({ name: str(p.name), description: str(p.description) })),
        slots: list(decl.slots).map((s) => ({ name: str(s.name), description: str(s.description) })),
      });
    }
  }
  return [...docs.values()].sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The elements package's manifest, or `missing` while the package has not generated it. */
export function loadElementDocs(paths: Pick<SitePaths, 'elementsDir'>): ManifestResult {
  const file = join(paths.elementsDir, 'custom-elements.json');
  if (!existsSync(file)) return { status: 'missing', file };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  return { status: 'ok', file, elements: readElementDocs(parsed, file) };
}

/**
 * Another site's look (a green palette, a serif face, square corners), by the role a custom property's name gives
 * it. Order matters: the first rule that matches a name wins, so `-highlight-text` is text, not a highlight.
 */
const THEME_RULES: Array<[RegExp, string]> = [
  [/font-family$/, 'Georgia, "Songti SC", "SimSun", serif'],
  [/radius$/, '0'],
  [/focus-colou?r$/, '#d4351c'],
  [/surface-hover$/, '#e2efeb'],
  [/accent-surface$/, '#dcefe9'],
  [/warning-surface$/, '#fff3dc'],
  [/danger-surface$/, '#fde8e8'],
  [/highlight-text$/, '#10302b'],
  [/highlight$/, '#ffe28a'],
  [/(text-muted|muted)$/, '#3d5a55'],
  [/warning$/, '#8a4b00'],
  [/danger$/, '#a4262c'],
  [/accent$/, '#00594f'],
  [/border$/, '#7fa99f'],
  [/surface$/, '#f3f8f6'],
  [/colou?r-text$/, '#10302b'],
];

/**
 * Values for the element's documented custom properties that restyle it as another site would. Only properties the
 * manifest documents are set, so the example shows exactly what embedders can change.
 */
export function exampleTheme(doc: ElementDoc): Array<[string, string]> {
  const theme: Array<[string, string]> = [];
  for (const prop of doc.cssProperties) {
    const rule = THEME_RULES.find(([pattern]) => pattern.test(prop.name));
    if (rule) theme.push([prop.name, rule[1]]);
  }
  return theme;
}
