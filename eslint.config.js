// A small lint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'reports/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // The state classes build URLSearchParams, Date and Set values as local computations and
      // immutable results, never as state to mutate: their reactive stand-ins would buy nothing.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
);
