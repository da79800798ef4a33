import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  branchSearchSql,
  createCaseFileMatches,
  createCaseFileSearch,
  type CaseFileSearch,
} from '../../db/repositories/case-file-search';
import { insertBranch } from '../../db/repositories/reference-repo';
import { makeNiss } from '../../shared/domain/identifiers/niss';
import { insertCompany } from '../../db/repositories/company-repo';
import { deletePerson, insertPerson, updatePerson } from '../../db/repositories/person-repo';
import { fillFirstNameKeys } from '../../db/repositories/search-index';
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

describe('finding a case file within one branch of a profile holding every branch', () => {
  let t: TempDb;
  let search: CaseFileSearch;
  let own: string;
  let other: string;
  const names = (query: string, limit = 20) => search(query, limit, own).map((hit) => hit.displayName);

  beforeAll(() => {
    t = createTempDb();
    [own, other] = t.db.transaction((tx) => {
      const branch = (code: string) =>
        insertBranch(tx, t.recorder, { code, name: code, postalCode: '5000', municipality: 'Namur' }).id;
      const ids: [string, string] = [branch('NAM'), branch('LIE')];
      const person = (niss: string, lastName: string, firstName: string, branchId: string | null) =>
        insertPerson(tx, t.recorder, personFields({ niss, lastName, firstName, branchId }));
      // More namesakes elsewhere than the limit: a filter applied after reading would come back short.
      for (let serial = 1; serial <= 30; serial += 1)
        person(makeNiss({ birthDate: '1970-01-01', serial }), 'Lambert', `Autre ${serial}`, ids[1]!);
      person('85073003328', 'Lambert', 'Zoé', ids[0]!);
      person('90020212345', 'Lambert', 'Anne', null);
      person('01020312345', 'Marie Lambrechts', 'Koen', ids[0]!);
      insertCompany(tx, t.recorder, {
        enterpriseNumber: '0123456749',
        name: 'Lambert SRL',
        legalForm: 'SRL/BV',
        balanceSheetClass: 'small',
        language: 'fr',
        branchId: ids[1]!,
      });
      return ids;
    });
    search = createCaseFileSearch(t.db.$client);
  });
  afterAll(() => t.cleanup());

  it("lists the branch's case files and those of no branch yet, in name order, none of another branch", () => {
    expect(names('lamb', 2)).toEqual(['Lambert Anne', 'Lambert Zoé']);
    expect(names('lamb')).toEqual(['Lambert Anne', 'Lambert Zoé', 'Marie Lambrechts Koen']);
    expect(names('koen lamb')).toEqual(['Marie Lambrechts Koen']);
    expect(names('8507')).toEqual(['Lambert Zoé']);
    expect(names('9002')).toEqual(['Lambert Anne']);
    expect(names('0123456749')).toEqual([]);
    expect(search('lamb', 40)).toHaveLength(32 + 1);
  });

  it('counts what it lists', () => {
    const matches = createCaseFileMatches(t.db.$client);
    for (const query of ['lamb', 'koen lamb', '8507', 'lambert srl', 'zzz'])
      expect(matches(query, 20, own).map((match) => match.id)).toEqual(search(query, 20, own).map((hit) => hit.id));
    expect(matches('lamb', 100, other)).toHaveLength(30 + 1 + 1);
  });

  it('walks the branch-first indexes, not the name index filtered row by row', () => {
    const plan = (sql: string, ...args: unknown[]) =>
      t.db.$client
        .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...args)
        .map((row) => row.detail)
        .join('\n');
    expect(plan(branchSearchSql.personBySearchKey, own, 'lamb', 'lamc', 20)).toMatch(/persons_branch_search_key/);
    // Each hit's current address is the first entry of the owner's dated index range, no sort per hit.
    expect(plan(branchSearchSql.personBySearchKey, own, 'lamb', 'lamc', 20)).not.toMatch(/TEMP B-TREE/);
    expect(plan(branchSearchSql.companyBySearchKey, own, 'lamb', 'lamc', 20)).not.toMatch(/TEMP B-TREE/);
    expect(plan(branchSearchSql.personBySearchKey, null, 'lamb', 'lamc', 20)).toMatch(/persons_branch_search_key/);
    expect(plan(branchSearchSql.personByCompactKey, own, 'lamb', 'lamc', 20)).toMatch(/persons_branch_compact_key/);
    expect(plan(branchSearchSql.personByNiss, own, '85', '85:', 20)).toMatch(/persons_branch_niss/);
    expect(plan(branchSearchSql.companyBySearchKey, own, 'lamb', 'lamc', 20)).toMatch(/companies_branch_search_key/);
    expect(plan(branchSearchSql.companyByNumber, own, '01', '01:', 20)).toMatch(/companies_branch_enterprise_number/);
    expect(plan(branchSearchSql.personKeysByWord, '"lamb"*', 200, own)).toMatch(
      /COVERING INDEX persons_search_rowid_keys/,
    );
  });
});

describe('the first-name-first key', () => {
  let t: TempDb;
  beforeAll(() => {
    t = createTempDb();
    t.db.transaction((tx) => {
      insertPerson(tx, t.recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Marie' }));
      insertPerson(tx, t.recorder, personFields({ niss: '90020212345', lastName: 'Dupont', firstName: 'Marie-Anne' }));
      insertPerson(tx, t.recorder, personFields({ niss: '01020312345', lastName: 'Marie', firstName: 'Dupuis' }));
      insertPerson(tx, t.recorder, personFields({ niss: '75121554321', lastName: 'Van Dup', firstName: 'Anne Marie' }));
    });
  });
  afterAll(() => t.cleanup());

  const keys = () =>
    t.db.$client
      .prepare<[], { firstNameKey: string }>('SELECT first_name_key AS firstNameKey FROM persons ORDER BY niss')
      .all()
      .map((row) => row.firstNameKey);

  it('is written with the person, folded like the other keys', () => {
    expect(keys()).toEqual(['dupuis marie', 'anne marie van dup', 'marie dupre', 'marie anne dupont']);
    const id = t.db.$client.prepare<[], { id: string }>("SELECT id FROM persons WHERE niss = '85073003328'").get()!.id;
    updatePerson(t.db, t.recorder, id, { firstName: 'Élise' });
    expect(keys()).toContain('elise dupre');
    updatePerson(t.db, t.recorder, id, { firstName: 'Marie' });
  });

  it('lists first-name-first matches in that order, after the last names and before words found anywhere', () => {
    const search = createCaseFileSearch(t.db.$client);
    expect(search('marie dup', 20).map((hit) => hit.displayName)).toEqual([
      'Marie Dupuis',
      'Dupré Marie',
      'Dupont Marie-Anne',
      'Van Dup Anne Marie',
    ]);
    expect(search('marie dup', 2).map((hit) => hit.displayName)).toEqual(['Marie Dupuis', 'Dupré Marie']);
    expect(search('marie a', 20).map((hit) => hit.displayName)).toEqual(['Dupont Marie-Anne', 'Van Dup Anne Marie']);
  });

  it('is computed on opening for persons written before it existed, once', () => {
    t.db.$client.exec("UPDATE persons SET first_name_key = ''");
    expect(fillFirstNameKeys(t.db.$client)).toBe(4);
    expect(keys()).toEqual(['dupuis marie', 'anne marie van dup', 'marie dupre', 'marie anne dupont']);
    expect(fillFirstNameKeys(t.db.$client)).toBe(0);
  });
});
