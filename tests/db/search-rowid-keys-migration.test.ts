import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaseFileSearch, searchSql } from '../../db/repositories/case-file-search';
import { deletePerson, insertPerson } from '../../db/repositories/person-repo';
import { createTempDb, type TempDb } from '../fixtures/temp-db';
import { personFields } from '../fixtures/persons';

let temp: TempDb | undefined;
afterEach(() => temp?.cleanup());

/** Looked up by its name: the number may change when branches are merged. */
const journal = JSON.parse(
  readFileSync(new URL('../../db/migrations/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: { tag: string }[] };

describe('the search_rowid_keys migration', () => {
  it('is in the journal', () => {
    expect(journal.entries.some((entry) => entry.tag.endsWith('_search_rowid_keys'))).toBe(true);
  });

  it('gives word search the keys of its candidates from the index alone, still without deleted persons', () => {
    temp = createTempDb();
    const { db, recorder } = temp;
    const sqlite = db.$client;
    const ids = db.transaction((tx) => [
      insertPerson(tx, recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Marie' })),
      insertPerson(tx, recorder, personFields({ niss: '90020212345', lastName: 'Dupont', firstName: 'Marie' })),
      insertPerson(tx, recorder, personFields({ niss: '01020312345', lastName: 'Peeters', firstName: 'Marie' })),
    ]);
    deletePerson(db, recorder, ids[1]!.id);

    const plan = sqlite
      .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${searchSql.personKeysByWord}`)
      .all('"marie"* "dup"*', 200)
      .map((row) => row.detail);
    expect(plan.some((detail) => detail.includes('COVERING INDEX persons_search_rowid_keys'))).toBe(true);
    expect(createCaseFileSearch(sqlite)('marie dup', 20).map((hit) => hit.displayName)).toEqual(['Dupré Marie']);
  });
});
