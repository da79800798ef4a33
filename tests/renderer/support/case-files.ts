/** Case files as the services return them, for the renderer tests. */
import type { CaseFileHit, CaseFileSummary } from '../../../shared/contract/app-contract';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';

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
    rowVersion: 3,
  },
  company: null,
  address: {
    street: 'Rue de la Loi',
    houseNumber: '16',
    box: '3',
    postalCode: '1000',
    municipality: 'Bruxelles',
    country: 'BE',
  },
  branch: { code: 'BXL', name: 'Bruxelles' },
  affiliations: [
    {
      id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e71',
      category: 'complementary',
      startDate: '2012-03-01',
      endDate: '2019-12-31',
      isActive: false,
    },
    {
      id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e72',
      category: 'main',
      startDate: '2020-01-01',
      endDate: null,
      isActive: true,
    },
  ],
  status: 'active',
};

/** The whole case file as `caseFile.detail` returns it: an empty account around a summary. */
export function detailOf(summary: CaseFileSummary, extra: Partial<CaseFileDetail> = {}): CaseFileDetail {
  return {
    summary,
    affiliations: summary.affiliations.map((affiliation) => ({
      ...affiliation,
      isPrimoStarter: false,
      history: [
        {
          id: affiliation.id,
          category: affiliation.category,
          validFrom: affiliation.startDate,
          validTo: affiliation.endDate,
          reason: 'affiliation',
        },
      ],
    })),
    mandates: [],
    spouseLinks: [],
    incomes: [],
    contributions: [],
    payments: [],
    surcharges: [],
    plans: [],
    requests: [],
    letters: [],
    interactions: [],
    tasks: [],
    balance: { claimedCents: 0, paidCents: 0, overdueCents: 0, surchargesOpenCents: 0, balanceCents: 0 },
    ...extra,
  };
}

const id = (n: number) => `0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d${String(6000 + n).padStart(4, '0')}`;

/** Dupont with two quarters of 2026 claimed: Q1 late with a surcharge, Q2 partly paid, Q3 to come. */
export const dupontDebtorDetail: CaseFileDetail = detailOf(dupontSummary, {
  contributions: [
    {
      id: id(1),
      year: 2026,
      quarter: 1,
      kind: 'provisional',
      amountCents: 89_042,
      feeCents: 3_517,
      totalCents: 92_559,
      paidCents: 0,
      openCents: 92_559,
      surchargeCents: 2_777,
      dueDate: '2026-03-31',
      structuredCommunication: '000012345678',
      status: 'late',
      runningBalanceCents: 92_559,
    },
    {
      id: id(2),
      year: 2026,
      quarter: 2,
      kind: 'provisional',
      amountCents: 89_042,
      feeCents: 3_517,
      totalCents: 92_559,
      paidCents: 50_000,
      openCents: 42_559,
      surchargeCents: 0,
      dueDate: '2026-06-30',
      structuredCommunication: '000012345679',
      status: 'late',
      runningBalanceCents: 135_118,
    },
    {
      id: id(3),
      year: 2026,
      quarter: 3,
      kind: 'provisional',
      amountCents: 89_042,
      feeCents: 3_517,
      totalCents: 92_559,
      paidCents: 0,
      openCents: 92_559,
      surchargeCents: 0,
      dueDate: '2026-12-31',
      structuredCommunication: '000012345680',
      status: 'upcoming',
      runningBalanceCents: 227_677,
    },
  ],
  payments: [
    {
      id: id(10),
      date: '2026-06-15',
      amountCents: 50_000,
      structuredCommunication: '000012345679',
      contributionId: id(2),
      allocationLabel: null,
    },
  ],
  surcharges: [
    {
      id: id(20),
      contributionId: id(1),
      kind: 'quarterly',
      date: '2026-06-30',
      baseCents: 92_559,
      ratePpm: 30_000,
      amountCents: 2_777,
      isWaived: false,
    },
  ],
  balance: {
    claimedCents: 277_677,
    paidCents: 50_000,
    overdueCents: 135_118,
    surchargesOpenCents: 2_777,
    balanceCents: 230_454,
  },
});

export const dupontDebtIds = { q1: id(1), q2: id(2), q3: id(3) };
