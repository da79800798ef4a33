/**
 * Following a plan up once it runs: an instalment recorded as missed (the policy tolerates a number
 * of misses, then the plan lapses), a review against the payments received (assessPlan), and a
 * cancellation with its reason. The access rules keep the first and the last to the deciding roles.
 */
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import { GuichetError } from '../../../shared/contract/errors';
import { toIsoDate } from '../../../shared/domain/calendar';
import { assessPlan } from '../../../shared/domain/payment-plan/compliance';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { updateRow } from '../../../db/repositories/case-file-repo';
import { planDto } from '../case-file/dto';
import { loadOwner } from '../case-file/owner';
import type { ServiceContext } from '../service-context';
import { planPayments, planPolicy, storedPlan } from './plan-service';
import { lapsePlan, loadPlan, planEvent, planRefOf, requirePlanStatus, setPlanStatus } from './plan-writes';

export function recordMissedInstalment(
  context: ServiceContext,
  { planId, instalmentNumber }: ParsedInput<'paymentPlan.recordMissed'>,
  advisor: AdvisorWithBranch,
): ChannelOutput<'paymentPlan.recordMissed'> {
  const plan = loadPlan(context, planId);
  requirePlanStatus(plan, 'active');
  const instalment = plan.instalments.find((item) => item.number === instalmentNumber);
  if (!instalment) throw new GuichetError('not-found', 'errors.notFound', { entity: 'paymentPlanInstalment' });
  if (instalment.status !== 'pending')
    throw new GuichetError('conflict', 'errors.plan.instalmentNotPending', { status: instalment.status });
  const owner = loadOwner(context.db.$client, planRefOf(plan));
  context.db.transaction((tx) => {
    updateRow(tx, context.recorder, 'paymentPlanInstalment', instalment.id, { status: 'missed' });
    const missed = plan.instalments.filter((item) => item.status === 'missed' || item.id === instalment.id).length;
    if (missed > planPolicy.missedInstalment.toleratedMisses)
      lapsePlan(tx, context, plan, owner, advisor, {
        on: context.today(),
        reason: `missed instalment ${instalmentNumber}`,
      });
    else planEvent(tx, context, plan.id, 'active', `missed instalment ${instalmentNumber} tolerated`);
  });
  return planDto(loadPlan(context, planId));
}

export function reviewPlan(
  context: ServiceContext,
  planId: string,
  advisor: AdvisorWithBranch,
): ChannelOutput<'paymentPlan.review'> {
  const sqlite = context.db.$client;
  const plan = loadPlan(context, planId);
  requirePlanStatus(plan, 'active');
  const status = assessPlan(
    storedPlan(plan),
    planPayments(sqlite, plan),
    toIsoDate(context.today()),
    planPolicy.missedInstalment,
  );
  if (status.status === 'on-track') return planDto(plan);
  const owner = loadOwner(sqlite, planRefOf(plan));
  context.db.transaction((tx) => {
    for (const number of status.missedInstalments) {
      const instalment = plan.instalments.find((item) => item.number === number);
      if (instalment && instalment.status !== 'missed')
        updateRow(tx, context.recorder, 'paymentPlanInstalment', instalment.id, { status: 'missed' });
    }
    if (status.status === 'lapsed')
      lapsePlan(tx, context, plan, owner, advisor, {
        on: status.lapsedOn ?? context.today(),
        reason: 'review: instalment missed',
      });
    else setPlanStatus(tx, context, plan, { status: 'completed' }, 'review: paid in full');
  });
  return planDto(loadPlan(context, planId));
}

/** A draft or a proposal withdrawn; the reason the advisor gave is the history line. */
export function cancelPlan(
  context: ServiceContext,
  { planId, reason }: ParsedInput<'paymentPlan.cancel'>,
): ChannelOutput<'paymentPlan.cancel'> {
  const plan = loadPlan(context, planId);
  requirePlanStatus(plan, 'draft', 'proposed');
  context.db.transaction((tx) => setPlanStatus(tx, context, plan, { status: 'cancelled' }, reason));
  return planDto(loadPlan(context, planId));
}
