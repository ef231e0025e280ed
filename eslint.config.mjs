import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'custom-elements.json', 'bench-results/**', 'screenshots/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-template-arrow': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['date-fns', 'date-fns/*'], message: 'Dates are formatted with Intl (src/data/partial-date.ts).' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[source.value=/unsafe-html|unsafe-svg/]", message: 'Data must go through Lit escaping.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never assign innerHTML.' },
        {
          selector: "TaggedTemplateExpression[tag.name='css'] TemplateElement[value.cooked=null]",
          message: 'An invalid escape (such as \\201C) in a css`` literal silently drops the whole stylesheet: write the character, or double the backslash.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', 'test/node/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
