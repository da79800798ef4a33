/** Names of plan statuses and letter kinds, shared by the case file and the payment-plan screen. */
import type { TFunction } from 'i18next';
import type { PlanStatusName } from '../../shared/contract/channels/payment-plan';

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

/** Letter kinds are the template names of electron/letters; an unknown one is shown as is. */
export function letterKindLabel(t: TFunction, kind: string): string {
  switch (kind) {
    case 'affiliation-confirmation':
      return t('letter.kind.affiliationConfirmation');
    case 'due-notice':
      return t('letter.kind.dueNotice');
    case 'reminder':
      return t('letter.kind.reminder');
    case 'formal-notice':
      return t('letter.kind.formalNotice');
    case 'payment-plan-proposal':
      return t('letter.kind.paymentPlanProposal');
    case 'payment-plan-agreement':
      return t('letter.kind.paymentPlanAgreement');
    case 'regularisation-notice':
      return t('letter.kind.regularisationNotice');
    case 'account-statement':
      return t('letter.kind.accountStatement');
    case 'tax-certificate':
      return t('letter.kind.taxCertificate');
    case 'company-contribution-notice':
      return t('letter.kind.companyContributionNotice');
    case 'decision':
      return t('letter.kind.decision');
    default:
      return kind;
  }
}
