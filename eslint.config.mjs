// ESLint flat config. TypeScript gets typescript-eslint's type-aware rules (floating and misused
// promises, the no-unsafe-* family for `any`), type-checked against the root tsconfig.json, which
// already includes src/, test/, the simulator package (packages/sandbox), bench/, scripts/ and the
// root config files. Formatting is Prettier's job (prettier.config.mjs): eslint-config-prettier,
// last, turns off the style rules.
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'packages/*/dist/',
    'coverage/',
    'reports/',
    'test-output/',
    'bench/results/',
    '.stryker-tmp/',
    'test/generated/',
    'examples/checkout/server/graphql.ts',
    'examples/checkout/web/src/graphql/',
  ]),
  eslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding that is required by a signature but not used.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read GraphQL and HTTP responses and log lines as untyped JSON (`data?: any`) and check
    // their shape with jest's expect: that assertion is the type check. Jest's own asymmetric
    // matchers (expect.any, expect.stringMatching, expect.objectContaining) are typed `any` too.
    // Typing every response would mean a generated type per ad-hoc query, so the rules about
    // using `any` are off here (only here; `gqlTyped` with codegen documents is the typed way).
    // Test doubles implement async ports with `async` methods that answer at once: `async` keeps
    // a throw a rejection, as in the real implementation, so require-await does not apply. Jest
    // asserts on mock methods and helpers hand out methods of objects that never use `this`
    // (unbound-method). The promise rules (floating, misused, await-thenable) stay on.
    // The simulator package's tests (packages/sandbox/test) are tests too.
    files: ['test/**/*.ts', 'packages/sandbox/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Node scripts and config files written as plain JavaScript (ES modules or CommonJS).
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // GraphiQL's static page scripts: classic browser scripts (no modules, CSP forbids inline
    // code), using the globals of the UMD bundles loaded before them. Not type-checked: no tsconfig
    // covers them and they run as shipped.
    files: ['src/graphiql/public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, React: 'readonly', ReactDOM: 'readonly', graphqlWs: 'readonly', GraphiQL: 'readonly', PaygraphEventsPanel: 'readonly' },
    },
  },
  prettier,
);
