/**
 * One i18next instance for the whole renderer. French is the default and the fallback (the fund's
 * reference language) and is bundled, so initialisation is synchronous; Dutch and German load on
 * the first switch to them, and the switch happens once their texts are there, so no text flashes
 * untranslated.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contract/app-contract';
import { languages } from '../../shared/contract/fixed-lists';
import { asLanguage } from './format';
import { frenchCatalogue, lazyCatalogues } from './catalogue-loader';
import type fr from './locales/fr.json';
import type lettersFr from './locales/letters/fr.json';
import type workQueueFr from './locales/work-queue/fr.json';
import type syncFr from './locales/sync/fr.json';
import type attestationsFr from './locales/attestations/fr.json';
import type counterFr from './locales/counter/fr.json';
import type bankStatementFr from './locales/bank-statement/fr.json';
import type situationFr from './locales/situation/fr.json';
import type unmatchedPaymentsFr from './locales/unmatched-payments/fr.json';
import type dashboardFr from './locales/dashboard/fr.json';
import type accountFr from './locales/account/fr.json';
import type rightsPanelFr from './locales/rights-panel/fr.json';

/**
 * The French catalogue is the source of the keys: a literal key missing from it fails `tsc`, not
 * only a test. Keys that arrive at run time go through `messageText` (message-text.ts).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof fr &
        typeof syncFr &
        typeof lettersFr &
        typeof attestationsFr &
        typeof workQueueFr &
        typeof counterFr &
        typeof bankStatementFr &
        typeof situationFr &
        typeof unmatchedPaymentsFr &
        typeof dashboardFr &
        typeof accountFr &
        typeof rightsPanelFr;
    };
  }
}

export const defaultLanguage: Language = 'fr';

export const i18n = i18next.createInstance();

void i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    resources: { fr: { translation: frenchCatalogue } },
    partialBundledLanguages: true,
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

// Screen readers and hyphenation follow <html lang>, so it must follow the interface language.
function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return asLanguage(i18n.language);
}
