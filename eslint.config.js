// @ts-check
/**
 * Lint rules: typescript-eslint's recommended type-aware set, Astro's, and the rules that keep the
 * code's shape (no import cycles, no very long files). `npm run lint` runs it; `npm test` too.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/dist/', 'data/dist.*/', '.astro/', 'node_modules/', 'tests/**/__snapshots__/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts', '**/*.astro', '**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })],
      // no-cycle follows imports by parsing each module: it must know how to parse TypeScript.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // A cycle makes modules depend on load order and hides which one owns a rule.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Dependencies point one way (STYLE.md): charts are pure and look up no translation; i18n knows
      // nothing of charts; the data build depends on src/schema only.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/charts',
              from: './src/i18n',
              except: ['./format.ts', './interpolate.ts', './locales.ts', './search.ts'],
              message: 'Charts take translated labels as options (src/views/chart-labels.ts); they use only i18n formatting and collation.',
            },
            {
              target: './src/charts',
              from: ['./src/db', './src/queries', './src/state', './src/views', './src/components', './src/pages'],
              message: 'Charts are pure functions of rows and options.',
            },
            { target: './src/i18n', from: './src/charts', message: 'i18n must not depend on charts.' },
            { target: './scripts/data', from: './src', except: ['./schema'], message: 'The data build depends on src/schema only.' },
          ],
        },
      ],
      // Split by concern before a file grows past ~300 lines (STYLE.md §12); 400 leaves room for tables.
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Code that runs in the browser.
    files: ['src/**/*.ts', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
