/**
 * Prepared statements kept per connection. Hot writes (every repository insert and its outbox
 * record) are prepared once instead of being rebuilt and re-prepared on each call: measured in the
 * seed profile, re-preparing cost more than the writes themselves.
 */
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement<Params extends unknown[] = unknown[], Row = unknown>(
  sqlite: Database.Database,
  sqlText: string,
): Database.Statement<Params, Row> {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  let statement = cache.get(sqlText);
  if (!statement) {
    statement = sqlite.prepare(sqlText);
    cache.set(sqlText, statement);
  }
  return statement as Database.Statement<Params, Row>;
}
