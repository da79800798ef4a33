/**
 * Before a batch runs: the case files it would write to and why, and those of the period it leaves
 * out and why, for every kind of batch. Reminders are judged against the recovery path (a debtor
 * already further on it is left out); statements and formal notices list the path's own explanation.
 */
import type Database from 'better-sqlite3';
import { readReminderRows } from '../../../db/repositories/reminder-batch-read';
import { readBranchIdByCode } from '../../../db/repositories/letters-read';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { personReminderVerdict } from '../../../shared/domain/letter-batches/periodic-selection';
import type { RecoveryStep } from '../../../shared/domain/recovery/types';
import type { BatchCriteria } from '../../letters/batch/letter-source';
import { decideAll } from '../recovery/recovery-facts';
import { pathCandidates } from './formal-notice-batch-source';
import { isPeriodicKind, periodicCandidates, type BatchCandidate } from './periodic-batch-source';
import { parseQuarter } from './reminder-batch-source';

function reminderCandidates(sqlite: Database.Database, criteria: BatchCriteria, today: string): BatchCandidate[] {
  if (criteria.quarter === undefined || criteria.branchCode === undefined)
    throw new GuichetError('validation', 'letters.validation.batchKind');
  const { year, quarter } = parseQuarter(criteria.quarter);
  const steps = new Map<string, RecoveryStep>();
  for (const { row, decision } of decideAll(sqlite, today, readBranchIdByCode(sqlite, criteria.branchCode) ?? null))
    steps.set(row.niss, decision.step);
  return readReminderRows(sqlite, {
    year,
    quarter,
    dueOnOrBefore: addDays(toIsoDate(today), -(criteria.daysAfterDue ?? 0)),
    branchCode: criteria.branchCode,
  }).map((row) => {
    const verdict = personReminderVerdict({
      period: criteria.quarter ?? '',
      openCents: row.openCents + row.surchargesCents,
      dueDate: row.dueDate,
      step: steps.get(row.niss) ?? 'due',
    });
    return {
      ref: { kind: 'person', id: row.personId },
      displayName: `${row.lastName} ${row.firstName}`,
      isIn: verdict.isIn,
      why: [verdict.why],
    };
  });
}

/** Every case file the criteria judge, those taken first, each in print order. */
export function batchCandidates(sqlite: Database.Database, criteria: BatchCriteria, today: string): BatchCandidate[] {
  const all = ((): BatchCandidate[] => {
    if (isPeriodicKind(criteria.kind)) return periodicCandidates(sqlite, criteria, today);
    if (criteria.kind === 'reminder') return reminderCandidates(sqlite, criteria, today);
    if (
      (criteria.kind === 'formal-notice' || criteria.kind === 'account-statement') &&
      criteria.branchCode !== undefined
    )
      return pathCandidates(sqlite, today, criteria.branchCode, criteria.kind).map(({ row, decision }) => ({
        ref: { kind: 'person', id: row.personId },
        displayName: `${row.lastName} ${row.firstName}`,
        isIn: true,
        why: [...decision.explanation],
      }));
    throw new GuichetError('validation', 'letters.validation.batchKind');
  })();
  return [...all.filter((candidate) => candidate.isIn), ...all.filter((candidate) => !candidate.isIn)];
}
