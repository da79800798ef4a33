import { PLAN_POLICY_RULES } from '../../rules/payment-plan-policy';
import { addDays } from '../calendar';
import type { IsoDate } from '../calendar';
import { explain } from '../explanation';
import type { ExplanationLine } from '../explanation';
import { addCents, subtractCents } from '../money';
import type { Payment } from '../surcharge/types';
import type { MissedInstalmentPolicy, PaymentPlan, PlanStatus } from './types';

/**
 * Whether a plan is respected on `at`, given the payments made under it. An instalment is missed
 * when, at the end of its due date plus the grace days, the payments made so far do not cover the
 * instalments due so far (so an early or larger payment counts for the next ones). Once more
 * instalments are missed than the policy tolerates, the plan lapses the next day: the remaining
 * balance is due at once and forced recovery can resume (fund practice, unconfirmed: see
 * PLAN_POLICY_RULES.missedInstalmentLapses). The default policy tolerates no miss.
 */
export function assessPlan(
  plan: PaymentPlan,
  payments: readonly Payment[],
  at: IsoDate,
  policy: MissedInstalmentPolicy,
): PlanStatus {
  const lines: ExplanationLine[] = [];
  const missed: number[] = [];
  let required = addCents();
  for (const instalment of plan.instalments) {
    required = addCents(required, instalment.amount);
    const deadline = addDays(instalment.dueDate, policy.graceDays);
    if (deadline >= at) break;
    const paid = addCents(...payments.filter((payment) => payment.date <= deadline).map((payment) => payment.amount));
    if (paid >= required) continue;
    missed.push(instalment.number);
    lines.push(
      explain(
        'plan.missed-instalment',
        'explanation.plan.status.missedInstalment',
        {
          number: instalment.number,
          dueDate: instalment.dueDate,
          graceDays: policy.graceDays,
          shortfallCents: subtractCents(required, paid),
        },
        PLAN_POLICY_RULES.missedInstalmentLapses,
      ),
    );
    if (missed.length > policy.toleratedMisses) {
      const lapsedOn = addDays(deadline, 1);
      lines.push(
        explain(
          'plan.lapsed',
          'explanation.plan.status.lapsed',
          { lapsedOn },
          PLAN_POLICY_RULES.missedInstalmentLapses,
        ),
      );
      return { status: 'lapsed', missedInstalments: missed, lapsedOn, explanation: lines };
    }
  }
  const paidToDate = addCents(...payments.filter((payment) => payment.date <= at).map((payment) => payment.amount));
  const status = paidToDate >= plan.total ? 'completed' : 'on-track';
  lines.push(
    explain(
      'plan.status',
      status === 'completed' ? 'explanation.plan.status.completed' : 'explanation.plan.status.onTrack',
      { paidCents: paidToDate, totalCents: plan.total },
      null,
    ),
  );
  return { status, missedInstalments: missed, lapsedOn: null, explanation: lines };
}
