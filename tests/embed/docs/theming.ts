// The theming reference in packages/elements/README.md (design tokens and parts), generated from custom-elements.json
// so that it cannot drift from the elements' own documentation comments. theming.test.ts fails when the README is
// out of date; bring it up to date with:
//   npm run build -w @sixin/elements && node --import tsx tests/embed/docs/theming.ts --write
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENTS_DIR } from '../support/paths.ts';

export const README_FILE = join(ELEMENTS_DIR, 'README.md');
export const MANIFEST_FILE = join(ELEMENTS_DIR, 'custom-elements.json');
export const START_MARKER =
  '<!-- theming:start — generated from custom-elements.json by tests/embed/docs/theming.ts; do not edit by hand -->';
export const END_MARKER = '<!-- theming:end -->';

/** What one element documents about its look. */
export interface ElementTheming {
  tagName: string;
  cssProperties: Array<{ name: string; default: string; description: string }>;
  cssParts: Array<{ name: string; description: string }>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The tokens and parts of every element in a custom elements manifest, by tag name. Tags come from the class's
 * `tagName` or from the module that registers it (`custom-element-definition`), as the analyzer writes them.
 * @throws {Error} naming what is wrong, when the manifest has no modules or no element.
 */
export function readTheming(manifest: unknown): ElementTheming[] {
  if (!isObject(manifest) || !Array.isArray(manifest.modules))
    throw new Error('custom-elements.json has no "modules" list');
  const registered = new Map<string, string>();
  for (const mod of list(manifest.modules)) {
    for (const exp of list(mod.exports)) {
      if (exp.kind === 'custom-element-definition' && isObject(exp.declaration))
        registered.set(str(exp.declaration.name), str(exp.name));
    }
  }
  const elements = new Map<string, ElementTheming>();
  for (const mod of list(manifest.modules)) {
    for (const decl of list(mod.declarations)) {
      if (decl.kind !== 'class' || !(decl.customElement === true || decl.tagName)) continue;
      const tagName = str(decl.tagName) || registered.get(str(decl.name)) || '';
      if (!tagName || elements.has(tagName)) continue;
      elements.set(tagName, {
        tagName,
        cssProperties: list(decl.cssProperties).map((p) => ({
          name: str(p.name),
          default: str(p.default),
          description: str(p.description),
        })),
        cssParts: list(decl.cssParts).map((p) => ({ name: str(p.name), description: str(p.description) })),
      });
    }
  }
  if (!elements.size) throw new Error('custom-elements.json describes no custom element');
  return [...elements.values()].sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** One design token across elements: its defaults must be the same wherever it is documented. */
export interface Token {
  name: string;
  default: string;
  /** The dark theme's value, from `(dark: …)` or `(dark theme: …)` in a description; undefined when it has none. */
  dark?: string;
  /** What it sets in each element that documents it, without the dark value. */
  uses: Array<{ tagName: string; text: string }>;
}

const DARK_NOTE = /\s*\(dark(?: theme)?: ([^)]+)\)/;

/**
 * The tokens of all elements, merged by name in the order the first element lists them.
 * @throws {Error} when two elements document different defaults or dark values for the same token (one of them is
 *   wrong, and an embedder setting nothing would see two looks).
 */
export function mergeTokens(elements: ElementTheming[]): Token[] {
  const tokens = new Map<string, Token>();
  const conflicts: string[] = [];
  for (const element of elements) {
    for (const prop of element.cssProperties) {
      const dark = DARK_NOTE.exec(prop.description)?.[1].trim();
      const use = { tagName: element.tagName, text: prop.description.replace(DARK_NOTE, '').trim() };
      const known = tokens.get(prop.name);
      if (!known) {
        tokens.set(prop.name, { name: prop.name, default: prop.default, dark, uses: [use] });
        continue;
      }
      const first = known.uses[0].tagName;
      if (known.default !== prop.default) {
        conflicts.push(`${prop.name}: <${first}> documents "${known.default}", <${element.tagName}> "${prop.default}"`);
      }
      if (known.dark !== dark) {
        conflicts.push(
          `${prop.name}: <${first}> documents dark "${known.dark ?? '(none)'}", <${element.tagName}> "${dark ?? '(none)'}"`,
        );
      }
      known.uses.push(use);
    }
  }
  if (conflicts.length)
    throw new Error(`design tokens documented differently in different elements:\n  ${conflicts.join('\n  ')}`);
  return [...tokens.values()];
}

const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s+/g, ' ').trim();
const code = (text: string) => (text ? `\`${text.replaceAll('`', '')}\`` : '');

/** What a token sets: one sentence when every element says the same, else each element's own words. */
function usesCell(token: Token, elementCount: number): string {
  const texts = new Set(token.uses.map((u) => u.text));
  if (texts.size === 1 && token.uses.length === elementCount) return cell(token.uses[0].text);
  if (texts.size === 1) return `${token.uses.map((u) => `\`<${u.tagName}>\``).join(', ')}: ${cell(token.uses[0].text)}`;
  return token.uses.map((u) => `\`<${u.tagName}>\`: ${cell(u.text)}`).join('<br>');
}

/** The Markdown between the markers: the token table, then a table of parts per element. */
export function renderTheming(elements: ElementTheming[]): string {
  const tokens = mergeTokens(elements);
  const lines = [
    START_MARKER,
    '',
    '### Design tokens · 设计变量',
    '',
    'Set them on the element or on any ancestor (they inherit). The dark values apply with `theme="dark"`, or when the',
    'visitor\'s system is in dark mode and the element has no `theme="light"`.',
    '',
    '| custom property | default | dark | what it sets |',
    '|---|---|---|---|',
    ...tokens.map(
      (t) =>
        `| ${code(t.name)} | ${code(t.default)} | ${t.dark ? code(t.dark) : ''} | ${usesCell(t, elements.length)} |`,
    ),
    '',
    '### Parts · 部件',
    '',
    'Style them from the page with `::part()`, e.g. `sixin-category-tree::part(item-current) { font-weight: bold; }`.',
  ];
  for (const element of elements) {
    lines.push('', `#### \`<${element.tagName}>\``, '', '| part | what it is |', '|---|---|');
    for (const part of element.cssParts) lines.push(`| ${code(part.name)} | ${cell(part.description)} |`);
  }
  lines.push('', END_MARKER);
  return lines.join('\n');
}

/**
 * The README with its theming section replaced by `section`.
 * @throws {Error} when the README lacks the start or end marker, or has them in the wrong order.
 */
export function replaceSection(readme: string, section: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) {
    throw new Error(`${README_FILE} needs the lines\n${START_MARKER}\n${END_MARKER}\nwhere the theming reference goes`);
  }
  return readme.slice(0, start) + section + readme.slice(end + END_MARKER.length);
}

/** Reads the built manifest; fails with the build command when it is missing. */
export function readManifest(): unknown {
  let text: string;
  try {
    text = readFileSync(MANIFEST_FILE, 'utf8');
  } catch {
    throw new Error(`${MANIFEST_FILE} is missing; build the package first: npm run build -w @sixin/elements`);
  }
  return JSON.parse(text) as unknown;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(README_FILE, 'utf8');
  const updated = replaceSection(readme, renderTheming(readTheming(readManifest())));
  if (process.argv.includes('--write')) {
    if (updated !== readme) writeFileSync(README_FILE, updated);
    console.log(updated === readme ? `${README_FILE} is up to date` : `updated the theming section of ${README_FILE}`);
  } else {
    console.log(updated === readme ? 'up to date' : 'out of date: run with --write');
    process.exitCode = updated === readme ? 0 : 1;
  }
}
