// Lint rules that keep libraries inside their folders and the code honest (no any, no .only).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const restrict = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/architecture/fixture/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
          message: 'No focused tests.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      [
        'electron',
        'better-sqlite3',
        'drizzle-orm',
        'drizzle-orm/*',
        'pdfmake',
        'pdfmake/*',
        'react',
        'react-dom',
        'pg',
        'node:*',
      ],
      'shared/ is the pure core: no runtime library.',
    ]),
  },
  {
    files: [
      'db/**/*.ts',
      'electron/services/**/*.ts',
      'electron/hosts/**/*.ts',
      'electron/letters/**/*.ts',
      'electron/cli/**/*.ts',
    ],
    rules: restrict([
      ['electron', 'react', 'react-dom'],
      'Only electron/main and electron/preload load electron; React lives in renderer/.',
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        ['electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'pdfmake', 'pg', 'node:*'],
        'The renderer reaches data only through renderer/api.',
      ]),
    },
  },
);
