/** Language names, written in their own language so a speaker recognises theirs in any interface. */
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/contract/app-contract';

export function languageName(t: TFunction, language: Language): string {
  switch (language) {
    case 'fr':
      return t('languages.fr');
    case 'nl':
      return t('languages.nl');
    case 'de':
      return t('languages.de');
  }
}
