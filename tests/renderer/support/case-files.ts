/** Case files as the services return them, for the renderer tests. */
import type { CaseFileHit, CaseFileSummary } from '../../../shared/contract/app-contract';

export const dupontHit: CaseFileHit = {
  kind: 'person',
  id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e61',
  displayName: 'Dupont Marie',
  identifier: '85073003328',
  postalCode: '1000',
  municipality: 'Bruxelles',
  birthDate: '1985-07-30',
  matchedOn: 'name',
};

export const dupuisHit: CaseFileHit = {
  kind: 'person',
  id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e62',
  displayName: 'Dupuis Jean',
  identifier: '72121512345',
  postalCode: '4700',
  municipality: 'Eupen',
  birthDate: '1972-12-15',
  matchedOn: 'name',
};

export const dupCompanyHit: CaseFileHit = {
  kind: 'company',
  id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e63',
  displayName: 'Dupont & Fils SRL',
  identifier: '0123456749',
  postalCode: '9000',
  municipality: 'Gent',
  birthDate: null,
  matchedOn: 'enterprise-number',
};

export const dupontSummary: CaseFileSummary = {
  kind: 'person',
  id: dupontHit.id,
  reference: 'P-000123',
  displayName: 'Dupont Marie',
  identifier: '85073003328',
  person: {
    lastName: 'Dupont',
    firstName: 'Marie',
    birthDate: '1985-07-30',
    sex: 'F',
    language: 'fr',
    email: 'marie.dupont@example.be',
    phone: '+32 2 123 45 67',
    iban: 'BE68539007547034',
  },
  company: null,
  address: { street: 'Rue de la Loi', houseNumber: '16', box: '3', postalCode: '1000', municipality: 'Bruxelles', country: 'BE' },
  branch: { code: 'BXL', name: 'Bruxelles' },
  affiliations: [
    { id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e71', category: 'complementary', startDate: '2012-03-01', endDate: '2019-12-31', isActive: false },
    { id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e72', category: 'main', startDate: '2020-01-01', endDate: null, isActive: true },
  ],
  status: 'active',
};
