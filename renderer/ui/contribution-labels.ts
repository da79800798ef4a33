/**
 * Names of the rules engine's closed vocabularies in the interface language. Switches over literal
 * keys keep every key visible to the i18n completeness test.
 */
import type { TFunction } from 'i18next';

/** The formula a quarter is calculated with (`Regime` of shared/domain/contribution). */
export function regimeLabel(t: TFunction, regime: string): string {
  switch (regime) {
    case 'main':
      return t('contribution.regime.main');
    case 'primo-starter':
      return t('contribution.regime.primoStarter');
    case 'helping-spouse':
      return t('contribution.regime.helpingSpouse');
    case 'complementary':
      return t('contribution.regime.complementary');
    case 'student':
      return t('contribution.regime.student');
    case 'pensioner':
      return t('contribution.regime.pensioner');
    default:
      return regime;
  }
}

/** A contribution category (`ContributionCategory`), including the pension-age one. */
export function contributionCategoryLabel(t: TFunction, category: string): string {
  switch (category) {
    case 'main':
      return t('affiliation.category.main');
    case 'complementary':
      return t('affiliation.category.complementary');
    case 'helping-spouse':
      return t('affiliation.category.helpingSpouse');
    case 'student':
      return t('affiliation.category.student');
    case 'active-pensioner':
      return t('affiliation.category.activePensioner');
    case 'pension-age':
      return t('affiliation.category.pensionAge');
    case 'company':
      return t('affiliation.category.company');
    default:
      return category;
  }
}
