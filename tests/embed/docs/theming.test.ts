// The theming reference embedders read (packages/elements/README.md) is the one the elements document
// (custom-elements.json), and that documentation is what the styles really do: defaults, and dark values.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ELEMENTS_DIR } from '../support/paths.ts';
import {
  END_MARKER,
  mergeTokens,
  readManifest,
  readTheming,
  README_FILE,
  renderTheming,
  replaceSection,
  START_MARKER,
  type ElementTheming,
} from './theming.ts';

const REGENERATE = 'npm run build -w @sixin/elements && node --import tsx tests/embed/docs/theming.ts --write';

/** The source files whose CSS reads the public tokens (the shared tokens and each element's styles). */
function styleSources(): Array<{ file: string; text: string }> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) {
        if (name !== 'test-support') walk(abs);
      } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(abs);
    }
  };
  walk(join(ELEMENTS_DIR, 'src'));
  return files.sort().map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** Every `var(--sixin-name, fallback)` in `css`, with nested parentheses in the fallback kept whole. */
export function tokenFallbacks(css: string): Array<{ name: string; fallback: string }> {
  const found: Array<{ name: string; fallback: string }> = [];
  const pattern = /var\(\s*(--sixin-[\w-]+)\s*,/g;
  for (let match = pattern.exec(css); match; match = pattern.exec(css)) {
    let depth = 1;
    let i = pattern.lastIndex;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === '(') depth++;
      else if (css[i] === ')') depth--;
    }
    found.push({ name: match[1], fallback: css.slice(pattern.lastIndex, i - 1) });
  }
  return found;
}

const normalize = (value: string) =>
  value
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replaceAll('"', "'")
    .trim();
/** The font families of a stack, in order. */
const families = (stack: string) => normalize(stack).split(', ');
/** Whether every documented family appears in the real stack, in the same order (the docs may leave fallbacks out). */
const isSubsequence = (documented: string[], actual: string[]) => {
  let at = 0;
  for (const family of actual) if (family === documented[at]) at++;
  return at === documented.length;
};

/** The `const dark = css`…`` block of shared/tokens.ts: the dark theme's values. */
function darkBlock(tokensSource: string): string {
  const match = /const dark = css`([^`]*)`/.exec(tokensSource);
  if (!match) throw new Error('src/shared/tokens.ts has no `const dark = css`…`` block any more: update this test');
  return match[1];
}

describe('the theming reference in packages/elements/README.md', () => {
  test('is the one generated from custom-elements.json', () => {
    const readme = readFileSync(README_FILE, 'utf8');
    const expected = replaceSection(readme, renderTheming(readTheming(readManifest())));
    assert.ok(readme === expected, `the theming section of ${README_FILE} is out of date; run:\n  ${REGENERATE}`);
  });

  test('documents every token the styles read, with the default the styles use', () => {
    const tokens = mergeTokens(readTheming(readManifest()));
    const documented = new Map(tokens.map((t) => [t.name, t.default]));
    const sources = styleSources();
    const tokensSource = sources.find((s) => s.file.endsWith(join('shared', 'tokens.ts')));
    assert.ok(tokensSource, 'src/shared/tokens.ts is missing');
    const dark = darkBlock(tokensSource.text);
    const problems: string[] = [];
    for (const { file, text } of sources) {
      const light = file === tokensSource.file ? text.replace(dark, '') : text;
      for (const { name, fallback } of tokenFallbacks(light)) {
        const doc = documented.get(name);
        const where = file.slice(ELEMENTS_DIR.length + 1);
        if (doc === undefined) problems.push(`${where} reads ${name}, which no element documents with @cssprop`);
        else if (
          name.endsWith('font-family')
            ? !isSubsequence(families(doc), families(fallback))
            : normalize(doc) !== normalize(fallback)
        ) {
          problems.push(`${name}: documented default "${doc}", but ${where} falls back to "${normalize(fallback)}"`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test('gives the dark theme value of every token that has one, as the styles set it', () => {
    const tokens = mergeTokens(readTheming(readManifest()));
    const tokensSource = readFileSync(join(ELEMENTS_DIR, 'src', 'shared', 'tokens.ts'), 'utf8');
    const problems: string[] = [];
    for (const { name, fallback } of tokenFallbacks(darkBlock(tokensSource))) {
      const token = tokens.find((t) => t.name === name);
      if (!token) problems.push(`${name} has a dark value but is not documented`);
      else if (normalize(token.dark ?? '') !== normalize(fallback)) {
        problems.push(`${name}: documented dark value "${token.dark ?? '(none)'}", the styles use "${fallback}"`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

describe('the generator', () => {
  const element = (tagName: string, props: Array<[string, string]>): ElementTheming => ({
    tagName,
    cssProperties: props.map(([name, value]) => ({
      name,
      default: value,
      description: `sets ${name}${name.includes('color') ? ' (dark: #eeeeee)' : ''}`,
    })),
    cssParts: [{ name: 'base', description: 'The wrapper | everything.' }],
  });

  test("merges tokens by name, with the dark value in its own column and each element's words where they differ", () => {
    const out = renderTheming([
      element('sixin-a', [
        ['--sixin-color-text', '#111111'],
        ['--sixin-indent', '1em'],
      ]),
      element('sixin-b', [['--sixin-color-text', '#111111']]),
    ]);
    assert.match(out, /\| `--sixin-color-text` \| `#111111` \| `#eeeeee` \| sets --sixin-color-text \|/);
    assert.match(out, /\| `--sixin-indent` \| `1em` \| {2}\| `<sixin-a>`: sets --sixin-indent \|/);
    assert.match(
      out,
      /#### `<sixin-b>`\n\n\| part \| what it is \|\n\|---\|---\|\n\| `base` \| The wrapper \\\| everything\. \|/,
    );
    const differing = renderTheming([
      { ...element('sixin-a', []), cssProperties: [{ name: '--sixin-space', default: '1em', description: 'Gaps.' }] },
      {
        ...element('sixin-b', []),
        cssProperties: [{ name: '--sixin-space', default: '1em', description: 'Margins.' }],
      },
    ]);
    assert.match(differing, /\| `--sixin-space` \| `1em` \| {2}\| `<sixin-a>`: Gaps\.<br>`<sixin-b>`: Margins\. \|/);
  });

  test('refuses two defaults or two dark values for one token, naming both elements and values', () => {
    assert.throws(
      () =>
        mergeTokens([element('sixin-a', [['--sixin-radius', '4px']]), element('sixin-b', [['--sixin-radius', '2px']])]),
      /--sixin-radius: <sixin-a> documents "4px", <sixin-b> "2px"/,
    );
    const withDark = (tag: string, dark: string): ElementTheming => ({
      tagName: tag,
      cssProperties: [{ name: '--sixin-color-text', default: '#111111', description: `Text (dark: ${dark}).` }],
      cssParts: [],
    });
    assert.throws(
      () => mergeTokens([withDark('sixin-a', '#eeeeee'), withDark('sixin-b', '#dddddd')]),
      /dark "#eeeeee", <sixin-b> "#dddddd"/,
    );
  });

  test('reads tag names from the registering module when the class has none', () => {
    const manifest = {
      modules: [
        {
          declarations: [
            {
              kind: 'class',
              name: 'Tree',
              customElement: true,
              cssProperties: [{ name: '--sixin-space', default: '0.5em' }],
            },
          ],
        },
        {
          exports: [{ kind: 'custom-element-definition', name: 'sixin-category-tree', declaration: { name: 'Tree' } }],
        },
      ],
    };
    assert.deepEqual(
      readTheming(manifest).map((e) => [e.tagName, e.cssProperties[0].name]),
      [['sixin-category-tree', '--sixin-space']],
    );
    assert.throws(() => readTheming({}), /no "modules" list/);
    assert.throws(() => readTheming({ modules: [] }), /describes no custom element/);
  });

  test('says where the markers go when the README lacks them', () => {
    assert.throws(() => replaceSection('# README\n', 'x'), new RegExp(START_MARKER.slice(0, 20)));
    assert.equal(replaceSection(`a\n${START_MARKER}\nold\n${END_MARKER}\nb`, 'new'), 'a\nnew\nb');
  });

  test('finds token fallbacks with nested parentheses', () => {
    assert.deepEqual(tokenFallbacks('a { b: var(--sixin-x, calc(1px + var(--y, 2px))); c: var(--sixin-y,#fff) }'), [
      { name: '--sixin-x', fallback: ' calc(1px + var(--y, 2px))' },
      { name: '--sixin-y', fallback: '#fff' },
    ]);
  });
});
