/**
 * Closed vocabularies of the case file shown in the interface language. Switches over literal keys
 * (rather than building keys from values) keep every key visible to the i18n completeness test and
 * make a new contract value a compile error here.
 */
import type { TFunction } from 'i18next';
import type { CaseFileSummary } from '../../../shared/contract/app-contract';

export function statusLabel(t: TFunction, status: CaseFileSummary['status']): string {
  switch (status) {
    case 'active':
      return t('affiliation.status.active');
    case 'planned':
      return t('affiliation.status.planned');
    case 'ended':
      return t('affiliation.status.ended');
    case 'none':
      return t('affiliation.status.none');
  }
}

export function sexLabel(t: TFunction, sex: 'M' | 'F' | null): string {
  switch (sex) {
    case 'M':
      return t('caseFile.sex.male');
    case 'F':
      return t('caseFile.sex.female');
    case null:
      return t('common.notProvided');
  }
}
