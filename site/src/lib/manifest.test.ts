import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { exampleTheme, loadElementDocs, readElementDocs } from './manifest.ts';

const scratch = mkdtempSync(join(tmpdir(), 'sixin-site-manifest-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'src/tree/tree.component.ts',
      declarations: [
        {
          kind: 'class',
          name: 'SixinCategoryTree',
          customElement: true,
          summary: 'The directory as a tree.',
          attributes: [
            {
              name: 'href-template',
              fieldName: 'hrefTemplate',
              type: { text: 'string' },
              default: "''",
              description: 'Link of each item.',
            },
          ],
          members: [
            { kind: 'field', name: 'hrefTemplate', attribute: 'href-template', type: { text: 'string' } },
            { kind: 'field', name: 'data', type: { text: 'DirectoryData | undefined' }, description: 'The directory.' },
            { kind: 'field', name: 'internalState', privacy: 'private' },
            { kind: 'field', name: 'styles', static: true },
            { kind: 'method', name: 'focusItem' },
          ],
          events: [
            { name: 'sixin-select', type: { text: 'CustomEvent<{ id: string }>' }, description: 'An item was chosen.' },
          ],
          cssProperties: [
            { name: '--sixin-color-accent', default: '#0b55a3', description: 'Links and selection.' },
            { name: '--sixin-color-text', default: '#1f1f1f' },
            { name: '--sixin-focus-color' },
            { name: '--sixin-indent', default: '1rem' },
          ],
          cssParts: [{ name: 'item', description: 'One row.' }],
          slots: [],
        },
        { kind: 'function', name: 'helper' },
      ],
    },
    {
      kind: 'javascript-module',
      path: 'src/sixin-category-tree.ts',
      declarations: [],
      exports: [
        {
          kind: 'custom-element-definition',
          name: 'sixin-category-tree',
          declaration: { name: 'SixinCategoryTree', module: 'src/tree/tree.component.ts' },
        },
      ],
    },
  ],
};

test('elements are read with their tag from the registering module, attributes, JS-only properties, events, CSS API', () => {
  const [tree, ...rest] = readElementDocs(manifest);
  assert.equal(rest.length, 0);
  assert.equal(tree.tagName, 'sixin-category-tree');
  assert.equal(tree.summary, 'The directory as a tree.');
  assert.deepEqual(tree.attributes, [
    { name: 'href-template', type: 'string', default: "''", description: 'Link of each item.' },
  ]);
  assert.deepEqual(
    tree.properties.map((p) => p.name),
    ['data'],
  );
  assert.deepEqual(tree.events, [
    { name: 'sixin-select', type: 'CustomEvent<{ id: string }>', description: 'An item was chosen.' },
  ]);
  assert.deepEqual(tree.cssParts, [{ name: 'item', description: 'One row.' }]);
  assert.equal(tree.cssProperties.length, 4);
});

test('a tag given in the class comment (@tag) is used as is', () => {
  const withTag = structuredClone(manifest);
  (withTag.modules[0].declarations[0] as Record<string, unknown>).tagName = 'sixin-tree-x';
  assert.deepEqual(
    readElementDocs(withTag).map((d) => d.tagName),
    ['sixin-tree-x'],
  );
});

test('something that is not a manifest is a clear error', () => {
  assert.throws(() => readElementDocs({ tags: [] }, 'x.json'), /x\.json is not a custom elements manifest/);
  assert.throws(() => readElementDocs(null), /no "modules" list/);
});

test('the theme example sets only documented properties, each to the other site’s value for its role', () => {
  const [tree] = readElementDocs(manifest);
  assert.deepEqual(exampleTheme(tree), [
    ['--sixin-color-accent', '#00594f'],
    ['--sixin-color-text', '#10302b'],
    ['--sixin-focus-color', '#d4351c'],
  ]);
  const more = structuredClone(tree);
  more.cssProperties = [
    '--x-color-highlight-text',
    '--x-color-highlight',
    '--x-color-accent-surface',
    '--x-focus-width',
    '--x-font-family',
  ].map((name) => ({ name, default: '', description: '' }));
  assert.deepEqual(exampleTheme(more), [
    ['--x-color-highlight-text', '#10302b'],
    ['--x-color-highlight', '#ffe28a'],
    ['--x-color-accent-surface', '#dcefe9'],
    ['--x-font-family', 'Georgia, "Songti SC", "SimSun", serif'],
  ]);
});

test('a missing manifest is reported as missing; a broken one names the file', () => {
  assert.deepEqual(loadElementDocs({ elementsDir: scratch }), {
    status: 'missing',
    file: join(scratch, 'custom-elements.json'),
  });
  writeFileSync(join(scratch, 'custom-elements.json'), '{ not json');
  assert.throws(() => loadElementDocs({ elementsDir: scratch }), /custom-elements\.json is not valid JSON/);
});

test('the elements package’s own manifest, when built, documents the category tree', (t) => {
  const elementsDir = join(import.meta.dirname, '..', '..', '..', 'packages', 'elements');
  if (!existsSync(join(elementsDir, 'custom-elements.json'))) {
    t.skip('packages/elements has not generated custom-elements.json');
    return;
  }
  const result = loadElementDocs({ elementsDir });
  assert.equal(result.status, 'ok');
  const tree = result.status === 'ok' ? result.elements.find((d) => d.tagName === 'sixin-category-tree') : undefined;
  assert.ok(tree, 'sixin-category-tree is not in the manifest');
  assert.ok(tree.attributes.some((a) => a.name === 'href-template'));
  assert.ok(exampleTheme(tree).length > 0, 'no colour property to theme');
});
