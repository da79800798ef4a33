/**
 * A plan from its draft to its signature: save (or replace) a draft with its schedule, propose it
 * (the policy must accept it; the plan letter is queued), and mark it signed when the copy comes back.
 */
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import { GuichetError } from '../../../shared/contract/errors';
import { insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import type { PlanWithParts } from '../../../db/repositories/payment-plan-read';
import { tombstoneSyncedRow } from '../../../db/repositories/synced-rows';
import { paymentPlanInstalments } from '../../../db/schema';
import { planDto } from '../case-file/dto';
import { loadOwner, ownerColumnsOf } from '../case-file/owner';
import type { ServiceContext } from '../service-context';
import { previewPlan } from './plan-service';
import { loadPlan, planEvent, planRefOf, requirePlanStatus, setPlanStatus } from './plan-writes';

export function savePlan(
  context: ServiceContext,
  { kind, id, contributionIds, terms, start, advanceCents, planId }: ParsedInput<'paymentPlan.save'>,
): ChannelOutput<'paymentPlan.save'> {
  const { db, recorder } = context;
  const sqlite = db.$client;
  const owner = loadOwner(sqlite, { kind, id });
  const existing = planId === undefined ? undefined : loadPlan(context, planId);
  if (existing) requirePlanStatus(existing, 'draft');
  const { preview } = previewPlan(
    sqlite,
    { kind, id },
    { contributionIds, terms, start: start ?? context.today(), advanceCents },
    context.today(),
    planId,
  );
  const fields = {
    ...ownerColumnsOf(owner),
    contributionIds: [...contributionIds],
    termsKind: terms.kind,
    termsMonths: terms.kind === 'months' ? terms.months : null,
    termsInstalmentCents: terms.kind === 'instalment' ? terms.amountCents : null,
    advanceCents: preview.instalments[0]?.amountCents ?? 0,
    atDate: preview.at,
    startDate: preview.start,
    endDate: preview.endDate,
    principalCents: preview.debt.principalCents,
    surchargesCents: preview.debt.surchargesCents,
    totalCents: preview.totalCents,
  };
  const savedId = db.transaction((tx) => {
    let planRowId: string;
    if (existing) {
      updateRow(tx, recorder, 'paymentPlan', existing.id, fields);
      for (const instalment of existing.instalments)
        tombstoneSyncedRow(tx, recorder, paymentPlanInstalments, 'paymentPlanInstalment', instalment.id);
      planRowId = existing.id;
    } else {
      planRowId = insertRow(tx, recorder, 'paymentPlan', {
        ...fields,
        status: 'draft',
        signedOn: null,
        lapsedOn: null,
      }).id;
    }
    for (const instalment of preview.instalments)
      insertRow(tx, recorder, 'paymentPlanInstalment', { planId: planRowId, ...instalment, status: 'pending' });
    planEvent(tx, context, planRowId, 'draft', existing ? 'updated' : 'created');
    return planRowId;
  });
  return planDto(loadPlan(context, savedId));
}

function termsOf(plan: PlanWithParts) {
  return plan.termsKind === 'months'
    ? { kind: 'months' as const, months: plan.termsMonths ?? 1 }
    : { kind: 'instalment' as const, amountCents: plan.termsInstalmentCents ?? 1 };
}

export function proposePlan(context: ServiceContext, planId: string): ChannelOutput<'paymentPlan.propose'> {
  const sqlite = context.db.$client;
  const plan = loadPlan(context, planId);
  requirePlanStatus(plan, 'draft');
  const ref = planRefOf(plan);
  const owner = loadOwner(sqlite, ref);
  const { preview } = previewPlan(
    sqlite,
    ref,
    {
      contributionIds: JSON.parse(plan.contributionIds) as string[],
      terms: termsOf(plan),
      start: plan.startDate,
      advanceCents: plan.advanceCents,
    },
    context.today(),
    plan.id,
  );
  if (!preview.isEligible)
    throw new GuichetError('conflict', 'errors.plan.notEligible', { refusals: preview.refusals });
  context.db.transaction((tx) => {
    setPlanStatus(tx, context, plan, { status: 'proposed' }, 'proposed');
    insertRow(tx, context.recorder, 'letter', {
      ...ownerColumnsOf(owner),
      kind: 'payment-plan-proposal',
      language: owner.language,
      status: 'queued',
      sourceEntity: 'paymentPlan',
      sourceId: plan.id,
      issuedAt: null,
      payload: { planId: plan.id, totalCents: plan.totalCents, startDate: plan.startDate, endDate: plan.endDate },
    });
  });
  return planDto(loadPlan(context, planId));
}

export function signPlan(
  context: ServiceContext,
  { planId, signedOn }: ParsedInput<'paymentPlan.sign'>,
): ChannelOutput<'paymentPlan.sign'> {
  const plan = loadPlan(context, planId);
  requirePlanStatus(plan, 'proposed');
  context.db.transaction((tx) =>
    setPlanStatus(tx, context, plan, { status: 'active', signedOn: signedOn ?? context.today() }, 'signed'),
  );
  return planDto(loadPlan(context, planId));
}
