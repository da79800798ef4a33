/**
 * What both kinds of intake write alike: the structured communication of a contribution and the
 * follow-up tasks of a new case file.
 */
import type { IsoDate } from '../../../shared/domain/calendar';
import { makeStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import type { ChannelOutput } from '../../../shared/contract/app-contract';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { insertOpenTask } from '../../../db/repositories/case-file-repo';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import type { Tx } from '../../../db/repositories/synced-rows';
import type { GuichetDb } from '../../../db/connection';
import { communicationReference } from '../fund-settings';

export type IntakeResult = ChannelOutput<'intake.complete'>;
export type IntakeDeps = { db: GuichetDb; recorder: ChangeRecorder; today: () => string; advisor: AdvisorWithBranch };
export type Owner = { personId: string | null; companyId: string | null };

/** The 12 digits of the structured communication that designates one contribution (Febelfin OGM/VCS). */
export function reference(ownerNumber: number, year: number, slot: number): string {
  return makeStructuredCommunication(communicationReference(ownerNumber, year, slot)).replace(/\D/g, '');
}

/** A follow-up task of the new case file, in the advisor's branch. */
export function intakeTask(
  tx: Tx,
  deps: IntakeDeps,
  owner: Owner,
  kind: 'check-documents' | 'follow-up',
  title: string,
  dueDate: IsoDate,
  sourceId: string,
): string {
  return insertOpenTask(tx, deps.recorder, {
    ...owner,
    branchId: deps.advisor.branchId,
    kind,
    title,
    dueDate,
    createdBy: deps.advisor.id,
    sourceEntity: 'intake',
    sourceId,
  }).id;
}
