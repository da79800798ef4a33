/**
 * The fund's complaint policy: its own answer period and warning window when its settings hold them
 * (setting `complaintPolicy`), otherwise the defaults of shared/rules/complaint-policy.ts.
 */
import { readSetting } from '../../../db/repositories/settings-repo';
import type { GuichetDb } from '../../../db/connection';
import {
  COMPLAINT_POLICY_RULES,
  DEFAULT_COMPLAINT_POLICY,
  type ComplaintPolicy,
} from '../../../shared/rules/complaint-policy';

function positiveDays(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365 ? value : fallback;
}

export function complaintPolicyOf(db: GuichetDb): ComplaintPolicy & { source: string } {
  const stored = readSetting<Partial<ComplaintPolicy>>(db, 'complaintPolicy');
  const isFundSetting = stored !== undefined && typeof stored === 'object' && stored !== null;
  return {
    answerDays: positiveDays(stored?.answerDays, DEFAULT_COMPLAINT_POLICY.answerDays),
    nearDeadlineDays: positiveDays(stored?.nearDeadlineDays, DEFAULT_COMPLAINT_POLICY.nearDeadlineDays),
    source: isFundSetting ? 'fund setting complaintPolicy' : COMPLAINT_POLICY_RULES.answerDays.source,
  };
}
