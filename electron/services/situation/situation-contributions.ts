/**
 * Writing what a change does to the affiliation and its provisional quarters: the affiliation and
 * its category periods (history kept: a period is closed, never rewritten), and each quarter kept,
 * replaced (the claimed row cancelled, a new one claimed with the same structured communication),
 * cancelled or added. Runs inside the confirmation's transaction.
 */
import { insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { insertAffiliation } from '../../../db/repositories/reference-repo';
import { readAllocations } from '../../../db/repositories/situation-read';
import { updateAffiliation } from '../../../db/repositories/situation-repo';
import type { Tx } from '../../../db/repositories/synced-rows';
import { addDays } from '../../../shared/domain/calendar';
import type { FiledChange, QuarterDifference } from '../../../shared/domain/situation/types';
import { reference } from '../intake/intake-rows';
import type { Computed } from './situation-preview';

/** The affiliation the new quarters belong to: the same one, or a new one for a resumption. */
export function applyAffiliation(
  tx: Tx,
  recorder: ChangeRecorder,
  computed: Computed,
  change: FiledChange,
  rowVersion: number,
): { affiliationId: string; rowVersion: number } {
  const { facts, outcome } = computed;
  const affiliation = facts.affiliation;
  if (change.kind === 'resumption') {
    // Names the ended affiliation's version: a resumption filed twice from one preview is refused.
    updateAffiliation(tx, recorder, affiliation.id, {}, rowVersion);
    const opened = insertAffiliation(tx, recorder, {
      personId: facts.person.id,
      companyId: null,
      category: change.category,
      startDate: outcome.startDate,
      endDate: null,
      branchId: affiliation.branchId,
    });
    insertPeriod(tx, recorder, opened.id, change.category, outcome.startDate, 'resumption');
    return { affiliationId: opened.id, rowVersion: opened.rowVersion };
  }
  const patch = change.kind === 'cessation' ? { endDate: outcome.endDate } : { category: change.category };
  const updated = updateAffiliation(tx, recorder, affiliation.id, patch, rowVersion);
  const closesOn = change.kind === 'cessation' ? outcome.endDate : addDays(outcome.effectiveFrom, -1);
  if (affiliation.periodId !== null) {
    updateRow(tx, recorder, 'affiliationPeriod', affiliation.periodId, { validTo: closesOn });
  }
  if (change.kind === 'category') {
    insertPeriod(tx, recorder, affiliation.id, change.category, outcome.effectiveFrom, 'category-change');
  }
  return { affiliationId: affiliation.id, rowVersion: updated.rowVersion };
}

function insertPeriod(
  tx: Tx,
  recorder: ChangeRecorder,
  affiliationId: string,
  category: string,
  validFrom: string,
  reason: string,
): void {
  insertRow(tx, recorder, 'affiliationPeriod', {
    affiliationId,
    category,
    validFrom,
    validTo: null,
    isPrimoStarter: false,
    reason,
  });
}

/** The quarters as the change leaves them; answers the ids of the contributions claimed anew. */
export function applyQuarters(tx: Tx, recorder: ChangeRecorder, computed: Computed, affiliationId: string): string[] {
  const { facts, outcome } = computed;
  const claimedIds: string[] = [];
  for (const row of outcome.quarters) {
    if (row.action === 'keep') continue;
    const claimed = facts.claimed.find((item) => item.id === row.claimedId);
    if (claimed !== undefined) updateRow(tx, recorder, 'contribution', claimed.id, { status: 'cancelled' });
    const communication = claimed?.structuredCommunication ?? reference(facts.person.searchRowid, row.year, row.index);
    const successor =
      row.after === null ? null : claim(tx, recorder, facts.person.id, affiliationId, row, communication);
    if (successor !== null) claimedIds.push(successor);
    if (claimed !== undefined) moveAllocations(tx, recorder, claimed.id, successor);
  }
  return claimedIds;
}

/**
 * What was paid on a replaced claim pays its successor (same quarter, same communication), and its
 * surcharges follow it; on a cancelled claim with no successor, the payments become a credit. The
 * surcharges of a cancelled quarter stay where they are: waiving them is a decision (request.decide).
 */
function moveAllocations(tx: Tx, recorder: ChangeRecorder, from: string, to: string | null): void {
  const allocations = readAllocations(recorder.sqlite, from);
  for (const id of allocations.payments) updateRow(tx, recorder, 'payment', id, { contributionId: to });
  if (to === null) return;
  for (const id of allocations.surcharges) updateRow(tx, recorder, 'surcharge', id, { contributionId: to });
}

function claim(
  tx: Tx,
  recorder: ChangeRecorder,
  personId: string,
  affiliationId: string,
  row: QuarterDifference,
  structuredCommunication: string,
): string {
  const after = row.after!;
  return insertRow(tx, recorder, 'contribution', {
    personId,
    companyId: null,
    affiliationId,
    year: row.year,
    quarter: row.index,
    kind: 'provisional',
    amountCents: after.contribution,
    feeCents: after.fee,
    dueDate: after.dueDate,
    status: 'open',
    structuredCommunication,
  }).id;
}
