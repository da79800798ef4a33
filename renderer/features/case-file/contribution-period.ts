/** How a contribution's period reads: a quarter, a regularisation year or a company contribution's year. */
import type { TFunction } from 'i18next';
import type { ContributionRow } from '../../../shared/contract/channels/case-file-detail';

export function contributionPeriod(t: TFunction, row: Pick<ContributionRow, 'year' | 'quarter' | 'kind'>): string {
  if (row.kind === 'company') return t('contribution.kind.company', { year: row.year });
  if (row.kind === 'regularisation') return t('contribution.kind.regularisation', { year: row.year });
  return row.quarter === null ? String(row.year) : t('common.quarter', { year: row.year, index: row.quarter });
}
