/**
 * The writes every plan step shares: load a plan, check its status, change it with its history
 * event, and lapse it (the policy's rule for a missed instalment: forced recovery may resume, and a
 * task asks for the personal call the fund promises before any judicial recovery).
 */
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { insertOpenTask, insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import { readPlan, type PlanWithParts } from '../../../db/repositories/payment-plan-read';
import type { Tx } from '../../../db/repositories/synced-rows';
import { ownerColumnsOf, type CaseFileOwner } from '../case-file/owner';
import type { ServiceContext } from '../service-context';

export type PlanStatus = PlanWithParts['status'];

export function loadPlan(context: ServiceContext, planId: string): PlanWithParts {
  const plan = readPlan(context.db.$client, planId);
  if (!plan) throw new GuichetError('not-found', 'errors.notFound', { entity: 'paymentPlan' });
  return plan;
}

export function planRefOf(plan: PlanWithParts): CaseFileRef {
  return plan.personId !== null ? { kind: 'person', id: plan.personId } : { kind: 'company', id: plan.companyId! };
}

export function requirePlanStatus(plan: PlanWithParts, ...allowed: PlanStatus[]): void {
  if (!allowed.includes(plan.status))
    throw new GuichetError('conflict', 'errors.plan.wrongStatus', { status: plan.status });
}

/** One line of the plan's history: what happened, why, and who did it. */
export function planEvent(tx: Tx, context: ServiceContext, planId: string, status: string, reason: string): void {
  insertRow(tx, context.recorder, 'paymentPlanEvent', {
    planId,
    status,
    reason,
    advisorId: context.session.advisorId(),
  });
}

export function setPlanStatus(
  tx: Tx,
  context: ServiceContext,
  plan: PlanWithParts,
  patch: Parameters<typeof updateRow<'paymentPlan'>>[4] & { status: PlanStatus },
  reason: string,
): void {
  updateRow(tx, context.recorder, 'paymentPlan', plan.id, patch);
  planEvent(tx, context, plan.id, patch.status, reason);
}

export function lapsePlan(
  tx: Tx,
  context: ServiceContext,
  plan: PlanWithParts,
  owner: CaseFileOwner,
  advisor: AdvisorWithBranch,
  lapse: { on: string; reason: string },
): void {
  setPlanStatus(tx, context, plan, { status: 'lapsed', lapsedOn: lapse.on }, lapse.reason);
  // The plan lapsed: forced recovery may resume, and the fund calls the person first (engagement de service, point 4).
  insertOpenTask(tx, context.recorder, {
    ...ownerColumnsOf(owner),
    branchId: owner.branchId ?? advisor.branchId,
    kind: 'call-before-judicial-recovery',
    title: 'paymentPlan.task.lapsedCall',
    dueDate: addDays(toIsoDate(context.today()), 7),
    createdBy: advisor.id,
    sourceEntity: 'paymentPlan',
    sourceId: plan.id,
  });
}
