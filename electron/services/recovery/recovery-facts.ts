/**
 * From the recovery rows (db/repositories/recovery-read.ts) to the domain's facts and decisions: one
 * debtor for the case file, or every debtor of a profile streamed for the batches and the overview.
 */
import type Database from 'better-sqlite3';
import { iterateRecoveryRows, readRecoveryRow, type RecoveryRow } from '../../../db/repositories/recovery-read';
import { toIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { decideRecovery } from '../../../shared/domain/recovery/next-step';
import { defaultRecoverySettings } from '../../../shared/domain/recovery/settings';
import {
  recoverySteps,
  type JudicialKind,
  type RecoveryDecision,
  type RecoveryFacts,
  type RecoverySettings,
  type RecoveryStep,
} from '../../../shared/domain/recovery/types';

/** The fund's recovery settings: the defaults until the settings screen stores the fund's own. */
export const recoverySettings: RecoverySettings = defaultRecoverySettings();

const dateOrNull = (value: string | null): IsoDate | null => (value === null ? null : (value as IsoDate));

export function factsOf(row: RecoveryRow): RecoveryFacts {
  const contact =
    row.contactOpenedOn === null || row.contactDueOn === null
      ? null
      : {
          openedOn: row.contactOpenedOn as IsoDate,
          dueOn: row.contactDueOn as IsoDate,
          completedOn: dateOrNull(row.contactCompletedOn),
          hasPromise: row.contactHasPromise === 1,
        };
  return {
    oldestDueDate: row.oldestDueDate as IsoDate,
    openCents: row.openCents,
    reminderOn: dateOrNull(row.reminderOn),
    accountStatementOn: dateOrNull(row.accountStatementOn),
    formalNoticeOn: dateOrNull(row.formalNoticeOn),
    contact,
    judicial:
      row.judicialKind === null || row.judicialHandedOverOn === null
        ? null
        : { kind: row.judicialKind as JudicialKind, handedOverOn: row.judicialHandedOverOn as IsoDate },
    hasPriorJudicialFile: row.hasPriorJudicialFile === 1,
    hasActivePlan: row.hasActivePlan === 1,
    hasPendingRequest: row.hasPendingRequest === 1,
    isBankrupt: row.isBankrupt === 1,
    resumedOn: dateOrNull(row.resumedOn),
  };
}

export type DebtorDecision = { row: RecoveryRow; facts: RecoveryFacts; decision: RecoveryDecision };

/** One person's decision; undefined when nothing is due. */
export function decideForPerson(
  sqlite: Database.Database,
  personId: string,
  today: string,
): DebtorDecision | undefined {
  const row = readRecoveryRow(sqlite, today, personId);
  if (row === undefined) return undefined;
  const facts = factsOf(row);
  return { row, facts, decision: decideRecovery(facts, recoverySettings, toIsoDate(today)) };
}

/** Every debtor (of a branch), decided one by one as the rows stream in. */
export function* decideAll(
  sqlite: Database.Database,
  today: string,
  branchId: string | null,
  settings: RecoverySettings = recoverySettings,
): Generator<DebtorDecision> {
  const day = toIsoDate(today);
  for (const row of iterateRecoveryRows(sqlite, { today, branchId, personId: null })) {
    const facts = factsOf(row);
    yield { row, facts, decision: decideRecovery(facts, settings, day) };
  }
}

/** NISS of the debtors (of a branch) already past `step`: an earlier letter is never sent to them. */
export function debtorsPast(
  sqlite: Database.Database,
  today: string,
  branchId: string | null,
  step: RecoveryStep,
): Set<string> {
  const rank = recoverySteps.indexOf(step);
  const past = new Set<string>();
  for (const { row, decision } of decideAll(sqlite, today, branchId))
    if (recoverySteps.indexOf(decision.step) > rank) past.add(row.niss);
  return past;
}
