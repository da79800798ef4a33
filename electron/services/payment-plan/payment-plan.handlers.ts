/**
 * Handlers of payment plans: open debts, preview, save as draft, propose (queues the plan letter),
 * sign, record or detect a missed instalment (the policy's rule: by default the plan lapses, and a
 * task asks for the personal call the fund promises before any judicial recovery), cancel.
 */
import type { paymentPlanChannels } from '../../../shared/contract/channels/payment-plan';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { assessPlan } from '../../../shared/domain/payment-plan/compliance';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { insertOpenTask, insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import { readPlan, type PlanWithParts } from '../../../db/repositories/payment-plan-read';
import { tombstoneSyncedRow, type Tx } from '../../../db/repositories/synced-rows';
import { paymentPlanInstalments } from '../../../db/schema';
import { planDto } from '../case-file/dto';
import { loadOwner, ownerColumnsOf, type CaseFileOwner } from '../case-file/owner';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { openDebts, planPayments, planPolicy, previewPlan, storedPlan } from './plan-service';

export function paymentPlanHandlers(context: ServiceContext): HandlerGroup<keyof typeof paymentPlanChannels> {
  const { db, recorder, session } = context;
  const sqlite = db.$client;
  const load = (planId: string): PlanWithParts => {
    const plan = readPlan(sqlite, planId);
    if (!plan) throw new GuichetError('not-found', 'errors.notFound', { entity: 'paymentPlan' });
    return plan;
  };
  const refOf = (plan: PlanWithParts): CaseFileRef =>
    plan.personId !== null ? { kind: 'person', id: plan.personId } : { kind: 'company', id: plan.companyId! };
  const requireStatus = (plan: PlanWithParts, ...allowed: PlanWithParts['status'][]) => {
    if (!allowed.includes(plan.status))
      throw new GuichetError('conflict', 'errors.plan.wrongStatus', { status: plan.status });
  };
  const event = (tx: Tx, planId: string, status: string, reason: string) =>
    insertRow(tx, recorder, 'paymentPlanEvent', { planId, status, reason, advisorId: session.advisorId() });
  const setStatus = (
    tx: Tx,
    plan: PlanWithParts,
    patch: Parameters<typeof updateRow<'paymentPlan'>>[4] & { status: PlanWithParts['status'] },
    reason: string,
  ) => {
    updateRow(tx, recorder, 'paymentPlan', plan.id, patch);
    event(tx, plan.id, patch.status, reason);
  };
  const lapse = (
    tx: Tx,
    plan: PlanWithParts,
    owner: CaseFileOwner,
    advisor: AdvisorWithBranch,
    lapsedOn: string,
    reason: string,
  ) => {
    setStatus(tx, plan, { status: 'lapsed', lapsedOn }, reason);
    // The plan lapsed: forced recovery may resume, and the fund calls the person first (engagement de service, point 4).
    insertOpenTask(tx, recorder, {
      ...ownerColumnsOf(owner),
      branchId: owner.branchId ?? advisor.branchId,
      kind: 'call-before-judicial-recovery',
      title: 'paymentPlan.task.lapsedCall',
      dueDate: addDays(toIsoDate(context.today()), 7),
      createdBy: advisor.id,
      sourceEntity: 'paymentPlan',
      sourceId: plan.id,
    });
  };

  return {
    'paymentPlan.openDebts': (ref) => {
      loadOwner(sqlite, ref);
      return openDebts(sqlite, ref, context.today());
    },
    'paymentPlan.draft': ({ kind, id, contributionIds, terms, start, advanceCents }) => {
      loadOwner(sqlite, { kind, id });
      return previewPlan(
        sqlite,
        { kind, id },
        { contributionIds, terms, start: start ?? context.today(), advanceCents },
        context.today(),
      ).preview;
    },
    'paymentPlan.save': ({ kind, id, contributionIds, terms, start, advanceCents, planId }) => {
      const owner = loadOwner(sqlite, { kind, id });
      const existing = planId === undefined ? undefined : load(planId);
      if (existing) requireStatus(existing, 'draft');
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
        event(tx, planRowId, 'draft', existing ? 'updated' : 'created');
        return planRowId;
      });
      return planDto(load(savedId));
    },
    'paymentPlan.propose': ({ planId }) => {
      const plan = load(planId);
      requireStatus(plan, 'draft');
      const ref = refOf(plan);
      const owner = loadOwner(sqlite, ref);
      const terms =
        plan.termsKind === 'months'
          ? { kind: 'months' as const, months: plan.termsMonths ?? 1 }
          : { kind: 'instalment' as const, amountCents: plan.termsInstalmentCents ?? 1 };
      const { preview } = previewPlan(
        sqlite,
        ref,
        {
          contributionIds: JSON.parse(plan.contributionIds) as string[],
          terms,
          start: plan.startDate,
          advanceCents: plan.advanceCents,
        },
        context.today(),
        plan.id,
      );
      if (!preview.isEligible)
        throw new GuichetError('conflict', 'errors.plan.notEligible', { refusals: preview.refusals });
      db.transaction((tx) => {
        setStatus(tx, plan, { status: 'proposed' }, 'proposed');
        insertRow(tx, recorder, 'letter', {
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
      return planDto(load(planId));
    },
    'paymentPlan.sign': ({ planId, signedOn }) => {
      const plan = load(planId);
      requireStatus(plan, 'proposed');
      db.transaction((tx) =>
        setStatus(tx, plan, { status: 'active', signedOn: signedOn ?? context.today() }, 'signed'),
      );
      return planDto(load(planId));
    },
    'paymentPlan.recordMissed': ({ planId, instalmentNumber }, { advisor }) => {
      const plan = load(planId);
      requireStatus(plan, 'active');
      const instalment = plan.instalments.find((item) => item.number === instalmentNumber);
      if (!instalment) throw new GuichetError('not-found', 'errors.notFound', { entity: 'paymentPlanInstalment' });
      const owner = loadOwner(sqlite, refOf(plan));
      db.transaction((tx) => {
        updateRow(tx, recorder, 'paymentPlanInstalment', instalment.id, { status: 'missed' });
        const missed = plan.instalments.filter((item) => item.status === 'missed' || item.id === instalment.id).length;
        if (missed > planPolicy.missedInstalment.toleratedMisses)
          lapse(tx, plan, owner, advisor, context.today(), `missed instalment ${instalmentNumber}`);
        else event(tx, plan.id, 'active', `missed instalment ${instalmentNumber} tolerated`);
      });
      return planDto(load(planId));
    },
    'paymentPlan.review': ({ planId }, { advisor }) => {
      const plan = load(planId);
      requireStatus(plan, 'active');
      const status = assessPlan(
        storedPlan(plan),
        planPayments(sqlite, plan),
        toIsoDate(context.today()),
        planPolicy.missedInstalment,
      );
      if (status.status === 'on-track') return planDto(plan);
      const owner = loadOwner(sqlite, refOf(plan));
      db.transaction((tx) => {
        for (const number of status.missedInstalments) {
          const instalment = plan.instalments.find((item) => item.number === number);
          if (instalment && instalment.status !== 'missed')
            updateRow(tx, recorder, 'paymentPlanInstalment', instalment.id, { status: 'missed' });
        }
        if (status.status === 'lapsed')
          lapse(tx, plan, owner, advisor, status.lapsedOn ?? context.today(), 'review: instalment missed');
        else setStatus(tx, plan, { status: 'completed' }, 'review: paid in full');
      });
      return planDto(load(planId));
    },
    'paymentPlan.cancel': ({ planId }) => {
      const plan = load(planId);
      requireStatus(plan, 'draft', 'proposed');
      db.transaction((tx) => setStatus(tx, plan, { status: 'cancelled' }, 'cancelled'));
      return planDto(load(planId));
    },
    'paymentPlan.get': ({ planId }) => planDto(load(planId)),
  };
}
