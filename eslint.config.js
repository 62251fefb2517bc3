// ESLint: typescript-eslint's type-aware recommended rules, minus the ones that only add noise in this code base.
// `npm run lint`; `npm test` runs it first (tests/run.mjs).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/.cache/**', 'tests/artifacts/**', 'lib/labels/table.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Casts here narrow validated wire data and viem results; many are only redundant for today's inferred types.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Preact handlers and test matchers pass methods around on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // Async functions without await implement async interfaces (stores, clients, fakes).
      '@typescript-eslint/require-await': 'off',
      // String(unknown) is how errors and untrusted values become one line of text.
      '@typescript-eslint/no-base-to-string': 'off',
      // Rejections carry typed errors or values from the page, as the EIP-1193 contract asks.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      // Event handlers may be async: Preact ignores their promise, and each handles its own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `a && b()` and `(x, y)` are used for short side effects.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Errors walk their own cause chain starting from `this`.
      '@typescript-eslint/no-this-alias': 'off',
      // A `let` read by a closure before its assignment is intended.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Node-only code lives in lib/cli and scripts/: the extension's folders never import Node built-ins.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['lib/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'Node built-ins belong in lib/cli or scripts/, not in code the extension ships.' },
            {
              regex: '^(fs|path|child_process|os|crypto|http|https|net|worker_threads)(/.*)?$',
              message: 'Node built-ins belong in lib/cli or scripts/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests poke at wire data, fakes and page objects without types.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // Hostile-page tests build functions from strings on purpose (each marked where it happens).
      '@typescript-eslint/no-implied-eval': 'off',
      'no-new-func': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      parserOptions: { projectService: false },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    // Known findings in files other branches are reorganising (the analysis pipeline, detection, the guard's
    // hook). Each line names where the finding is; empty this list once those files are settled.
    files: ['lib/guard/hook/install.ts', 'lib/guard/hook/wrap-provider.ts'],
    // Promise-like values from the page are chained through saved intrinsics and never awaited, on purpose.
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: [
      'lib/guard/decode/request.ts',
      'lib/guard/hook/install.ts',
      'lib/guard/hook/page-bridge.ts',
      'lib/guard/hook/wrap-provider.ts',
      'lib/detect/core.ts',
      'lib/analysis/gatherReport.ts',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
