/**
 * `npx tsx scripts/seed-mailing-profile.ts [--persons 10000] [--profile .profiles/mailing-10k] [--days 30]`:
 * a browser-mode profile made to show that "a batch of 10,000 reminders runs from the
 * UI with progress". The demo branches and advisors (seedDemoData with no persons, so bxl.backoffice
 * signs in with the demo password), then N persons in ONE branch (BXL, Brussels postal codes), each
 * with an address, an affiliation and ONE open, unpaid provisional contribution of one quarter, due
 * at that quarter's end, with its structured communication: every one of them is a letter of
 * electron/services/letters/reminder-batch-source.ts (no payment, no plan, due date ≤ today − days).
 *
 * A bench/demo profile only, never a real installation. The rows go through the repositories (so the
 * outbox, the audit lines and the search keys are exactly those of real work) in ONE transaction:
 * fast enough (10,000 persons in well under a minute) that bypassing the outbox/audit, which would be
 * acceptable only here, is not needed. The criteria of the batch are written to mailing-profile.json
 * in the profile, for tests/manual/letters-10k-ui.spec.ts.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { addDays, addQuarters, quarterEnd, quarterLabel, quarterOf, type Quarter } from '../shared/domain/calendar';
import { makeNiss } from '../shared/domain/identifiers/niss';
import { allPostalCodes } from '../shared/domain/identifiers/postal-code';
import { makeStructuredCommunication } from '../shared/domain/identifiers/structured-communication';
import { closeDatabase } from '../db/connection';
import { openProfileDatabase } from '../db/profile-database';
import { insertRow } from '../db/repositories/case-file-repo';
import { readBranchIdByCode } from '../db/repositories/letters-read';
import { createChangeRecorder } from '../db/repositories/change-recorder';
import { insertPerson } from '../db/repositories/person-repo';
import { insertAddress, insertAffiliation } from '../db/repositories/reference-repo';
import { readSetting, writeSetting } from '../db/repositories/settings-repo';
import { languageOfPostalCode, seedDemoData } from '../db/seed/demo-data';
import { firstNames, lastNames, streets } from '../db/seed/names';
import { createRandom } from '../db/seed/random';
import { fundDay } from '../shared/domain/fund-day';

const MAILING_PROFILE_FILE = 'mailing-profile.json';
type MailingProfile = {
  persons: number;
  branchCode: string;
  quarter: string;
  daysAfterDue: number;
  totalCents: number;
  seededOn: string;
  seedSeconds: number;
};

const BRANCH_CODE = 'BXL';
// A plausible quarterly provisional contribution (main occupation, modest income) and the fund's fee.
const CONTRIBUTION_CENTS = 95_000;
const FEE_CENTS = 3_753;

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '10000' },
    profile: { type: 'string', default: '.profiles/mailing-10k' },
    days: { type: 'string', default: '30' },
    seed: { type: 'string', default: '20261126' },
  },
});

const persons = Number(values.persons);
const daysAfterDue = Number(values.days);
if (!Number.isSafeInteger(persons) || persons < 1 || !Number.isSafeInteger(daysAfterDue) || daysAfterDue < 0) {
  console.error('seed-mailing-profile: --persons must be a whole number ≥ 1 and --days a whole number ≥ 0');
  process.exit(2);
}
const profileDir = resolve(values.profile);
// A fresh profile each time, but never wipe a folder this script did not make.
if (existsSync(profileDir)) {
  if (!existsSync(join(profileDir, MAILING_PROFILE_FILE))) {
    console.error(`seed-mailing-profile: ${profileDir} exists and is not a mailing profile; choose another --profile`);
    process.exit(2);
  }
  rmSync(profileDir, { recursive: true, force: true });
}
mkdirSync(profileDir, { recursive: true });
// Marker first: a run stopped half-way leaves a folder the next run may replace.
writeFileSync(join(profileDir, MAILING_PROFILE_FILE), '{}\n');

const today = fundDay(new Date());
// The latest quarter already due `days` days ago: its reminders are all in the batch.
const dueOnOrBefore = addDays(today, -daysAfterDue);
let quarter: Quarter = quarterOf(dueOnOrBefore);
if (quarterEnd(quarter) > dueOnOrBefore) quarter = addQuarters(quarter, -1);
const dueDate = quarterEnd(quarter);

const started = performance.now();
// Encrypted like any profile, with the key file browser mode reads (the profile's sibling .keys folder).
const { db } = openProfileDatabase({ profileDir });
let deviceId = readSetting<string>(db, 'deviceId');
if (!deviceId) {
  deviceId = uuidv7();
  writeSetting(db, 'deviceId', deviceId);
}
const recorder = createChangeRecorder(db, { deviceId, advisorId: null, now: () => new Date() });
// Branches and advisors only; the persons are this script's.
seedDemoData(db, recorder, { persons: 0, today, historyShare: 0 });
const branchId = readBranchIdByCode(db.$client, BRANCH_CODE);
if (branchId === undefined) throw new Error(`no ${BRANCH_CODE} branch after the demo seed`);

const random = createRandom(Number(values.seed));
const brussels = allPostalCodes().filter((municipality) => Number(municipality.postalCode) < 1300);
const usedNiss = new Set<string>();
const year = Number(today.slice(0, 4));
const quarterDigits = `${String(quarter.year % 100).padStart(2, '0')}${quarter.index}`;
db.transaction((tx) => {
  for (let i = 0; i < persons; i++) {
    const municipality = random.pick(brussels);
    const language = languageOfPostalCode(municipality.postalCode, random);
    const sex = random.chance(0.5) ? 'F' : 'M';
    const birthYear = random.integer(year - 65, year - 20);
    const birthDate = `${birthYear}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`;
    let niss = makeNiss({ birthDate, serial: random.integer(0, 498) * 2 + (sex === 'M' ? 1 : 2) });
    while (usedNiss.has(niss))
      niss = makeNiss({ birthDate, serial: random.integer(0, 498) * 2 + (sex === 'M' ? 1 : 2) });
    usedNiss.add(niss);
    const person = insertPerson(tx, recorder, {
      niss,
      lastName: random.pick(lastNames[language]),
      firstName: random.pick(firstNames[language][sex]),
      birthDate,
      sex,
      language,
      email: null,
      phone: null,
      iban: null,
      branchId,
    });
    insertAddress(tx, recorder, {
      street: random.pick(streets[language]),
      houseNumber: String(random.integer(1, 250)),
      box: null,
      postalCode: municipality.postalCode,
      municipality: municipality.name,
      country: 'BE',
      personId: person.id,
      companyId: null,
      validFrom: `${birthYear + 20}-01-01`,
    });
    const affiliation = insertAffiliation(tx, recorder, {
      personId: person.id,
      companyId: null,
      category: 'main',
      startDate: `${Math.max(birthYear + 20, year - 10)}-01-01`,
      endDate: null,
      branchId,
    });
    // As db/seed/history.ts: the case file's number, then the quarter, then the check digits.
    const communication = makeStructuredCommunication(
      `${String(person.searchRowid % 10_000_000).padStart(7, '0')}${quarterDigits}`,
    ).replace(/\D/g, '');
    insertRow(tx, recorder, 'contribution', {
      personId: person.id,
      companyId: null,
      affiliationId: affiliation.id,
      year: quarter.year,
      quarter: quarter.index,
      kind: 'provisional',
      amountCents: CONTRIBUTION_CENTS,
      feeCents: FEE_CENTS,
      dueDate,
      status: 'open',
      structuredCommunication: communication,
    });
  }
});
closeDatabase(db);
const seconds = (performance.now() - started) / 1000;

const profile: MailingProfile = {
  persons,
  branchCode: BRANCH_CODE,
  quarter: quarterLabel(quarter),
  daysAfterDue,
  totalCents: persons * (CONTRIBUTION_CENTS + FEE_CENTS),
  seededOn: today,
  seedSeconds: Number(seconds.toFixed(1)),
};
writeFileSync(join(profileDir, MAILING_PROFILE_FILE), `${JSON.stringify(profile, null, 2)}\n`);
console.log(
  `seed-mailing-profile: ${persons} persons with one unpaid ${profile.quarter} contribution (${BRANCH_CODE}) in ${seconds.toFixed(1)} s → ${profileDir}`,
);
