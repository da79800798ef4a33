/** caseFile.countMatches through dispatch: the same search, in the advisor's reach, counted up to a cap. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_COUNT_CAP } from '../../../shared/contract/channels/case-file-lookup';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import { insertPerson } from '../../../db/repositories/person-repo';
import { insertBranch } from '../../../db/repositories/reference-repo';
import type { AppCore } from '../../../electron/services/app-core';
import { call, callError, ensureAdvisors, openTestCore, signIn } from '../../fixtures/core';
import { personFields } from '../../fixtures/persons';
import { tempDir } from '../../fixtures/temp-db';

let core: AppCore;
let cleanup: () => void;

/** Persons named `lastName`, with distinct NISS numbers (one birth day per 900 serials). */
function addPersons(lastName: string, count: number, branchId: string, firstDay: number): void {
  core.db.transaction((tx) => {
    for (let index = 0; index < count; index += 1) {
      const day = firstDay + Math.floor(index / 900);
      const birthDate = `1970-01-${String(day).padStart(2, '0')}`;
      const niss = makeNiss({ birthDate, serial: (index % 900) + 1 });
      insertPerson(tx, core.recorder, personFields({ niss, lastName, firstName: `Prénom ${index}`, branchId }));
    }
  });
}

beforeAll(() => {
  const dir = tempDir();
  core = openTestCore(dir.dir);
  cleanup = () => {
    core.close();
    dir.cleanup();
  };
  const { advisorId } = ensureAdvisors(core);
  const own = core.db.$client
    .prepare<[string], { branchId: string }>('SELECT branch_id AS branchId FROM advisors WHERE id = ?')
    .get(advisorId)!.branchId;
  const other = core.db.transaction(
    (tx) =>
      insertBranch(tx, core.recorder, { code: 'NAM', name: 'Namur', postalCode: '5000', municipality: 'Namur' }).id,
  );
  addPersons('Lambotte', 25, own, 1);
  addPersons('Lambotte', 4, other, 5);
  addPersons('Capelle', SEARCH_COUNT_CAP + 2, own, 10);
});
afterAll(() => cleanup());

describe('caseFile.countMatches', () => {
  it('needs a signed-in advisor', async () => {
    expect(await callError(core, 'caseFile.countMatches', { query: 'lambotte' })).toMatchObject({
      code: 'unauthorized',
    });
  });

  it('counts the 25 matches of the advisor branch behind the 20 hits shown, not the other branch', async () => {
    await signIn(core);
    expect(await call(core, 'caseFile.search', { query: 'lambotte', limit: 20 })).toHaveLength(20);
    expect(await call(core, 'caseFile.countMatches', { query: 'lambotte' })).toEqual({ count: 25, isCapped: false });
    expect(await call(core, 'caseFile.countMatches', { query: 'zzzz' })).toEqual({ count: 0, isCapped: false });
  });

  it('stops at the cap and says so', async () => {
    await signIn(core);
    expect(await call(core, 'caseFile.countMatches', { query: 'capelle' })).toEqual({
      count: SEARCH_COUNT_CAP,
      isCapped: true,
    });
  });

  it('refuses an empty query with its message key', async () => {
    await signIn(core);
    expect(await callError(core, 'caseFile.countMatches', { query: '  ' })).toMatchObject({
      code: 'validation',
      details: { issues: [expect.objectContaining({ messageKey: 'validation.search.empty' })] },
    });
  });
});
