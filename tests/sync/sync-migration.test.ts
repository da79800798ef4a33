import { afterEach, describe, expect, it } from 'vitest';
import { updatePerson } from '../../db/repositories/person-repo';
import { readPendingChanges } from '../../db/repositories/sync-repo';
import { createTempDb, type TempDb } from '../fixtures/temp-db';
import { newPersonFields } from './fields';

let temp: TempDb | undefined;
afterEach(() => temp?.cleanup());

describe('0002_sync', () => {
  it('creates the sync tables', () => {
    temp = createTempDb();
    const names = (
      temp.db.$client
        .prepare(
          "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE '%sync%' OR name = 'outbox_capture_base'",
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'sync_state',
        'sync_row_state',
        'sync_outbox_base',
        'sync_rejections',
        'sync_conflicts',
        'outbox_capture_base',
      ]),
    );
  });

  it('captures, with every outbox record, the server versions its author had seen', () => {
    temp = createTempDb();
    const { db, recorder } = temp;
    const person = newPersonFields(db, recorder);
    db.$client
      .prepare("INSERT INTO sync_row_state (entity, entity_id, field_seqs) VALUES ('person', ?, '{\"email\":7}')")
      .run(person.id);
    updatePerson(db, recorder, person.id, { email: 'a@example.be' });
    const changes = readPendingChanges(db, 10);
    expect(changes[0]?.base).toEqual({});
    expect(changes[1]?.base).toEqual({ email: 7 });
  });
});
