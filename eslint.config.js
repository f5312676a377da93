// Lint rules, including the import boundaries that keep the data flow one-way (docs/architecture.md):
// src/scim imports nothing but itself; only src/http imports express; only the composition root
// (src/main.ts and src/cli) starts the embedded emulator.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noHttp = { group: ['express', 'express/*', 'helmet', 'supertest'], message: 'Only src/http imports the HTTP framework.' };
const noAws = { group: ['@aws-sdk/*', '@smithy/*'], message: 'src/scim is pure: no AWS SDK here.' };
const noEmulator = { group: ['**/emulator/**', '**/emulator/*'], message: 'Only the composition root (src/main.ts, src/cli) starts the emulator.' };
const noOtherLayers = {
  group: ['**/http/**', '**/identity-store/**', '**/state/**', '**/translate/**', '**/config/**', '**/auth/**'],
  message: 'src/scim depends on nothing else in src.',
};
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/scim/**/*.ts'], rules: restrict(noHttp, noAws, noEmulator, noOtherLayers) },
  {
    files: ['src/identity-store/**/*.ts', 'src/state/**/*.ts', 'src/translate/**/*.ts', 'src/auth/**/*.ts', 'src/config/**/*.ts', 'src/observability/**/*.ts'],
    rules: restrict(noHttp, noEmulator),
  },
  { files: ['src/http/**/*.ts'], rules: restrict(noEmulator) },
  { files: ['src/emulator/**/*.ts'], rules: restrict(noHttp) },
  { files: ['test/**/*.ts', 'bench/**/*.ts'], rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-non-null-assertion': 'off' } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
