// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// eslint-disable-next-line no-restricted-syntax -- ESLint reads the default export
export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'scratch/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a union of string literals instead of an enum.',
        },
      ],
    },
  },
  {
    // Type-checked rules, those that pay: a promise nobody awaits (a test that passes without
    // running its assertion), an await of what is not a promise, a thrown non-error, a cast
    // that changes nothing, an `any` let loose in the product. `npm run typecheck` still does
    // the type checking itself.
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', '*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': ['error', { allowThrowingUnknown: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/restrict-template-expressions': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    // Only src/prompt may import the prompt library; nothing asks for a password.
    files: ['src/**/*.ts'],
    ignores: ['src/prompt/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@inquirer/*'], message: 'Prompts live in src/prompt only.' }] },
      ],
    },
  },
  {
    // The edge sits on top: nothing below src/cli imports from it.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/plan/**', 'src/prompt/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@inquirer/*'], message: 'Prompts live in src/prompt only.' },
            { group: ['**/cli/*'], message: 'Nothing below src/cli imports from it.' },
          ],
        },
      ],
    },
  },
  {
    // The plan is pure: no file system, no process, no clock, no prompts, no colour.
    files: ['src/plan/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/plan is pure: no Node built-ins.',
            },
            {
              group: ['chalk', '@inquirer/*', 'commander', 'yaml'],
              message: 'src/plan is pure: no I/O libraries.',
            },
            {
              group: ['**/cli/*', '**/prompt/*', '**/render/*', '**/io/*', '**/roster/*'],
              message: 'src/plan must not depend on the edges.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/plan is pure: pass what you need in.' },
        { name: 'Date', message: 'src/plan is pure: the as-of date is passed in.' },
      ],
    },
  },
  {
    files: ['src/prompt/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@inquirer/prompts',
              importNames: ['password'],
              message: 'The tool never asks for a password.',
            },
          ],
          patterns: [{ group: ['**/cli/*'], message: 'Nothing below src/cli imports from it.' }],
        },
      ],
    },
  },
  {
    // The executable is a CommonJS shim: Node starts it faster than an ES module.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        AbortController: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
