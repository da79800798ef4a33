import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/e2e-electron/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    // Vitest keeps a core for itself by default: one test file at a time on a two-core machine, where
    // most files wait on SQLite, PostgreSQL or a child process and leave the core idle.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts', 'db/**/*.ts', 'electron/**/*.ts', 'server/**/*.ts'],
      exclude: [
        '**/*.d.ts',
        'db/migrations/**',
        'server/db/migrations/**',
        'electron/main/main.ts',
        'electron/preload/**',
      ],
      reporter: ['text-summary', 'json-summary'],
      // The functional core is fully covered, and must stay so.
      thresholds: {
        'shared/domain/**/*.ts': { lines: 100, branches: 100, functions: 100, statements: 100 },
        'shared/rules/benefits/**/*.ts': { lines: 100, branches: 100, functions: 100, statements: 100 },
      },
    },
  },
});
