/**
 * Head office checks pushed rows against `shared/sync/entity-shapes.ts`; that file is derived from the
 * device's drizzle tables, never written by hand. This test derives it again and fails when a table
 * changed without the file: run `UPDATE_ENTITY_SHAPES=1 npx vitest run tests/sync/entity-shapes.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getTableColumns } from 'drizzle-orm';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { syncedTables } from '../../db/repositories/sync-repo';
import { localSearchColumns } from '../../db/repositories/search-index';
import type { ColumnShape } from '../../shared/sync/entity-shapes';
import { syncedEntities } from '../../shared/sync/policy';

const target = fileURLToPath(new URL('../../shared/sync/entity-shapes.ts', import.meta.url));

type DrizzleColumn = { columnType: string; notNull: boolean; enumValues?: string[] };

function shapeOf(column: DrizzleColumn): ColumnShape {
  const kinds: Record<string, ColumnShape['kind']> = {
    SQLiteText: 'text',
    SQLiteInteger: 'integer',
    SQLiteBoolean: 'boolean',
    SQLiteTextJson: 'json',
  };
  const kind = kinds[column.columnType];
  if (kind === undefined) throw new Error(`no shape for column type ${column.columnType}`);
  const values = column.enumValues && column.enumValues.length > 0 ? { values: column.enumValues } : {};
  return { kind, isNullable: !column.notNull, ...values };
}

function derivedShapes(): Record<string, Record<string, ColumnShape>> {
  return Object.fromEntries(
    syncedEntities.map((entity) => {
      const table = syncedTables[entity];
      if (!table) throw new Error(`no table for entity ${entity}`);
      const columns = Object.entries(getTableColumns(table.table) as Record<string, unknown>)
        .filter(([key]) => !localSearchColumns.has(key))
        .map(([key, column]) => [key, shapeOf(column as DrizzleColumn)] as const);
      return [entity, Object.fromEntries(columns)];
    }),
  );
}

async function rendered(): Promise<string> {
  const text = `/**
 * GENERATED from the device's drizzle tables by tests/sync/entity-shapes.test.ts (which fails when they
 * differ): the columns of every synced entity, as head office checks pushed rows against them.
 */
export type ColumnShape = {
  kind: 'text' | 'integer' | 'boolean' | 'json';
  isNullable: boolean;
  values?: readonly string[];
};

export const entityShapes: Readonly<Record<string, Readonly<Record<string, ColumnShape>>>> = ${JSON.stringify(derivedShapes())};
`;
  return format(text, { parser: 'typescript', printWidth: 120, singleQuote: true });
}

describe('entity shapes checked by head office', () => {
  it('match the drizzle tables of every synced entity', async () => {
    const expected = await rendered();
    if (process.env['UPDATE_ENTITY_SHAPES'] === '1') writeFileSync(target, expected);
    expect(readFileSync(target, 'utf8')).toBe(expected);
  });
});
