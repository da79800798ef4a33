import { PLAN_POLICY_RULES } from '../../rules/payment-plan-policy';
import { addMonths } from '../calendar';
import type { IsoDate } from '../calendar';
import { explain, failure, success } from '../explanation';
import type { ExplanationLine, Outcome } from '../explanation';
import { addCents, ZERO_CENTS } from '../money';
import type { Cents } from '../money';
import { computeSurcharges, replaySurcharges } from '../surcharge/compute';
import type { Payment } from '../surcharge/types';
import { buildInstalments, minimumAdvance } from './schedule';
import type { Instalment, PaymentPlan, PlanRequest } from './types';

/**
 * Drafts a payment plan (plan d'apurement / afbetalingsplan) for the open debts of a case file at
 * `at`: only debts already due, principal and surcharges. No legal text governs these plans; the
 * fund's policy is configuration and every refusal is returned as a plain-language reason with the
 * policy's source. Surcharges keep running during the plan (AR 19/12/1967 art. 44), so the plan
 * also returns the surcharges a respected plan will still cost.
 */
export function draftPaymentPlan(request: PlanRequest): Outcome<PaymentPlan> {
  if (request.start < request.at)
    return failure('start-before-at', 'error.plan.startBeforeAt', { start: request.start, at: request.at });
  if (request.terms.kind === 'months' && (!Number.isInteger(request.terms.months) || request.terms.months < 1)) {
    return failure('invalid-months', 'error.plan.invalidMonths', { months: request.terms.months });
  }
  if (request.terms.kind === 'instalment' && request.terms.amount <= 0) {
    return failure('invalid-instalment', 'error.plan.invalidInstalment', { amountCents: request.terms.amount });
  }
  const dueClaims = request.claims.filter((claim) => claim.dueDate <= request.at);
  if (dueClaims.length === 0) return failure('no-open-debt', 'error.plan.noOpenDebt', { at: request.at });
  const dueIds = new Set(dueClaims.map((claim) => claim.id));
  const payments = request.payments.filter((payment) => payment.claimId === undefined || dueIds.has(payment.claimId));
  const report = computeSurcharges({ claims: dueClaims, payments, at: request.at, rates: request.rates });
  if (!report.ok) return report;
  const debt = {
    principal: report.value.totals.principalOpen,
    surcharges: report.value.totals.surchargesOpen,
    total: report.value.totals.totalOpen,
  };
  if (debt.total === 0) return failure('no-open-debt', 'error.plan.noOpenDebt', { at: request.at });
  const minimum = minimumAdvance(debt.total, request.policy.minAdvance);
  const advance = request.advance ?? minimum;
  if (advance >= debt.total)
    return failure('advance-covers-debt', 'error.plan.advanceCoversDebt', {
      advanceCents: advance,
      debtCents: debt.total,
    });

  const instalments = buildInstalments(debt.total, advance, request.start, request.terms);
  const months = instalments.length - 1;
  const endDate = addMonths(request.start, months);
  const refusals = checkPolicy(request, months, advance, minimum);
  const running = runningSurcharges(request, dueClaims, payments, instalments, endDate);
  const lines: ExplanationLine[] = [
    explain(
      'plan.scope',
      'explanation.plan.debtAtDate',
      { at: request.at, principalCents: debt.principal, surchargesCents: debt.surcharges, totalCents: debt.total },
      PLAN_POLICY_RULES.onlyDueDebts,
    ),
    explain(
      'plan.advance',
      'explanation.plan.advance',
      { advanceCents: advance, minimumCents: minimum },
      PLAN_POLICY_RULES.minAdvance,
    ),
    explain(
      'plan.instalments',
      'explanation.plan.instalments',
      { months, endDate, lastCents: instalments.map((instalment) => instalment.amount).reduce((_, amount) => amount) },
      null,
    ),
    ...(refusals.length === 0
      ? [explain('plan.eligibility', 'explanation.plan.eligible', {}, PLAN_POLICY_RULES.maxMonths)]
      : refusals),
    explain(
      'plan.running-surcharges',
      'explanation.plan.surchargesKeepRunning',
      { totalCents: running.total, count: running.items.length },
      PLAN_POLICY_RULES.surchargesKeepRunning,
    ),
    missedLine(request),
  ];
  return success({
    at: request.at,
    start: request.start,
    debt,
    instalments,
    total: addCents(...instalments.map((instalment) => instalment.amount)),
    months,
    endDate,
    isEligible: refusals.length === 0,
    refusals,
    runningSurcharges: running,
    onMissedInstalment: { ...request.policy.missedInstalment, messageKey: missedMessageKey(request) },
    explanation: lines,
  });
}

function checkPolicy(request: PlanRequest, months: number, advance: Cents, minimum: Cents): ExplanationLine[] {
  const { policy, history } = request;
  const refusals: ExplanationLine[] = [];
  if (history.hasJudicialProcedure) {
    refusals.push(
      explain(
        'plan.judicial-procedure',
        'explanation.plan.refused.judicialProcedure',
        {},
        PLAN_POLICY_RULES.noJudicialProcedure,
      ),
    );
  }
  const windowStart = addMonths(request.start, -policy.brokenPlansWindowMonths);
  const broken = history.brokenPlans.filter(
    (plan) => plan.brokenOn > windowStart && plan.brokenOn <= request.start,
  ).length;
  if (broken >= policy.maxBrokenPlans) {
    refusals.push(
      explain(
        'plan.broken-plans',
        'explanation.plan.refused.tooManyBrokenPlans',
        { count: broken, max: policy.maxBrokenPlans, windowMonths: policy.brokenPlansWindowMonths },
        PLAN_POLICY_RULES.maxBrokenPlans,
      ),
    );
  }
  if (history.hasActivePlan) {
    refusals.push(
      explain('plan.active-plan', 'explanation.plan.refused.activePlan', {}, PLAN_POLICY_RULES.noActivePlan),
    );
  }
  if (months > policy.maxMonths) {
    refusals.push(
      explain(
        'plan.duration',
        'explanation.plan.refused.durationExceedsMaximum',
        { months, maxMonths: policy.maxMonths },
        PLAN_POLICY_RULES.maxMonths,
      ),
    );
  }
  if (advance < minimum) {
    refusals.push(
      explain(
        'plan.advance',
        'explanation.plan.refused.advanceBelowMinimum',
        { advanceCents: advance, minimumCents: minimum },
        PLAN_POLICY_RULES.minAdvance,
      ),
    );
  }
  return refusals;
}

/** Replays the history with the instalments paid on their due dates and keeps the new surcharges. */
function runningSurcharges(
  request: PlanRequest,
  claims: PlanRequest['claims'],
  payments: readonly Payment[],
  instalments: readonly Instalment[],
  endDate: IsoDate,
): PaymentPlan['runningSurcharges'] {
  const planPayments: Payment[] = instalments
    .filter((instalment) => instalment.amount > 0)
    .map((instalment) => ({ date: instalment.dueDate, amount: instalment.amount }));
  const replay = replaySurcharges({
    claims,
    payments: [...payments, ...planPayments],
    at: endDate,
    rates: request.rates,
  });
  const items = replay.surcharges.filter((surcharge) => surcharge.date > request.at);
  return { items, total: addCents(ZERO_CENTS, ...items.map((item) => item.amount)) };
}

function missedMessageKey(request: PlanRequest): string {
  return request.policy.missedInstalment.toleratedMisses === 0
    ? 'explanation.plan.missed.lapsesAtFirstMiss'
    : 'explanation.plan.missed.lapsesAfterTolerance';
}

function missedLine(request: PlanRequest): ExplanationLine {
  const { toleratedMisses, graceDays } = request.policy.missedInstalment;
  return explain(
    'plan.missed-instalment',
    missedMessageKey(request),
    { toleratedMisses, graceDays },
    PLAN_POLICY_RULES.missedInstalmentLapses,
  );
}
