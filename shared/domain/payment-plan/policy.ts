import { PLAN_POLICY_RULES } from '../../rules/payment-plan-policy';
import type { PlanPolicy } from './types';

/** The default policy (Securex's published one, see PLAN_POLICY_RULES); a fund overrides any field. */
export function defaultPlanPolicy(overrides: Partial<PlanPolicy> = {}): PlanPolicy {
  return {
    maxMonths: PLAN_POLICY_RULES.maxMonths.value,
    minAdvance: PLAN_POLICY_RULES.minAdvance.value,
    maxBrokenPlans: PLAN_POLICY_RULES.maxBrokenPlans.value,
    brokenPlansWindowMonths: PLAN_POLICY_RULES.brokenPlansWindowMonths.value,
    missedInstalment: { toleratedMisses: 0, graceDays: 0 },
    ...overrides,
  };
}
