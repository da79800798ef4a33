import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCaseFileMatches,
  createCaseFileSearch,
  type CaseFileSearch,
} from '../../db/repositories/case-file-search';
import { insertCompany } from '../../db/repositories/company-repo';
import { deletePerson, insertPerson } from '../../db/repositories/person-repo';
import { createTempDb, type TempDb } from '../fixtures/temp-db';
import { personFields } from '../fixtures/persons';

describe('finding a case file', () => {
  let t: TempDb;
  let search: CaseFileSearch;
  const names = (query: string, limit = 20) => search(query, limit).map((hit) => hit.displayName);

  beforeAll(() => {
    t = createTempDb();
    t.db.transaction((tx) => {
      insertPerson(tx, t.recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Jean' }));
      insertPerson(
        tx,
        t.recorder,
        personFields({ niss: '90020212345', lastName: 'Van den Berghe', firstName: 'Marie' }),
      );
      insertPerson(tx, t.recorder, personFields({ niss: '01020312345', lastName: 'Vandenberghe', firstName: 'Koen' }));
      insertPerson(tx, t.recorder, personFields({ niss: '75121554321', lastName: 'Müller', firstName: 'Jürgen' }));
      insertPerson(tx, t.recorder, personFields({ niss: '66060612345', lastName: "D'Hondt", firstName: 'An' }));
      insertPerson(tx, t.recorder, personFields({ niss: '77070712345', lastName: 'Removed', firstName: 'Person' }));
      insertCompany(tx, t.recorder, {
        enterpriseNumber: '0123456749',
        name: 'Menuiserie Dupré',
        legalForm: 'SRL/BV',
        balanceSheetClass: 'small',
        language: 'fr',
        branchId: null,
      });
    });
    const removed = t.db.$client.prepare(`SELECT id FROM persons WHERE last_name = 'Removed'`).get() as { id: string };
    deletePerson(t.db, t.recorder, removed.id);
    search = createCaseFileSearch(t.db.$client);
  });
  afterAll(() => t.cleanup());

  it('ignores case and accents', () => {
    expect(names('dupre')).toEqual(['Dupré Jean', 'Menuiserie Dupré']);
    expect(names('DUPRÉ j')).toEqual(['Dupré Jean']);
    expect(names('muller')).toEqual(['Müller Jürgen']);
  });

  it('matches the beginning of a name with its particle, typed with or without spaces', () => {
    // Typed without the space, the compact key also finds the spelling written in one word.
    expect(names('van d')).toEqual(['Van den Berghe Marie', 'Vandenberghe Koen']);
    expect(names('vandenb')).toEqual(['Vandenberghe Koen', 'Van den Berghe Marie']);
    expect(names('dhondt')).toEqual(["D'Hondt An"]);
    expect(names("d'hon")).toEqual(["D'Hondt An"]);
  });

  it('matches a word inside a name and first-name-first queries', () => {
    expect(names('berghe')).toEqual(['Van den Berghe Marie']);
    expect(names('marie van')).toEqual(['Van den Berghe Marie']);
    expect(names('jurgen m')).toEqual(['Müller Jürgen']);
  });

  it('finds a person by NISS with or without punctuation, and by its beginning', () => {
    expect(names('85.07.30-033.28')).toEqual(['Dupré Jean']);
    expect(names('850730')).toEqual(['Dupré Jean']);
    expect(search('85073003328', 5)[0]?.matchedOn).toBe('niss');
  });

  it('finds a company by enterprise number, with a BE prefix and dots', () => {
    const hits = search('BE 0123.456.749', 5);
    expect(hits.map((h) => [h.kind, h.displayName, h.matchedOn])).toEqual([
      ['company', 'Menuiserie Dupré', 'enterprise-number'],
    ]);
  });

  it('does not show deleted case files and respects the limit', () => {
    expect(names('removed')).toEqual([]);
    expect(names('77070712345')).toEqual([]);
    expect(names('v', 1)).toHaveLength(1);
  });

  it('finds the same case files, in the same order, when only counting them (ids and keys, no address)', () => {
    const matches = createCaseFileMatches(t.db.$client);
    for (const query of ['dupre', 'van d', 'vandenb', 'berghe', 'jean dupre', '8507', 'BE 0123.456.749', 'zzz', '--']) {
      for (const limit of [1, 2, 20]) {
        const found = matches(query, limit);
        expect(found.map(({ kind, id }) => ({ kind, id }))).toEqual(
          search(query, limit).map(({ kind, id }) => ({ kind, id })),
        );
        for (const match of found) expect(Object.keys(match)).not.toContain('displayName');
      }
    }
  });

  it('returns nothing for punctuation only', () => {
    expect(names('--')).toEqual([]);
  });
});
