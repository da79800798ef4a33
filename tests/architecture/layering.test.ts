/**
 * The dependency rules are enforced by `npm run check:deps` over the real tree. This test proves the
 * rules bite: a fixture tree with known violations must produce exactly those errors.
 */
import { describe, expect, it } from 'vitest';
import { cruise, type IViolation } from 'dependency-cruiser';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs') as { forbidden: unknown[] };
const fixture = fileURLToPath(new URL('./fixture', import.meta.url));

describe('the layering rules', () => {
  it('reject a renderer importing db, a feature importing another feature, Node in shared/, and a SQL driver loaded outside db/', async () => {
    const cwd = process.cwd();
    process.chdir(fixture);
    try {
      const result = await cruise(['renderer', 'db', 'shared', 'electron'], {
        ruleSet: { forbidden: config.forbidden } as never,
        validate: true,
        tsPreCompilationDeps: true,
      });
      const output = result.output as { summary: { violations: IViolation[] } };
      const found = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
      // typed-connection.ts imports better-sqlite3 as a type only: allowed, so it is not in this list.
      expect(found.map((line) => line.replace(/-> .*node_modules\//, '-> node_modules/'))).toEqual([
        'feature-isolation: renderer/features/settings/borrow.ts -> renderer/features/search/SearchBox.ts',
        'renderer-no-shell: renderer/ui-leak.ts -> db/connection.ts',
        'shared-no-node: shared/domain/impure.ts -> fs',
        'sql-only-in-db: electron/services/sql-leak.ts -> node_modules/better-sqlite3/lib/index.js',
        'sql-only-in-db: electron/services/sql-leak.ts -> node_modules/drizzle-orm/index.cjs',
      ]);
    } finally {
      process.chdir(cwd);
    }
  });
});
