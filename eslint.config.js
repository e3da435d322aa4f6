import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import relay from 'eslint-plugin-relay';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

/** Import boundaries of DESIGN.md §2: lib, components, relay, config → features → app; mocks stand apart. */
const noImport = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});
const MUI_BARRELS = [
  {
    name: '@mui/material',
    message: 'Use path imports (@mui/material/Button) to keep the bundle small.',
  },
  { name: '@mui/icons-material', message: 'Use path imports (@mui/icons-material/Add).' },
];
const BASE_LAYER_BAN = [
  '**/features/**',
  '**/app/**',
  '**/mocks/**',
  '../../mocks/*',
  '../mocks/*',
];

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-live',
    'dist-lib',
    'coverage',
    'test-results',
    'playwright-report',
    'public/mockServiceWorker.js',
    '**/__generated__/**',
    'examples/**/dist',
  ]),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { paths: MUI_BARRELS }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    plugins: { relay },
    rules: {
      'relay/graphql-syntax': 'error',
      'relay/graphql-naming': 'error',
      'relay/generated-typescript-types': 'error',
      // Off on purpose: rows hand plain sub-objects (scores, labels, markings) to the Relay-free presentational
      // components of src/components, which this rule cannot follow.
      'relay/unused-fields': 'off',
      'relay/must-colocate-fragment-spreads': 'error',
      'relay/hook-required-argument': 'error',
      'relay/function-required-argument': 'error',
    },
  },
  {
    files: ['src/lib/**', 'src/components/**', 'src/relay/**', 'src/config/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: MUI_BARRELS,
          patterns: [
            {
              group: BASE_LAYER_BAN,
              message: 'Shared layers must not depend on features, the app or the mock.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: MUI_BARRELS,
          patterns: [
            {
              group: ['**/app/**', '**/mocks/**'],
              message: 'Features must not depend on the app shell or the mock.',
            },
            {
              regex: '^\\.\\./\\.\\./features/|^\\.\\./(?!\\.)[^/]+/',
              message:
                'Features never import each other: compose them in a route module under src/app/routes.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: MUI_BARRELS,
          patterns: [{ group: ['**/mocks/**'], message: 'Only src/main.tsx may load the mock.' }],
        },
      ],
    },
  },
  {
    // The example host console consumes the built library by its package name, as a host would: never the sources.
    files: ['examples/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: MUI_BARRELS,
          patterns: [
            {
              group: ['**/src/**', '**/dist-lib/**', '**/mocks/**'],
              message: "Import the library as 'security-coverage-console' (dist-lib, built).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['mocks/**'],
    rules: noImport(
      ['**/src/**', '../src/*', '../../src/*'],
      'The mock backend never imports the app.',
    ),
  },
]);
