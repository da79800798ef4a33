/**
 * Handlers of payment plans: open debts, preview, save as draft, propose (queues the plan letter),
 * sign (plan-drafting.ts); record or detect a missed instalment, cancel (plan-follow-up.ts).
 */
import type { paymentPlanChannels } from '../../../shared/contract/channels/payment-plan';
import { loadOwner } from '../case-file/owner';
import { planDto } from '../case-file/dto';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { proposePlan, savePlan, signPlan } from './plan-drafting';
import { cancelPlan, recordMissedInstalment, reviewPlan } from './plan-follow-up';
import { openDebts, previewPlan } from './plan-service';
import { loadPlan } from './plan-writes';

export function paymentPlanHandlers(context: ServiceContext): HandlerGroup<keyof typeof paymentPlanChannels> {
  const sqlite = context.db.$client;
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
    'paymentPlan.save': (input) => savePlan(context, input),
    'paymentPlan.propose': ({ planId }) => proposePlan(context, planId),
    'paymentPlan.sign': (input) => signPlan(context, input),
    'paymentPlan.recordMissed': (input, { advisor }) => recordMissedInstalment(context, input, advisor),
    'paymentPlan.review': ({ planId }, { advisor }) => reviewPlan(context, planId, advisor),
    'paymentPlan.cancel': (input) => cancelPlan(context, input),
    'paymentPlan.get': ({ planId }) => planDto(loadPlan(context, planId)),
  };
}
