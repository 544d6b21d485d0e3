import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      '.data',
      'storybook-static',
      'src/core/generated',
      'custom-elements.json',
      'openapi.json',
      'examples/*/dist',
      'examples/*/.angular',
      'examples/.pack',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Browser code takes values from the contract's own modules: the index is an entry of its own,
    // and importing a value from it puts every schema on the page (see src/core/README.md).
    files: [
      'src/components/**/*.ts',
      'src/core/**/*.ts',
      'src/client/**/*.ts',
      'src/matching/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/contract/index.js'],
              allowTypeImports: true,
              message:
                'Import values from the contract module that defines them (e.g. contract/directory.js); types may come from the index.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
