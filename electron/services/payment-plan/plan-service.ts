/**
 * Payment plans from the case file's ledger: the open debts, the schedule and the policy checks of
 * draftPaymentPlan (fund policy, see shared/rules/payment-plan-policy.ts), and the status of an
 * active plan from the payments received (assessPlan).
 */
import type Database from 'better-sqlite3';
import type { PlanPreview, PlanTermsDto } from '../../../shared/contract/channels/payment-plan';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { GuichetError } from '../../../shared/contract/errors';
import { toIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { draftPaymentPlan } from '../../../shared/domain/payment-plan/plan';
import { defaultPlanPolicy } from '../../../shared/domain/payment-plan/policy';
import type { CaseHistory, PaymentPlan } from '../../../shared/domain/payment-plan/types';
import type { Claim, Payment } from '../../../shared/domain/surcharge/types';
import { cents, type Cents } from '../../../shared/domain/money';
import { lookupRulesFor } from '../../../shared/rules';
import { readContributions, readPayments, readSurcharges } from '../../../db/repositories/case-file-ledger-read';
import { readPlans, type PlanWithParts } from '../../../db/repositories/payment-plan-read';
import { hasOpenJudicialFile } from '../../../db/repositories/recovery-read';
import { rulesOrRefuse } from '../rule-years';

export const planPolicy = defaultPlanPolicy();

function lineDto(line: PaymentPlan['explanation'][number]) {
  return { ...line, params: { ...line.params }, source: line.source === null ? null : { ...line.source } };
}

/** `hasJudicialProcedure`: an open judicial file of the case file (db/repositories/recovery-read.ts). */
export function caseHistory(plans: readonly PlanWithParts[], hasJudicialProcedure: boolean): CaseHistory {
  return {
    brokenPlans: plans
      .filter((plan) => plan.status === 'lapsed' && plan.lapsedOn !== null)
      .map((plan) => ({ brokenOn: toIsoDate(plan.lapsedOn!) })),
    hasActivePlan: plans.some((plan) => plan.status === 'active'),
    hasJudicialProcedure,
  };
}

export function openDebts(sqlite: Database.Database, ref: CaseFileRef, today: string) {
  const contributions = readContributions(sqlite, ref).filter((row) => row.status === 'open' && row.dueDate <= today);
  const payments = readPayments(sqlite, ref);
  const surcharges = readSurcharges(sqlite, ref);
  const plans = readPlans(sqlite, ref);
  const covered = new Set(
    plans
      .filter((plan) => plan.status === 'active' || plan.status === 'proposed')
      .flatMap((plan) => JSON.parse(plan.contributionIds) as string[]),
  );
  const debts = contributions
    .map((row) => {
      const paid = payments
        .filter((payment) => payment.contributionId === row.id)
        .reduce((sum, payment) => sum + payment.amountCents, 0);
      const principalOpen = Math.max(0, row.amountCents + row.feeCents - paid);
      const surchargesOpen = surcharges
        .filter((s) => s.contributionId === row.id && s.isWaived === 0)
        .reduce((sum, s) => sum + s.amountCents, 0);
      return {
        contributionId: row.id,
        year: row.year,
        quarter: row.quarter,
        kind: row.kind,
        dueDate: row.dueDate,
        principalOpenCents: principalOpen,
        surchargesOpenCents: surchargesOpen,
        totalOpenCents: principalOpen + surchargesOpen,
        isInPlan: covered.has(row.id),
      };
    })
    .filter((debt) => debt.principalOpenCents > 0);
  const history = caseHistory(plans, hasOpenJudicialFile(sqlite, ref));
  return { debts, history: { ...history, brokenPlans: [...history.brokenPlans] } };
}

export type PlanRequestInput = {
  contributionIds: readonly string[];
  terms: PlanTermsDto;
  start: string;
  advanceCents?: number | undefined;
};

/** Runs draftPaymentPlan on the chosen contributions; a domain refusal (nothing due, advance too large…) is a `validation` error. */
export function previewPlan(
  sqlite: Database.Database,
  ref: CaseFileRef,
  input: PlanRequestInput,
  today: string,
  ignorePlanId?: string,
): { plan: PaymentPlan; preview: PlanPreview } {
  const chosen = new Set(input.contributionIds);
  const rows = readContributions(sqlite, ref).filter((row) => chosen.has(row.id));
  if (rows.length !== chosen.size) throw new GuichetError('validation', 'errors.plan.unknownDebt');
  if (rows.some((row) => row.status !== 'open')) throw new GuichetError('validation', 'errors.plan.debtNotOpen');
  const claims: Claim[] = rows.map((row) => ({
    id: row.id,
    kind: row.kind === 'company' ? 'company-contribution' : 'contribution',
    principal: cents(row.amountCents + row.feeCents),
    dueDate: toIsoDate(row.dueDate),
  }));
  const payments: Payment[] = readPayments(sqlite, ref)
    .filter((payment) => payment.contributionId !== null && chosen.has(payment.contributionId))
    .map((payment) => ({
      date: toIsoDate(payment.date),
      amount: cents(payment.amountCents),
      claimId: payment.contributionId!,
    }));
  const at = toIsoDate(today);
  const rules = rulesOrRefuse(lookupRulesFor(at));
  const plans = readPlans(sqlite, ref).filter((plan) => plan.id !== ignorePlanId);
  const outcome = draftPaymentPlan({
    claims,
    payments,
    at,
    start: toIsoDate(input.start),
    terms:
      input.terms.kind === 'months'
        ? { kind: 'months', months: input.terms.months }
        : { kind: 'instalment', amount: cents(input.terms.amountCents) },
    ...(input.advanceCents !== undefined ? { advance: cents(input.advanceCents) } : {}),
    history: caseHistory(plans, hasOpenJudicialFile(sqlite, ref)),
    policy: planPolicy,
    rates: rules.surcharges,
  });
  if (!outcome.ok) throw new GuichetError('validation', outcome.error.messageKey, { params: outcome.error.params });
  const plan = outcome.value;
  return {
    plan,
    preview: {
      at: plan.at,
      start: plan.start,
      debt: { principalCents: plan.debt.principal, surchargesCents: plan.debt.surcharges, totalCents: plan.debt.total },
      instalments: plan.instalments.map((instalment) => ({
        number: instalment.number,
        kind: instalment.kind,
        dueDate: instalment.dueDate,
        amountCents: instalment.amount,
      })),
      totalCents: plan.total,
      months: plan.months,
      endDate: plan.endDate,
      isEligible: plan.isEligible,
      refusals: plan.refusals.map(lineDto),
      runningSurchargesCents: plan.runningSurcharges.total,
      explanation: plan.explanation.map(lineDto),
    },
  };
}

/** The stored plan as the domain's PaymentPlan, for assessPlan (only the schedule and total matter there). */
export function storedPlan(plan: PlanWithParts): PaymentPlan {
  const instalments = plan.instalments.map((instalment) => ({
    number: instalment.number,
    kind: instalment.kind,
    dueDate: toIsoDate(instalment.dueDate),
    amount: cents(instalment.amountCents),
  }));
  const zero = cents(0);
  return {
    at: toIsoDate(plan.atDate),
    start: toIsoDate(plan.startDate),
    debt: {
      principal: cents(plan.principalCents),
      surcharges: cents(plan.surchargesCents),
      total: cents(plan.totalCents),
    },
    instalments,
    total: cents(plan.totalCents),
    months: Math.max(0, instalments.length - 1),
    endDate: toIsoDate(plan.endDate),
    isEligible: true,
    refusals: [],
    runningSurcharges: { items: [], total: zero },
    onMissedInstalment: { ...planPolicy.missedInstalment, messageKey: '' },
    explanation: [],
  };
}

/** Payments counted for a plan: those made under it, and those allocated to its debts from its start. */
export function planPayments(sqlite: Database.Database, plan: PlanWithParts): Payment[] {
  const ref: CaseFileRef =
    plan.personId !== null ? { kind: 'person', id: plan.personId } : { kind: 'company', id: plan.companyId! };
  const debts = new Set(JSON.parse(plan.contributionIds) as string[]);
  return readPayments(sqlite, ref)
    .filter(
      (payment) =>
        payment.paymentPlanId === plan.id ||
        (payment.contributionId !== null && debts.has(payment.contributionId) && payment.date >= plan.startDate),
    )
    .map((payment) => ({ date: toIsoDate(payment.date), amount: cents(payment.amountCents) as Cents }));
}

export type { IsoDate };
