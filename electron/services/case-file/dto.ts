/** Row → contract shapes shared by several services (plans, requests). */
import type { PaymentPlanDto } from '../../../shared/contract/channels/payment-plan';
import type { RequestDto } from '../../../shared/contract/channels/request';
import type { PlanWithParts, RequestRecord } from '../../../db/repositories/payment-plan-read';

function refOf(row: { personId: string | null; companyId: string | null }) {
  return row.personId !== null
    ? { kind: 'person' as const, id: row.personId }
    : { kind: 'company' as const, id: row.companyId ?? '' };
}

export function planDto(plan: PlanWithParts): PaymentPlanDto {
  return {
    id: plan.id,
    caseFile: refOf(plan),
    status: plan.status,
    contributionIds: JSON.parse(plan.contributionIds) as string[],
    terms:
      plan.termsKind === 'months'
        ? { kind: 'months', months: plan.termsMonths ?? 1 }
        : { kind: 'instalment', amountCents: plan.termsInstalmentCents ?? 1 },
    advanceCents: plan.advanceCents,
    startDate: plan.startDate,
    endDate: plan.endDate,
    principalCents: plan.principalCents,
    surchargesCents: plan.surchargesCents,
    totalCents: plan.totalCents,
    signedOn: plan.signedOn,
    lapsedOn: plan.lapsedOn,
    instalments: plan.instalments.map(({ number, kind, dueDate, amountCents, status }) => ({
      number,
      kind,
      dueDate,
      amountCents,
      status,
    })),
    history: plan.events.map((event) => ({
      status: event.status as PaymentPlanDto['status'],
      at: event.at,
      reason: event.reason,
      advisorId: event.advisorId,
    })),
    rowVersion: plan.rowVersion,
  };
}

export function requestDto(row: RequestRecord): RequestDto {
  return {
    id: row.id,
    caseFile: refOf(row),
    kind: row.kind,
    grounds: row.grounds as RequestDto['grounds'],
    groundsText: row.groundsText,
    quarters: JSON.parse(row.quarters) as string[],
    affiliationId: row.affiliationId,
    year: row.year,
    requestedIncomeCents: row.requestedIncomeCents,
    status: row.status,
    filedOn: row.filedOn,
    decidedOn: row.decidedOn,
    decisionNote: row.decisionNote,
    effectCents: row.effectCents,
    authorityReference: row.authorityReference,
    authorityDecidedOn: row.authorityDecidedOn,
    rowVersion: row.rowVersion,
  };
}
