import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'build/',
      'dist/',
      '.svelte-kit/',
      'package/',
      'node_modules/',
      'test-results/',
      'playwright-report/'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    rules: {
      // Dates are parsed by src/lib/core/dates.ts only: Date parsing of strings depends on the browser and zone.
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'] > :matches(Literal[raw=/^['\"]/], TemplateLiteral)",
          message: 'Use src/lib/core/dates.ts: new Date(string) parses differently across browsers and zones.'
        }
      ],
      // Every link in the app points to another site (an article's URL); there are no routes to resolve.
      'svelte/no-navigation-without-resolve': 'off',
      // URL, URLSearchParams, Set and Map here are local scratch values, never state a template reads.
      'svelte/prefer-svelte-reactivity': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  }
);
