/**
 * Writes realistic, synthetic Belgian case files through the repositories (so the outbox and the
 * search index are filled exactly as by real work): valid NISS numbers of both centuries and
 * sexes, names with particles in the three languages, real postal codes and municipalities, IBANs
 * with assigned bank codes, companies with valid enterprise numbers, and a spread of categories.
 */
import type { AffiliationCategory, Language } from '../../shared/contract/app-contract';
import { makeEnterpriseNumber } from '../../shared/domain/identifiers/enterprise-number';
import { belgianBankCodes, makeBelgianIban } from '../../shared/domain/identifiers/iban';
import { makeNiss } from '../../shared/domain/identifiers/niss';
import { allPostalCodes, type Municipality } from '../../shared/domain/identifiers/postal-code';
import type { GuichetDb } from '../connection';
import type { ChangeRecorder } from '../repositories/change-recorder';
import { insertCompany } from '../repositories/company-repo';
import { insertPerson } from '../repositories/person-repo';
import { insertAddress, insertAdvisor, insertAffiliation, insertBranch } from '../repositories/reference-repo';
import { writeCredentials } from '../repositories/advisor-repo';
import { hashPassword } from '../repositories/password';
import { seedPersonHistory } from './history';
import { companyWords, firstNames, lastNames, legalForms, streets } from './names';
import { createRandom, type Random } from './random';

export type SeedOptions = {
  persons: number;
  seed?: number;
  /** The reference date for ages and affiliation dates (a parameter: no hidden clock). */
  today: string;
  onProgress?: (done: number, total: number) => void;
  /** Share of persons (0–1) that get a ledger history (contributions, payments…); DEFAULT_HISTORY_SHARE by default. */
  historyShare?: number;
};

/** The password of every demo advisor (README): demo profiles only, never a real installation. */
export const DEMO_PASSWORD = 'guichet-demo';

/** A quarter of the demo persons get a full ledger: enough debtors and broken plans to demo, and 2,000 persons still seed in a few seconds. */
export const DEFAULT_HISTORY_SHARE = 0.25;

/** The seed of the demo data set when none is given: the same persons on every machine and every run. */
export const DEFAULT_DEMO_SEED = 20261126;

export type SeedSummary = { persons: number; companies: number; branches: number; advisors: number };

const BRANCHES = [
  { code: 'BXL', name: 'Bruxelles – Brussel', postalCode: '1000', municipality: 'Bruxelles' },
  { code: 'ANT', name: 'Antwerpen', postalCode: '2000', municipality: 'Antwerpen' },
  { code: 'GNT', name: 'Gent', postalCode: '9000', municipality: 'Gent' },
  { code: 'LIE', name: 'Liège', postalCode: '4000', municipality: 'Liège' },
  { code: 'NAM', name: 'Namur', postalCode: '5000', municipality: 'Namur' },
  { code: 'EUP', name: 'Eupen', postalCode: '4700', municipality: 'Eupen' },
] as const;

const CHUNK = 1000;

/** Language of the area a postal code belongs to (Brussels is bilingual: either). */
export function languageOfPostalCode(code: string, random: Random): Language {
  const n = Number(code);
  if (n >= 4700 && n <= 4799) return 'de';
  if (n < 1300) return random.chance(0.75) ? 'fr' : 'nl';
  if ((n >= 1500 && n < 4000) || n >= 8000) return 'nl';
  return 'fr';
}

function branchFor(code: string): (typeof BRANCHES)[number]['code'] {
  const n = Number(code);
  if (n >= 4700 && n <= 4799) return 'EUP';
  if (n < 1300) return 'BXL';
  if (n >= 2000 && n < 3000) return 'ANT';
  if (n >= 8000 || (n >= 1500 && n < 2000) || (n >= 3000 && n < 4000)) return 'GNT';
  if (n >= 4000 && n < 5000) return 'LIE';
  return 'NAM';
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function pickCategory(random: Random, age: number): AffiliationCategory {
  if (age < 25 && random.chance(0.35)) return 'student';
  if (age >= 66) return 'active-pensioner';
  const roll = random.next();
  if (roll < 0.62) return 'main';
  if (roll < 0.9) return 'complementary';
  return 'helping-spouse';
}

export function seedDemoData(db: GuichetDb, recorder: ChangeRecorder, options: SeedOptions): SeedSummary {
  const random = createRandom(options.seed ?? DEFAULT_DEMO_SEED);
  const todayYear = Number(options.today.slice(0, 4));
  const municipalities = allPostalCodes();
  // Only ranges the National Bank has given a BIC: an IBAN a bank would actually issue.
  const bankCodes = belgianBankCodes().filter((range) => range.bic !== '');
  const usedNiss = new Set<string>(
    db.$client
      .prepare<[], { niss: string }>('SELECT niss FROM persons')
      .all()
      .map((r) => r.niss),
  );
  // Enterprise numbers of companies start with 0 (0200.000.000 and up); continue after those already seeded.
  let enterpriseBase =
    4_000_000 +
    random.integer(0, 1_000_000) +
    60 * (db.$client.prepare<[], { n: number }>('SELECT count(*) AS n FROM companies').get()?.n ?? 0);

  const branchIds = new Map<string, string>();
  // History has its own generator, so the persons drawn stay the same with or without it.
  const historyRandom = createRandom((options.seed ?? DEFAULT_DEMO_SEED) + 1);
  const historyShare = options.historyShare ?? DEFAULT_HISTORY_SHARE;
  db.transaction((tx) => {
    for (const branch of BRANCHES) {
      const existing = db.$client
        .prepare<[string], { id: string }>('SELECT id FROM branches WHERE code = ?')
        .get(branch.code);
      const id = existing?.id ?? insertBranch(tx, recorder, branch).id;
      branchIds.set(branch.code, id);
      if (!existing) {
        const advisor = insertAdvisor(tx, recorder, {
          branchId: id,
          username: `${branch.code.toLowerCase()}.conseiller`,
          displayName: `Conseiller ${branch.code}`,
          role: 'advisor',
        });
        const manager = insertAdvisor(tx, recorder, {
          branchId: id,
          username: `${branch.code.toLowerCase()}.responsable`,
          displayName: `Responsable ${branch.code}`,
          role: 'branch-manager',
        });
        // Every branch has its back office (mailings, batches): an advisor signs in on the devices of
        // their own branch, which are the only ones that receive their password hash.
        const backOffice = insertAdvisor(tx, recorder, {
          branchId: id,
          username: `${branch.code.toLowerCase()}.backoffice`,
          displayName: `Back office ${branch.code}`,
          role: 'back-office',
        });
        const staff = [advisor.id, manager.id, backOffice.id];
        // Each advisor gets a salt of their own, even with the shared demo password: one salt for all
        // would let a single guess test every advisor at once, and show who shares a password.
        for (const advisorId of staff)
          writeCredentials(db.$client, advisorId, hashPassword(DEMO_PASSWORD), recorder.timestamp());
      }
    }
  });

  const address = (municipality: Municipality, language: Language) => ({
    street: random.pick(streets[language]),
    houseNumber: String(random.integer(1, 250)),
    box: random.chance(0.15) ? String(random.integer(1, 30)) : null,
    postalCode: municipality.postalCode,
    municipality: municipality.name,
    country: 'BE',
  });

  let companiesWritten = 0;
  for (let start = 0; start < options.persons; start += CHUNK) {
    const end = Math.min(options.persons, start + CHUNK);
    db.transaction((tx) => {
      for (let i = start; i < end; i++) {
        const municipality = random.pick(municipalities);
        const language = languageOfPostalCode(municipality.postalCode, random);
        const sex = random.chance(0.5) ? 'F' : 'M';
        const birthYear = random.integer(todayYear - 80, todayYear - 18);
        const birthDate = isoDate(birthYear, random.integer(1, 12), random.integer(1, 28));
        let niss = makeNiss({ birthDate, serial: random.integer(0, 498) * 2 + (sex === 'M' ? 1 : 2) });
        while (usedNiss.has(niss))
          niss = makeNiss({ birthDate, serial: random.integer(0, 498) * 2 + (sex === 'M' ? 1 : 2) });
        usedNiss.add(niss);
        const bank = random.pick(bankCodes);
        const branchId = branchIds.get(branchFor(municipality.postalCode)) ?? null;
        const lastName = random.pick(lastNames[language]);
        const firstName = random.pick(firstNames[language][sex]);
        const person = insertPerson(tx, recorder, {
          niss,
          lastName,
          firstName,
          birthDate,
          sex,
          language,
          email: random.chance(0.7)
            ? `${firstName}.${lastName}`
                .toLowerCase()
                .normalize('NFKD')
                .replace(/[^a-z.]/g, '') + '@example.be'
            : null,
          phone: random.chance(0.8)
            ? `+32 4${random.integer(70, 99)} ${random.integer(10, 99)} ${random.integer(10, 99)} ${random.integer(10, 99)}`
            : null,
          iban: makeBelgianIban(bank.from, random.integer(0, 9_999_999)),
          branchId,
        });
        insertAddress(tx, recorder, {
          ...address(municipality, language),
          personId: person.id,
          companyId: null,
          validFrom: isoDate(random.integer(birthYear + 18, todayYear), 1, 1),
        });
        const age = todayYear - birthYear;
        const category = pickCategory(random, age);
        // Someone active after pension age became so at 66 at the earliest.
        const earliestStart =
          category === 'active-pensioner' ? birthYear + 66 : Math.max(birthYear + 18, todayYear - 30);
        const startYear = random.integer(Math.min(earliestStart, todayYear), todayYear);
        const hasEnded = random.chance(0.08);
        const affiliation = insertAffiliation(tx, recorder, {
          personId: person.id,
          companyId: null,
          category,
          startDate: isoDate(startYear, random.integer(1, 12), 1),
          endDate: hasEnded ? isoDate(Math.min(todayYear, startYear + random.integer(1, 5)), 12, 31) : null,
          branchId,
        });
        if (historyShare >= 1 || historyRandom.next() < historyShare) {
          seedPersonHistory(
            tx,
            recorder,
            historyRandom,
            {
              personId: person.id,
              affiliationId: affiliation.id,
              ownerNumber: person.searchRowid,
              category: category as Exclude<typeof category, 'company'>,
              startDate: affiliation.startDate,
              endDate: affiliation.endDate,
              branchId,
            },
            options.today,
          );
        }
        if (random.chance(0.1)) {
          enterpriseBase += random.integer(1, 50);
          const word = random.pick(companyWords[language]);
          const company = insertCompany(tx, recorder, {
            enterpriseNumber: makeEnterpriseNumber(enterpriseBase),
            name: `${word} ${lastName}`,
            legalForm: random.pick(legalForms),
            balanceSheetClass: random.chance(0.9) ? 'small' : 'large',
            language,
            branchId,
          });
          insertAddress(tx, recorder, {
            ...address(municipality, language),
            personId: null,
            companyId: company.id,
            validFrom: isoDate(startYear, 1, 1),
          });
          insertAffiliation(tx, recorder, {
            personId: null,
            companyId: company.id,
            category: 'company',
            startDate: isoDate(startYear, 1, 1),
            endDate: null,
            branchId,
          });
          companiesWritten++;
        }
      }
    });
    options.onProgress?.(end, options.persons);
  }
  return {
    persons: options.persons,
    companies: companiesWritten,
    branches: BRANCHES.length,
    advisors: BRANCHES.length * 3,
  };
}
