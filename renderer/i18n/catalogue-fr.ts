/** The French catalogue, assembled from the shared file and the features' own files. */
import { assemble, type Catalogue } from './catalogue-assemble';
import fr from './locales/fr.json';
import lettersFr from './locales/letters/fr.json';
import syncFr from './locales/sync/fr.json';
import attestationsFr from './locales/attestations/fr.json';
import workQueueFr from './locales/work-queue/fr.json';
import counterFr from './locales/counter/fr.json';
import bankStatementFr from './locales/bank-statement/fr.json';
import situationFr from './locales/situation/fr.json';
import unmatchedPaymentsFr from './locales/unmatched-payments/fr.json';
import accountFr from './locales/account/fr.json';
import profileKeyFr from './locales/profile-key/fr.json';
import rightsFr from './locales/rights/fr.json';
import rightsPanelFr from './locales/rights-panel/fr.json';
import dashboardFr from './locales/dashboard/fr.json';

export const catalogue: Catalogue = assemble(
  fr,
  lettersFr,
  syncFr,
  attestationsFr,
  workQueueFr,
  counterFr,
  bankStatementFr,
  situationFr,
  unmatchedPaymentsFr,
  accountFr,
  profileKeyFr,
  rightsFr,
  rightsPanelFr,
  dashboardFr,
);
