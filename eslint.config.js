// Lint rules that keep libraries inside their folders and the code honest (no any, no .only).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const restrict = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const focusedTests = {
  selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']",
  message: 'No focused tests.',
};

/**
 * SQL lives in db/repositories (device) and server/ (head office, its own PostgreSQL schema): services
 * call named repository functions. These selectors catch the ways SQL is written here: a prepared or
 * executed statement, a pragma, an sql`` template, SQL text handed to the statement cache or written
 * as a string, and drizzle's query builder (select…from, insert…values, update…set, delete…where,
 * db.query.<table>.findMany/findFirst). `.exec` is matched on a connection only: a regular
 * expression's own .exec is not SQL. Tests may read and arrange real databases directly: that is how
 * they check what the repositories wrote.
 */
const sqlMessage = 'SQL belongs in db/repositories: call a named repository function (README, Local database).';
const sqlOutsideDb = [
  "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(prepare|pragma)$/]",
  "CallExpression[callee.property.name='exec'][callee.object.name=/^(db|tx|sqlite|client|database)$/]",
  "CallExpression[callee.property.name='exec'][callee.object.property.name='$client']",
  "TaggedTemplateExpression[tag.name='sql']",
  "CallExpression[callee.name='cachedStatement']",
  'Literal[value=/^\\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM|WITH|PRAGMA) /]',
  'TemplateElement[value.raw=/^\\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM|WITH|PRAGMA) /]',
  "CallExpression[callee.property.name='from'][callee.object.callee.property.name=/^select(Distinct)?$/]",
  "CallExpression[callee.property.name='values'][callee.object.callee.property.name='insert']",
  "CallExpression[callee.property.name='set'][callee.object.callee.property.name='update']",
  "CallExpression[callee.property.name='where'][callee.object.callee.property.name='delete']",
  "CallExpression[callee.property.name=/^find(Many|First)$/][callee.object.object.property.name='query']",
].map((selector) => ({ selector, message: sqlMessage }));

/**
 * Files that still hold SQL outside db/ while their owners move it into repositories. This list must
 * only shrink: a file leaves it when its queries have moved, and no file is added.
 */
const sqlStillOutsideDb = ['scripts/head-office-demo.ts'];

/**
 * Function length. 80 lines of code (blank lines and comments not counted) is about one screen: past
 * it a function is usually several steps that want names, or a closure hiding a module. React
 * components get 150: most of their lines are JSX markup, one attribute per line once Prettier breaks
 * it, read as a tree rather than as control flow. Tests have no bound: a describe callback is a list
 * of cases, not logic.
 */
const maxLines = (max) => ({ 'max-lines-per-function': ['error', { max, skipBlankLines: true, skipComments: true }] });

/** Files with longer functions while their owners split them. This list must only shrink. */
const longFunctionsStill = [
  'db/seed/demo-data.ts',
  'db/seed/history.ts',
  'electron/cli/commands/letters.ts',
  'electron/letters/sample-letters.ts',
  'electron/letters/letters-service.ts',
  'electron/services/sync/sync-service.ts',
  'renderer/features/case-file/ContributionsTab.tsx',
  'renderer/features/case-file/RequestsTab.tsx',
  'renderer/features/intake/IntakeWizardPage.tsx',
  'renderer/features/letters/BatchPage.tsx',
  'renderer/features/payment-plan/PaymentPlanPage.tsx',
  'renderer/features/sync/ConflictItem.tsx',
  'server/http/app.ts',
  'server/sync/pull.ts',
  'server/sync/push.ts',
  'shared/domain/contribution/provisional.ts',
  'shared/domain/intake/consequences.ts',
];

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
      'no-restricted-syntax': ['error', focusedTests],
    },
  },
  { files: ['**/*.{ts,mjs,js,cjs}'], ignores: ['tests/**', ...longFunctionsStill], rules: maxLines(80) },
  { files: ['**/*.tsx'], ignores: ['tests/**', ...longFunctionsStill], rules: maxLines(150) },
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['db/**', 'server/**', 'tests/**', ...sqlStillOutsideDb],
    rules: { 'no-restricted-syntax': ['error', focusedTests, ...sqlOutsideDb] },
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
