// Lint for the whole workspace: typescript-eslint's recommended rules everywhere, and for the
// Lit elements the rules Shoelace runs (lit, lit-a11y, wc). Formatting is prettier's job, not eslint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.astro/**',
      'site/public/data/**',
      'site/public/widgets/**',
      'site/public/admin/**',
      'tests/.output/**',
      '.scratch/**',
      '**/*.astro',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // `_`-prefixed names are deliberately unused (ignored tuple items, required parameters).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Checks declared together and assigned once later, after closures that read them are built.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Chinese text sets full-width spaces (U+3000) in strings and templates on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      // Static template analysis cannot see a name given by <label for> or by the text inside the element; axe checks
      // the rendered accessible names in every element's Chromium tests instead.
      'lit-a11y/accessible-name': 'off',
      // Listbox options take the keyboard through the combobox input (WAI-ARIA APG combobox), not one by one.
      'lit-a11y/click-events-have-key-events': 'off',
    },
  },
  {
    // Tests state expectations with chai (`expect(x).to.exist`), build hostile inputs on purpose and poke at untyped JSON.
    files: ['**/*.test.ts', '**/test-support/**', 'tests/**'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'lit-a11y/anchor-is-valid': 'off',
    },
  },
  {
    // A host page written the way old government sites are (ES5, jQuery-style `var root = this`).
    files: ['tests/embed/host/**/*.js'],
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
);
