// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Apps depend on libs, never on each other; libs/shared depends on no app.
 * @param {string} self
 * @param {Array<{ name: string; importNames?: string[]; message: string }>} [paths] imports refused besides
 * @returns {import('eslint').Linter.RulesRecord}
 */
const boundaries = (self, paths = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths,
      patterns: [
        {
          group: ['@steadywork/api', '@steadywork/admin', '@steadywork/miniapp'].filter((p) => p !== self),
          message: 'Apps never import each other: share code through libs/shared.',
        },
        {
          group: ['**/apps/*', '../../apps/**', '../../../apps/**'],
          message: 'Reach other projects through their package name (@steadywork/shared), not a relative path.',
        },
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      'data/**',
      '.nx/**',
      '**/*.config.js',
      'apps/miniapp/babel.config.js',
      '**/.swc/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts', 'e2e/**/*.ts'],
    ignores: ['**/jest.config.ts', '**/vite.config.ts', 'apps/miniapp/config/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  { files: ['libs/shared/**/*.ts'], rules: boundaries('@steadywork/shared') },
  {
    files: ['apps/api/**/*.ts'],
    rules: boundaries('@steadywork/api', [
      {
        name: 'class-validator',
        importNames: ['IsOptional'],
        message:
          'IsOptional lets null through: use @Optional() (absent allowed) or @Nullable() (null clears a nullable column) from common/validation.',
      },
    ]),
  },
  {
    files: ['apps/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: boundaries('@steadywork/admin'),
  },
  {
    files: ['apps/miniapp/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: boundaries('@steadywork/miniapp'),
  },
  prettier,
);
