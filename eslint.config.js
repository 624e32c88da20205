// ESLint flat config (ESLint 10, typescript-eslint 8, eslint-plugin-boundaries 7).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier/flat';
import reactHooks from 'eslint-plugin-react-hooks';
import { reactRefresh } from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const JS_FILES = ['**/*.{js,jsx,mjs,cjs}'];
/**
 * The layers, each importing only from those below it (and itself):
 * lib <- data <- i18n <- charts <- ui <- features <- app <- prerender (build time). Data code is split by where it runs:
 * the worker and the page each build on the shared contract (src/data), never on each other,
 * except the page client's in-page fallback (no Worker in jsdom), a dynamic import.
 */
const BELOW = {
  lib: [],
  data: ['lib'],
  'data-worker': ['data', 'lib'],
  'data-page': ['data-worker', 'data', 'lib'],
  i18n: ['data', 'lib'],
  charts: ['i18n', 'data-page', 'data', 'lib'],
  ui: ['charts', 'i18n', 'data-page', 'data', 'lib'],
  feature: ['ui', 'charts', 'i18n', 'data-page', 'data', 'lib'],
  app: ['feature', 'ui', 'charts', 'i18n', 'data-page', 'data-worker', 'data', 'lib'],
  // Build time only (Node): renders the app's pages to HTML.
  prerender: ['app', 'feature', 'ui', 'charts', 'i18n', 'data-page', 'data', 'lib'],
};
const NODE_FILES = ['scripts/**', 'tests/**', 'bench/**', '**/*.config.*'];

const ECHARTS_FULL_MESSAGE =
  "Import from 'echarts/core' and register only the charts/components you use; the bare 'echarts' entry pulls in the whole library. `import type` from 'echarts' is fine.";
const ECHARTS_FOR_REACT_MESSAGE =
  "Use 'echarts-for-react/esm/core' (ReactEChartsCore, with an `echarts` prop from 'echarts/core'); the package root and 'echarts-for-react/lib/*' bundle the full echarts library.";

/**
 * Options for (@typescript-eslint/)no-restricted-imports. `relativeJs` also forbids './x.js'-style
 * specifiers: TypeScript resolves them to x.ts, but the import resolver used by the boundaries
 * rule would not, and an unresolved import escapes the boundary check.
 */
function restrictedImports({ allowTypeImports, relativeJs = false }) {
  const typeOpt = allowTypeImports ? { allowTypeImports: true } : {};
  return {
    paths: [
      { name: 'echarts', message: ECHARTS_FULL_MESSAGE, ...typeOpt },
      { name: 'echarts-for-react', message: ECHARTS_FOR_REACT_MESSAGE, ...typeOpt },
    ],
    patterns: [
      {
        group: ['echarts/index', 'echarts/index.*', 'echarts/dist/*'],
        message: ECHARTS_FULL_MESSAGE,
        ...typeOpt,
      },
      {
        group: ['echarts-for-react/lib', 'echarts-for-react/lib/*'],
        message: ECHARTS_FOR_REACT_MESSAGE,
        ...typeOpt,
      },
      ...(relativeJs
        ? [
            {
              regex: '^\\.{1,2}/.*\\.(?:js|jsx|mjs|cjs)$',
              message:
                'Import local modules without a file extension (e.g. ./chart, not ./chart.js).',
            },
          ]
        : []),
    ],
  };
}

/**
 * Barrel files (src/**\/index.ts[x]) are forbidden: they defeat tree-shaking and hide
 * import boundaries. ESLint has no built-in "this file must not exist" rule, and reusing
 * `no-restricted-syntax` for it would replace (not merge with) the selectors configured
 * for all src files, so a one-rule local plugin reports any such file on its Program node.
 */
const localPlugin = {
  meta: { name: 'local' },
  rules: {
    'no-barrel-files': {
      meta: {
        type: 'problem',
        docs: { description: 'Forbid barrel files (index.ts/index.tsx) under src/' },
        schema: [],
        messages: {
          barrel:
            'Barrel files (index.ts/index.tsx) are not allowed under src/: import from the module that defines the symbol.',
        },
      },
      create(context) {
        return {
          Program(node) {
            context.report({ node, messageId: 'barrel' });
          },
        };
      },
    },
  },
};

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-*/',
    'node_modules/',
    'public/data/geo/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    '.scratch*/',
  ]),

  {
    name: 'base/js',
    files: [...TS_FILES, ...JS_FILES],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // TypeScript, type-aware (tsconfig.json references tsconfig.app.json and tsconfig.node.json).
  {
    name: 'typescript/type-checked',
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // Value imports of the full echarts bundles are forbidden; type imports are erased at build time.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        restrictedImports({ allowTypeImports: true }),
      ],
    },
  },

  // Plain JS (this file, scripts/*.mjs): not part of any tsconfig, so no type-aware rules.
  {
    name: 'javascript',
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Same echarts restriction for JS files (the core rule has no allowTypeImports; JS has no type imports).
  {
    name: 'javascript/echarts',
    files: JS_FILES,
    rules: {
      'no-restricted-imports': ['error', restrictedImports({ allowTypeImports: false })],
    },
  },

  // Browser code.
  {
    name: 'src/browser',
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    extends: [reactHooks.configs.flat.recommended, reactRefresh.configs.vite()],
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message:
            'dangerouslySetInnerHTML is forbidden: render text as React children (it is escaped) instead of injecting HTML.',
        },
        {
          selector: 'Property[key.name="dangerouslySetInnerHTML"]',
          message:
            'dangerouslySetInnerHTML is forbidden (also via createElement props / spread objects).',
        },
      ],
    },
  },

  {
    name: 'src/typescript-imports',
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        restrictedImports({ allowTypeImports: true, relativeJs: true }),
      ],
    },
  },

  // Unit tests inside src may export helpers and use test globals.
  {
    name: 'src/tests',
    files: ['src/**/*.test.{ts,tsx}', 'src/test-setup.ts'],
    languageOptions: {
      globals: { ...globals.vitest },
    },
    rules: {
      'react-refresh/only-export-components': 'off',
    },
  },

  // No barrel files under src/.
  {
    name: 'src/no-barrel-files',
    files: ['src/**/index.{ts,tsx,js,jsx,mts,cts}'],
    plugins: { local: localPlugin },
    rules: { 'local/no-barrel-files': 'error' },
  },

  // Import boundaries (bulletproof-react style). Applies to every file under src/, tests included.
  {
    name: 'src/boundaries',
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    plugins: { boundaries },
    settings: {
      // The plugin's bundled node resolver, taught TypeScript extensions. src/ uses relative,
      // extensionless imports (no tsconfig paths); './x.js' specifiers are banned above because this
      // resolver would not map them to x.ts. tsc -b fails on any import that does not resolve.
      'import/resolver': {
        node: { extensions: ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.json'] },
      },
      'boundaries/legacy-templates': false,
      // The entry file is not an element (element patterns match folders); it is a file category.
      'boundaries/files': [{ category: 'entry', pattern: 'src/{main,entry}.{ts,tsx}' }],
      'boundaries/elements': [
        { type: 'prerender', pattern: 'src/prerender', partialMatch: false },
        { type: 'app', pattern: 'src/app', partialMatch: false },
        {
          type: 'feature',
          pattern: 'src/features/*',
          partialMatch: false,
          capture: ['feature'],
        },
        { type: 'ui', pattern: 'src/ui', partialMatch: false },
        { type: 'charts', pattern: 'src/charts', partialMatch: false },
        { type: 'i18n', pattern: 'src/i18n', partialMatch: false },
        // Where data code runs: inside the data worker, on the page, or both (the contract).
        { type: 'data-worker', pattern: 'src/data/worker', partialMatch: false },
        { type: 'data-page', pattern: 'src/data/page', partialMatch: false },
        { type: 'data', pattern: 'src/data', partialMatch: false },
        { type: 'lib', pattern: 'src/lib', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            // npm packages and node builtins are governed by no-restricted-imports, not here.
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            {
              from: { file: { categories: 'entry' } },
              allow: { to: { element: { types: ['app', ...BELOW.app] } } },
            },
            // entry.ts (the only script before load) starts main.tsx (the app) later.
            {
              from: { file: { categories: 'entry' } },
              allow: { to: { file: { categories: 'entry' } } },
            },
            // Each layer may import itself and the layers below; a feature only its own folder.
            ...Object.entries(BELOW).map(([type, below]) => ({
              from: { element: { type } },
              allow: { to: { element: { types: type === 'feature' ? below : [type, ...below] } } },
            })),
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: {
                  element: {
                    type: 'feature',
                    captured: { feature: '{{ from.element.captured.feature }}' },
                  },
                },
              },
            },
          ],
        },
      ],
    },
  },

  // Classic scripts served as they are (no bundling): boot.js in <head>, embed.js for hosts.
  {
    name: 'public/scripts',
    files: ['public/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },

  // Node code: scripts, e2e/unit tests outside src, benchmarks, tool configs.
  {
    name: 'node',
    files: NODE_FILES,
    languageOptions: {
      globals: { ...globals.node },
    },
  },

  // Must be last: turns off stylistic rules that conflict with Prettier.
  prettier,
]);
