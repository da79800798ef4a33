/** Names of plan statuses and letter kinds, shared by the case file and the payment-plan screen. */
import type { TFunction } from 'i18next';
import type { TaskRow } from '../../shared/contract/channels/case-file-detail';
import type { LetterKindName } from '../../shared/contract/channels/letters';
import type { PlanStatusName } from '../../shared/contract/channels/payment-plan';
import type { MessageKey } from '../i18n/message-text';

export function planStatusLabel(t: TFunction, status: PlanStatusName): string {
  switch (status) {
    case 'draft':
      return t('plan.status.draft');
    case 'proposed':
      return t('plan.status.proposed');
    case 'active':
      return t('plan.status.active');
    case 'completed':
      return t('plan.status.completed');
    case 'lapsed':
      return t('plan.status.lapsed');
    case 'cancelled':
      return t('plan.status.cancelled');
  }
}

/** One label per kind of the contract's list: a kind added there is a compile error here until named. */
const letterKindKeys = {
  'affiliation-confirmation': 'letter.kind.affiliationConfirmation',
  'cessation-confirmation': 'letter.kind.cessationConfirmation',
  'due-notice': 'letter.kind.dueNotice',
  reminder: 'letter.kind.reminder',
  'formal-notice': 'letter.kind.formalNotice',
  'payment-plan-proposal': 'letter.kind.paymentPlanProposal',
  'payment-plan-agreement': 'letter.kind.paymentPlanAgreement',
  'regularisation-notice': 'letter.kind.regularisationNotice',
  'account-statement': 'letter.kind.accountStatement',
  'tax-certificate': 'letter.kind.taxCertificate',
  'company-contribution-notice': 'letter.kind.companyContributionNotice',
  decision: 'letter.kind.decision',
  'affiliation-certificate': 'letter.kind.affiliationCertificate',
  'regularity-certificate': 'letter.kind.regularityCertificate',
  'payment-certificate': 'letter.kind.paymentCertificate',
  'complaint-answer': 'letter.kind.complaintAnswer',
  'payment-receipt': 'letter.kind.paymentReceipt',
  'rights-information': 'letter.kind.rightsInformation',
  'rights-decision': 'letter.kind.rightsDecision',
  'rights-deadline-reminder': 'letter.kind.rightsDeadlineReminder',
} as const satisfies Record<LetterKindName, MessageKey>;

function isLetterKindName(kind: string): kind is LetterKindName {
  return Object.hasOwn(letterKindKeys, kind);
}

/** Letter kinds arrive as strings from the issued letters; an unknown one is shown as is. */
export function letterKindLabel(t: TFunction, kind: string): string {
  return isLetterKindName(kind) ? t(letterKindKeys[kind]) : kind;
}

/** The kind of a task, in the case file's tasks tab and the work queue. */
export function taskKindLabel(t: TFunction, kind: TaskRow['kind']): string {
  switch (kind) {
    case 'follow-up':
      return t('task.kind.followUp');
    case 'call-before-judicial-recovery':
      return t('task.kind.callBeforeJudicialRecovery');
    case 'check-documents':
      return t('task.kind.checkDocuments');
    case 'plan-lapsed':
      return t('task.kind.planLapsed');
    case 'decision-expected':
      return t('task.kind.decisionExpected');
  }
}
