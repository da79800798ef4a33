/**
 * Confirming a change of situation, in one transaction: the change recomputed from what the case file
 * holds now (so the confirmation writes what the preview showed, or refuses a stale version), the
 * affiliation and its quarters, the notice queued for the letters, and the dated change itself.
 * Every row goes through the one write path: outbox record and audit line in the same transaction.
 */
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { insertRow } from '../../../db/repositories/case-file-repo';
import { insertSituationChange } from '../../../db/repositories/situation-repo';
import type { Tx } from '../../../db/repositories/synced-rows';
import type { SituationChangeInput, SituationPreview } from '../../../shared/contract/channels/situation';
import { toIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { ZERO_CENTS } from '../../../shared/domain/money';
import type { FiledChange } from '../../../shared/domain/situation/types';
import type { ServiceContext } from '../service-context';
import { applyAffiliation, applyQuarters } from './situation-contributions';
import { applyContact, applyMove } from './situation-person';
import { asContributionChange, checkAddress, compute, personOnlyPreview, previewOf } from './situation-preview';

export type Confirmed = SituationPreview & { changeId: string; letterId: string | null };
type Request = { personId: string; rowVersion: number; change: SituationChangeInput };

export function confirmSituation(context: ServiceContext, advisor: AdvisorWithBranch, request: Request): Confirmed {
  checkAddress(request.change);
  const today = toIsoDate(context.today());
  return context.db.transaction((tx) => {
    const change = asContributionChange(request.change);
    return change === null
      ? confirmPersonChange(tx, context, advisor, request)
      : confirmContributionChange(tx, context, advisor, request, change, today);
  });
}

function confirmPersonChange(tx: Tx, context: ServiceContext, advisor: AdvisorWithBranch, request: Request): Confirmed {
  const changeId = filePersonChange(tx, context, advisor, request);
  const preview = personOnlyPreview(context.recorder.sqlite, request.personId);
  return { ...preview, changeId, letterId: null };
}

/**
 * A move or a contact change inside the caller's transaction: the person's rows and the dated change
 * for the history. Also the path of an address corrected in the case file's contact details, so a
 * new address is the same change wherever it is typed. Answers the change's id.
 */
export function filePersonChange(
  tx: Tx,
  context: ServiceContext,
  advisor: AdvisorWithBranch,
  request: Request,
): string {
  const { recorder } = context;
  const { personId, rowVersion, change } = request;
  const result =
    change.kind === 'address'
      ? applyMove(tx, recorder, personId, rowVersion, change)
      : applyContact(tx, recorder, personId, rowVersion, change as Extract<SituationChangeInput, { kind: 'contact' }>);
  const row = insertSituationChange(tx, recorder, {
    personId,
    companyId: null,
    affiliationId: null,
    kind: change.kind,
    effectiveDate: change.effectiveDate,
    reason: null,
    details: result.details,
    differenceCents: ZERO_CENTS,
    advisorId: advisor.id,
  });
  return row.id;
}

function confirmContributionChange(
  tx: Tx,
  context: ServiceContext,
  advisor: AdvisorWithBranch,
  request: Request,
  change: FiledChange,
  today: IsoDate,
): Confirmed {
  const { recorder } = context;
  const computed = compute(recorder.sqlite, request.personId, change, today);
  const preview = previewOf(computed, change);
  const affiliation = applyAffiliation(tx, recorder, computed, change, request.rowVersion);
  const contributionIds = applyQuarters(tx, recorder, computed, affiliation.affiliationId);
  const row = insertSituationChange(tx, recorder, {
    personId: request.personId,
    companyId: null,
    affiliationId: affiliation.affiliationId,
    kind: change.kind,
    effectiveDate: change.effectiveDate,
    reason: change.kind === 'cessation' ? change.reason : null,
    details: {
      fromCategory: computed.facts.current.category,
      toCategory: computed.outcome.category,
      endDate: computed.outcome.endDate,
      quarters: preview.quarters.filter((quarter) => quarter.action !== 'keep').map((quarter) => quarter.quarter),
    },
    differenceCents: computed.outcome.totalDifference,
    advisorId: advisor.id,
  });
  const letterId =
    preview.notice === null
      ? null
      : insertRow(tx, recorder, 'letter', {
          personId: request.personId,
          companyId: null,
          kind: preview.notice,
          language: computed.facts.person.language as 'fr' | 'nl' | 'de',
          status: 'queued',
          sourceEntity: 'situationChange',
          sourceId: row.id,
          issuedAt: null,
          payload: { situationChangeId: row.id, affiliationId: affiliation.affiliationId, contributionIds },
        }).id;
  return {
    ...preview,
    subject: { entity: 'affiliation', id: affiliation.affiliationId, rowVersion: affiliation.rowVersion },
    changeId: row.id,
    letterId,
  };
}
