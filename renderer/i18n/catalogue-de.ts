/** The German catalogue, assembled from the shared file and the features' own files. */
import { assemble, type Catalogue } from './catalogue-assemble';
import de from './locales/de.json';
import lettersDe from './locales/letters/de.json';
import syncDe from './locales/sync/de.json';
import attestationsDe from './locales/attestations/de.json';
import workQueueDe from './locales/work-queue/de.json';
import counterDe from './locales/counter/de.json';
import bankStatementDe from './locales/bank-statement/de.json';
import situationDe from './locales/situation/de.json';
import unmatchedPaymentsDe from './locales/unmatched-payments/de.json';
import accountDe from './locales/account/de.json';
import profileKeyDe from './locales/profile-key/de.json';
import rightsDe from './locales/rights/de.json';
import rightsPanelDe from './locales/rights-panel/de.json';
import dashboardDe from './locales/dashboard/de.json';

export const catalogue: Catalogue = assemble(
  de,
  lettersDe,
  syncDe,
  attestationsDe,
  workQueueDe,
  counterDe,
  bankStatementDe,
  situationDe,
  unmatchedPaymentsDe,
  accountDe,
  profileKeyDe,
  rightsDe,
  rightsPanelDe,
  dashboardDe,
);
