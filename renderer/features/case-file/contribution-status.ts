/** How a contribution's status today reads. */
import type { TFunction } from 'i18next';
import type { ContributionStatus } from '../../../shared/contract/channels/case-file-detail';

export function contributionStatusLabel(t: TFunction, status: ContributionStatus): string {
  switch (status) {
    case 'upcoming':
      return t('contribution.status.upcoming');
    case 'due':
      return t('contribution.status.due');
    case 'paid':
      return t('contribution.status.paid');
    case 'late':
      return t('contribution.status.late');
    case 'in-plan':
      return t('contribution.status.inPlan');
    case 'exempted':
      return t('contribution.status.exempted');
  }
}
