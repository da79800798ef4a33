import { RECOVERY_POLICY_RULES } from '../../rules/recovery-policy';
import type { RecoverySettings } from './types';

/** The default recovery settings (see RECOVERY_POLICY_RULES for each value's source); a fund overrides any field. */
export function defaultRecoverySettings(): RecoverySettings {
  const rules = RECOVERY_POLICY_RULES;
  return {
    reminderAfterDueDays: rules.reminderAfterDueDays.value,
    statementAfterReminderDays: rules.statementAfterReminderDays.value,
    formalNoticeAfterStatementDays: rules.formalNoticeAfterStatementDays.value,
    contactAfterFormalNoticeDays: rules.contactAfterFormalNoticeDays.value,
    contactTaskDays: rules.contactTaskDays.value,
    handOverAfterContactDays: rules.handOverAfterContactDays.value,
    judicialMinimumCents: rules.judicialMinimumCents.value,
  };
}
