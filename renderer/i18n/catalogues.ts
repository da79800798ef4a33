/**
 * The three catalogues, each assembled from the shared file and one file per feature that owns many
 * texts (sync, letters): features grow their texts without everyone editing one large file. A
 * feature file holds its own top-level section, so merging never overwrites a key.
 */
import type { Language } from '../../shared/contract/app-contract';
import de from './locales/de.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';
import lettersDe from './locales/letters/de.json';
import lettersFr from './locales/letters/fr.json';
import lettersNl from './locales/letters/nl.json';
import syncDe from './locales/sync/de.json';
import syncFr from './locales/sync/fr.json';
import syncNl from './locales/sync/nl.json';
import attestationsDe from './locales/attestations/de.json';
import attestationsFr from './locales/attestations/fr.json';
import attestationsNl from './locales/attestations/nl.json';
import workQueueDe from './locales/work-queue/de.json';
import workQueueFr from './locales/work-queue/fr.json';
import workQueueNl from './locales/work-queue/nl.json';
import counterDe from './locales/counter/de.json';
import counterFr from './locales/counter/fr.json';
import counterNl from './locales/counter/nl.json';
import bankStatementDe from './locales/bank-statement/de.json';
import bankStatementFr from './locales/bank-statement/fr.json';
import bankStatementNl from './locales/bank-statement/nl.json';
import situationDe from './locales/situation/de.json';
import situationFr from './locales/situation/fr.json';
import situationNl from './locales/situation/nl.json';
import unmatchedPaymentsDe from './locales/unmatched-payments/de.json';
import dashboardDe from './locales/dashboard/de.json';
import dashboardFr from './locales/dashboard/fr.json';
import dashboardNl from './locales/dashboard/nl.json';
import unmatchedPaymentsFr from './locales/unmatched-payments/fr.json';
import unmatchedPaymentsNl from './locales/unmatched-payments/nl.json';
import accountDe from './locales/account/de.json';
import accountFr from './locales/account/fr.json';
import accountNl from './locales/account/nl.json';
import profileKeyDe from './locales/profile-key/de.json';
import profileKeyFr from './locales/profile-key/fr.json';
import profileKeyNl from './locales/profile-key/nl.json';
import rightsDe from './locales/rights/de.json';
import rightsFr from './locales/rights/fr.json';
import rightsNl from './locales/rights/nl.json';

export type Catalogue = { [key: string]: string | Catalogue };

function assemble(...parts: Catalogue[]): Catalogue {
  const merged: Catalogue = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      // A section defined twice would silently lose texts: refuse at start-up instead.
      if (key in merged) throw new Error(`i18n: section "${key}" is defined in two catalogue files`);
      merged[key] = value;
    }
  }
  return merged;
}

export const catalogues: Record<Language, Catalogue> = {
  fr: assemble(
    fr,
    syncFr,
    lettersFr,
    attestationsFr,
    workQueueFr,
    counterFr,
    bankStatementFr,
    situationFr,
    unmatchedPaymentsFr,
    dashboardFr,
    accountFr,
    profileKeyFr,
    rightsFr,
  ),
  nl: assemble(
    nl,
    syncNl,
    lettersNl,
    attestationsNl,
    workQueueNl,
    counterNl,
    bankStatementNl,
    situationNl,
    unmatchedPaymentsNl,
    dashboardNl,
    accountNl,
    profileKeyNl,
    rightsNl,
  ),
  de: assemble(
    de,
    syncDe,
    lettersDe,
    attestationsDe,
    workQueueDe,
    counterDe,
    bankStatementDe,
    situationDe,
    unmatchedPaymentsDe,
    dashboardDe,
    accountDe,
    profileKeyDe,
    rightsDe,
  ),
};
