/**
 * The formal-notice batch lists who it would send to and why, counts only debtors the recovery path
 * has brought to a formal notice, and the reminder batch no longer writes to a debtor already
 * further on the path.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/services/app-core';
import { writeCredentials } from '../../../db/repositories/advisor-repo';
import { insertRow } from '../../../db/repositories/case-file-repo';
import { hashPassword } from '../../../db/repositories/password';
import { insertPerson } from '../../../db/repositories/person-repo';
import { insertAddress, insertAdvisor } from '../../../db/repositories/reference-repo';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import { makeStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import { tempDir } from '../../fixtures/temp-db';
import { call, callError, ensureAdvisors, openTestCore, signIn, TEST_PASSWORD } from '../../fixtures/core';
import { personFields } from '../../fixtures/persons';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

/** Today is 2026-11-26; a back-office advisor `test.backoffice` in BXL. */
function testCore(): AppCore {
  const dir = tempDir();
  const core = openTestCore(dir.dir);
  cleanups.push(dir.cleanup, () => core.close());
  ensureAdvisors(core);
  const branchId = branchOf(core);
  core.db.transaction((tx) => {
    const advisor = insertAdvisor(tx, core.recorder, {
      branchId,
      username: 'test.backoffice',
      displayName: 'Back-office Test',
      role: 'back-office',
    });
    writeCredentials(core.db.$client, advisor.id, hashPassword(TEST_PASSWORD), new Date().toISOString());
  });
  return core;
}

const branchOf = (core: AppCore) =>
  core.db.$client.prepare<[], { id: string }>("SELECT id FROM branches WHERE code = 'BXL'").get()!.id;

let serial = 100;
function debtor(core: AppCore, lastName: string, letters: readonly (readonly [string, string])[], hasPlan = false) {
  serial += 2;
  const niss = makeNiss({ birthDate: '1980-04-12', serial });
  const person = core.db.transaction((tx) => {
    const row = insertPerson(
      tx,
      core.recorder,
      personFields({ niss, lastName, firstName: 'Test', branchId: branchOf(core) }),
    );
    insertAddress(tx, core.recorder, {
      personId: row.id,
      companyId: null,
      street: 'Rue Haute',
      houseNumber: '10',
      box: null,
      postalCode: '1000',
      municipality: 'Bruxelles',
      country: 'BE',
      validFrom: '2020-01-01',
    });
    const contribution = insertRow(tx, core.recorder, 'contribution', {
      personId: row.id,
      companyId: null,
      affiliationId: null,
      year: 2026,
      quarter: 1,
      kind: 'provisional',
      amountCents: 95_000,
      feeCents: 3_753,
      dueDate: '2026-03-31',
      status: 'open',
      structuredCommunication: makeStructuredCommunication(`00${serial}2610`.slice(-10)),
    });
    if (hasPlan)
      insertRow(tx, core.recorder, 'paymentPlan', {
        personId: row.id,
        companyId: null,
        status: 'active',
        contributionIds: [contribution.id],
        termsKind: 'months',
        termsMonths: 6,
        termsInstalmentCents: null,
        advanceCents: 0,
        atDate: '2026-08-01',
        startDate: '2026-08-01',
        endDate: '2027-01-31',
        principalCents: 98_753,
        surchargesCents: 0,
        totalCents: 98_753,
        signedOn: '2026-08-01',
        lapsedOn: null,
      });
    return row;
  });
  const insert = core.db.$client.prepare(
    `INSERT INTO issued_letters (id, kind, case_reference, language, input, pdf_sha256, pdf_file, first_page, last_page, advisor_name, issued_at)
     VALUES (?, ?, ?, 'fr', '{}', 'x', 'x.pdf', 1, 1, 'Test', ?)`,
  );
  letters.forEach(([kind, on], index) => insert.run(`${niss}-${index}`, kind, niss, `${on}T10:00:00.000Z`));
  return person.id;
}

const REMINDER = ['reminder', '2026-05-05'] as const;
const STATEMENT = ['account-statement', '2026-06-10'] as const;
const FORMAL_NOTICE = ['formal-notice', '2026-07-20'] as const;

describe('recovery batches', () => {
  it('a formal-notice batch counts only those the path brought to it, and says why for each', async () => {
    const core = testCore();
    const due = debtor(core, 'Aerts', [REMINDER, STATEMENT]);
    debtor(core, 'Baert', [REMINDER]);
    debtor(core, 'Claes', [REMINDER, STATEMENT, FORMAL_NOTICE]);
    debtor(core, 'Dumont', [REMINDER, STATEMENT], true);
    debtor(core, 'Engels', [STATEMENT]);
    await signIn(core, 'test.backoffice');
    const candidates = await call(core, 'recovery.formalNoticeCandidates', { branchCode: 'BXL' });
    expect(candidates).toMatchObject({ total: 1, totalCents: 98_753 });
    expect(candidates.debtors).toMatchObject([{ caseFile: { kind: 'person', id: due }, displayName: 'Aerts Test' }]);
    expect(candidates.debtors[0]!.explanation.map((line) => line.messageKey)).toEqual([
      'explanation.recovery.due',
      'explanation.recovery.sent.reminder',
      'explanation.recovery.sent.accountStatement',
      'explanation.recovery.next.sendFormalNotice',
    ]);
    expect(await call(core, 'letters.batchPreview', { kind: 'formal-notice', branchCode: 'BXL' })).toMatchObject({
      count: 1,
      totalCents: 98_753,
    });
    // Account statements: to Baert alone (reminded, statement due); Engels' statement came without a reminder first.
    expect(await call(core, 'letters.batchPreview', { kind: 'account-statement', branchCode: 'BXL' })).toMatchObject({
      count: 1,
    });
  });

  it('a reminder batch leaves out debtors already sent a statement or a formal notice', async () => {
    const core = testCore();
    debtor(core, 'Aerts', [REMINDER, STATEMENT]);
    debtor(core, 'Baert', [REMINDER]);
    debtor(core, 'Claes', [REMINDER, STATEMENT, FORMAL_NOTICE]);
    debtor(core, 'Fontaine', []);
    await signIn(core, 'test.backoffice');
    const criteria = { kind: 'reminder' as const, quarter: '2026-Q1', daysAfterDue: 30, branchCode: 'BXL' };
    expect(await call(core, 'letters.batchPreview', criteria)).toMatchObject({ count: 2, totalCents: 2 * 98_753 });
  });

  it('a reminder batch still needs its quarter; the candidates list is the back office’s', async () => {
    const core = testCore();
    await signIn(core, 'test.backoffice');
    expect(await callError(core, 'letters.batchPreview', { kind: 'reminder', branchCode: 'BXL' })).toMatchObject({
      code: 'validation',
    });
    await signIn(core);
    expect((await callError(core, 'recovery.formalNoticeCandidates', { branchCode: 'BXL' })).code).toBe('forbidden');
  });

  it('the overview counts debtors by step or suspension and by age of the oldest debt', async () => {
    const core = testCore();
    debtor(core, 'Aerts', [REMINDER, STATEMENT]);
    debtor(core, 'Baert', [REMINDER]);
    debtor(core, 'Claes', [REMINDER]);
    debtor(core, 'Dumont', [REMINDER, STATEMENT], true);
    await signIn(core, 'test.backoffice');
    const overview = await call(core, 'recovery.overview', { branchCode: 'BXL' });
    expect(overview.ageBucketDays).toEqual([90, 180, 365]);
    // Due 2026-03-31, today 2026-11-26: 240 days, the 181–365 bucket.
    const cell = { debtors: 0, openCents: 0 };
    expect(overview.rows).toEqual(
      expect.arrayContaining([
        {
          stage: 'reminder',
          buckets: [cell, cell, { debtors: 2, openCents: 197_506 }, cell],
          total: { debtors: 2, openCents: 197_506 },
        },
        {
          stage: 'account-statement',
          buckets: [cell, cell, { debtors: 1, openCents: 98_753 }, cell],
          total: { debtors: 1, openCents: 98_753 },
        },
        {
          stage: 'payment-plan',
          buckets: [cell, cell, { debtors: 1, openCents: 98_753 }, cell],
          total: { debtors: 1, openCents: 98_753 },
        },
      ]),
    );
    await signIn(core);
    expect((await callError(core, 'recovery.overview', { branchCode: 'BXL' })).code).toBe('forbidden');
  });
});
