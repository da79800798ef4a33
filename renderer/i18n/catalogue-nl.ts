/** The Dutch catalogue, assembled from the shared file and the features' own files. */
import { assemble, type Catalogue } from './catalogue-assemble';
import nl from './locales/nl.json';
import lettersNl from './locales/letters/nl.json';
import syncNl from './locales/sync/nl.json';
import attestationsNl from './locales/attestations/nl.json';
import workQueueNl from './locales/work-queue/nl.json';
import counterNl from './locales/counter/nl.json';
import bankStatementNl from './locales/bank-statement/nl.json';
import situationNl from './locales/situation/nl.json';
import unmatchedPaymentsNl from './locales/unmatched-payments/nl.json';
import accountNl from './locales/account/nl.json';
import profileKeyNl from './locales/profile-key/nl.json';
import rightsNl from './locales/rights/nl.json';
import rightsPanelNl from './locales/rights-panel/nl.json';
import dashboardNl from './locales/dashboard/nl.json';

export const catalogue: Catalogue = assemble(
  nl,
  lettersNl,
  syncNl,
  attestationsNl,
  workQueueNl,
  counterNl,
  bankStatementNl,
  situationNl,
  unmatchedPaymentsNl,
  accountNl,
  profileKeyNl,
  rightsNl,
  rightsPanelNl,
  dashboardNl,
);
