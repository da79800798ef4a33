/**
 * The recovery channels through the real dispatch on a real profile: the path read from the ledger
 * and the issued letters, the personal contact that must be done with its outcome before the
 * hand-over, the judicial file that then holds the path and bars a payment plan.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/services/app-core';
import { insertRow } from '../../../db/repositories/case-file-repo';
import { insertPerson } from '../../../db/repositories/person-repo';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import { makeStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import { tempDir } from '../../fixtures/temp-db';
import { call, callError, ensureAdvisors, openTestCore, signIn } from '../../fixtures/core';
import { personFields } from '../../fixtures/persons';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

/** Today is 2026-11-26 (openTestCore's clock). */
function testCore(): AppCore {
  const dir = tempDir();
  const core = openTestCore(dir.dir);
  cleanups.push(dir.cleanup, () => core.close());
  ensureAdvisors(core);
  return core;
}

function debtor(core: AppCore, letters: readonly (readonly [kind: string, issuedOn: string])[]): { id: string } {
  const sqlite = core.db.$client;
  const branchId = sqlite.prepare<[], { id: string }>("SELECT id FROM branches WHERE code = 'BXL'").get()!.id;
  const niss = makeNiss({ birthDate: '1980-04-12', serial: 101 });
  const person = core.db.transaction((tx) => {
    const row = insertPerson(
      tx,
      core.recorder,
      personFields({ niss, lastName: 'Debiteur', firstName: 'Jan', branchId }),
    );
    insertRow(tx, core.recorder, 'contribution', {
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
      structuredCommunication: makeStructuredCommunication('0000001261'),
    });
    return row;
  });
  const insert = sqlite.prepare(
    `INSERT INTO issued_letters (id, kind, case_reference, language, input, pdf_sha256, pdf_file, first_page, last_page, advisor_name, issued_at)
     VALUES (?, ?, ?, 'fr', '{}', 'x', 'x.pdf', 1, 1, 'Test', ?)`,
  );
  letters.forEach(([kind, on], index) => insert.run(`letter-${index}`, kind, niss, `${on}T10:00:00.000Z`));
  return { id: person.id };
}

const FULL_PATH = [
  ['reminder', '2026-05-05'],
  ['account-statement', '2026-06-10'],
  ['formal-notice', '2026-07-20'],
] as const;

describe('recovery path of a case file', () => {
  it('explains where the debtor is and what comes next', async () => {
    const core = testCore();
    const { id } = debtor(core, [['reminder', '2026-05-05']]);
    await signIn(core);
    const status = await call(core, 'recovery.status', { kind: 'person', id });
    expect(status).toMatchObject({
      step: 'reminder',
      action: 'send-account-statement',
      actionDueOn: '2026-06-04',
      isActionDue: true,
      openCents: 98_753,
      oldestDueDate: '2026-03-31',
    });
    expect(status.explanation.map((line) => line.messageKey)).toEqual([
      'explanation.recovery.due',
      'explanation.recovery.sent.reminder',
      'explanation.recovery.next.sendAccountStatement',
    ]);
  });

  it('blocks the hand-over until the personal contact is done with its outcome, then offers it', async () => {
    const core = testCore();
    const ref = { kind: 'person' as const, ...debtor(core, FULL_PATH) };
    await signIn(core, 'test.responsable');
    expect(await call(core, 'recovery.status', ref)).toMatchObject({
      step: 'formal-notice',
      action: 'open-personal-contact',
    });
    expect(
      await callError(core, 'recovery.handOver', {
        ...ref,
        judicialKind: 'contrainte',
        agentKind: 'bailiff',
        agentName: 'Me Huissier',
      }),
    ).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.recovery.handOverNotOffered',
    });
    const opened = await call(core, 'recovery.openContact', ref);
    expect(opened).toMatchObject({
      action: 'complete-personal-contact',
      contactTask: { status: 'open', dueDate: '2026-12-06' },
    });
    expect(
      (
        await callError(core, 'recovery.handOver', {
          ...ref,
          judicialKind: 'citation',
          agentKind: 'lawyer',
          agentName: 'Me Avocat',
        })
      ).code,
    ).toBe('conflict');
    const done = await call(core, 'recovery.completeContact', {
      ...ref,
      taskId: opened.contactTask!.id,
      outcome: 'not-reached',
    });
    expect(done).toMatchObject({
      step: 'personal-contact',
      action: 'hand-over',
      isActionDue: true,
      contactTask: { status: 'done', outcome: 'not-reached' },
    });
    const handed = await call(core, 'recovery.handOver', {
      ...ref,
      judicialKind: 'contrainte',
      agentKind: 'bailiff',
      agentName: 'Me Huissier',
    });
    expect(handed).toMatchObject({ step: 'judicial', action: 'follow-up-judicial' });
    expect(handed.judicialFiles).toMatchObject([
      { kind: 'contrainte', agentName: 'Me Huissier', status: 'open', claimedCents: 98_753 },
    ]);
  });

  it('waits after a promise to pay before offering the hand-over', async () => {
    const core = testCore();
    const ref = { kind: 'person' as const, ...debtor(core, FULL_PATH) };
    await signIn(core, 'test.responsable');
    const opened = await call(core, 'recovery.openContact', ref);
    const done = await call(core, 'recovery.completeContact', {
      ...ref,
      taskId: opened.contactTask!.id,
      outcome: 'promised-payment',
    });
    expect(done).toMatchObject({ action: 'hand-over', actionDueOn: '2026-12-11', isActionDue: false });
  });

  it('keeps the hand-over to the back office and the branch manager', async () => {
    const core = testCore();
    const ref = { kind: 'person' as const, ...debtor(core, FULL_PATH) };
    await signIn(core);
    expect(
      (
        await callError(core, 'recovery.handOver', {
          ...ref,
          judicialKind: 'bankruptcy-claim',
          agentKind: 'receiver',
          agentName: 'Me Curateur',
        })
      ).code,
    ).toBe('forbidden');
  });

  it('follows a judicial file up: costs, judgement, closure; while open no plan may be drafted', async () => {
    const core = testCore();
    const ref = { kind: 'person' as const, ...debtor(core, []) };
    await signIn(core, 'test.responsable');
    const claim = await call(core, 'recovery.handOver', {
      ...ref,
      judicialKind: 'bankruptcy-claim',
      agentKind: 'receiver',
      agentName: 'Me Curateur',
    });
    expect(claim).toMatchObject({ step: 'due', suspension: 'bankruptcy', action: 'none' });
    const fileId = claim.judicialFiles[0]!.id;
    const debts = await call(core, 'paymentPlan.openDebts', ref);
    expect(debts.history.hasJudicialProcedure).toBe(true);
    await call(core, 'recovery.addJudicialEvent', {
      ...ref,
      fileId,
      eventKind: 'costs',
      occurredOn: '2026-11-20',
      amountCents: 35_000,
    });
    expect(
      (
        await callError(core, 'recovery.addJudicialEvent', {
          ...ref,
          fileId,
          eventKind: 'closure',
          occurredOn: '2026-11-25',
        })
      ).messageKey,
    ).toBe('validation.recovery.closure');
    const closed = await call(core, 'recovery.addJudicialEvent', {
      ...ref,
      fileId,
      eventKind: 'closure',
      occurredOn: '2026-11-25',
      closure: 'irrecoverable',
    });
    expect(closed.judicialFiles[0]).toMatchObject({ status: 'closed', closure: 'irrecoverable', costsCents: 35_000 });
    expect((await call(core, 'paymentPlan.openDebts', ref)).history.hasJudicialProcedure).toBe(false);
    const outbox = core.db.$client
      .prepare<[], { entity: string; n: number }>(
        "SELECT entity, count(*) AS n FROM outbox WHERE entity LIKE 'judicial%' GROUP BY entity ORDER BY entity",
      )
      .all();
    expect(outbox).toEqual([
      { entity: 'judicialEvent', n: 3 },
      { entity: 'judicialFile', n: 2 },
    ]);
  });
});
