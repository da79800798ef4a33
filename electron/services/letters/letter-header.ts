/**
 * What every letter of a case file carries: the case reference, the recipient as the envelope wants
 * it (salutation in the recipient's language, current address, checked against the envelope window),
 * the printed identifier, the contact, the labour court of the domicile, and the payment reference
 * taken from a contribution's structured communication in the ledger.
 */
import type Database from 'better-sqlite3';
import { readCaseReference } from '../../../db/repositories/letters-read';
import { readCaseFileAdvisor } from '../../../db/repositories/work-queue-read';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { GuichetError } from '../../../shared/contract/errors';
import { formatEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { formatNiss, parseNiss } from '../../../shared/domain/identifiers/niss';
import { fitAddressBlock } from '../../../shared/domain/letters/address-block';
import { labourCourtFor } from '../../../shared/domain/letters/labour-court';
import {
  readAddress,
  readCompanyIdentity,
  readPersonIdentity,
  type AddressRecord,
} from '../../../db/repositories/case-file-summary-read';
import type {
  LabourCourt,
  Language,
  LetterContact,
  LetterHeader,
  PostalAddress,
  Recipient,
} from '../../letters/letter-data';
import { boxWord } from '../../letters/print-format';

export type CaseFileParty = {
  ref: CaseFileRef;
  header: LetterHeader;
  language: Language;
  branchCode: string | null;
  branchName: string | null;
};

const salutations: Record<Language, { F: string; M: string }> = {
  fr: { F: 'Madame', M: 'Monsieur' },
  nl: { F: 'Mevrouw', M: 'De heer' },
  de: { F: 'Frau', M: 'Herrn' },
};

/** "Madame Anne Dupont" — the name as it goes on the envelope, salutation in the recipient's language. */
export function envelopeName(language: Language, sex: 'M' | 'F' | null, firstName: string, lastName: string): string {
  const name = `${firstName} ${lastName}`;
  return sex === null ? name : `${salutations[language][sex]} ${name}`;
}

/** The declared sex, else the one the NISS serial's parity gives (odd men, even women); null for a BIS number without it. */
export function sexOf(person: { sex: 'M' | 'F' | null; niss: string }): 'M' | 'F' | null {
  if (person.sex !== null) return person.sex;
  const parsed = parseNiss(person.niss);
  return parsed.ok ? (parsed.value.sex ?? null) : null;
}

/**
 * A company's legal form as the letter's language writes it: the reference data keeps the French and
 * Dutch abbreviations together ("SRL/BV"), and the letter names the company as the affiliate writes it,
 * form after the name. German-language letters use the French abbreviation until the reference data
 * holds the German forms.
 */
export function legalFormIn(legalForm: string, language: Language): string {
  const [french, dutch] = legalForm.split('/');
  return (language === 'nl' ? dutch : french)?.trim() ?? legalForm;
}

/** Street, number and box on one line, as bpost wants them. */
export function postalAddress(address: AddressRecord, language: Language): PostalAddress {
  const box = address.box === null || address.box === '' ? '' : ` ${boxWord[language]} ${address.box}`;
  return {
    street: `${address.street} ${address.houseNumber}${box}`,
    postalCode: address.postalCode,
    city: address.municipality,
    country: address.country,
  };
}

/** The 10 reference digits of a stored 12-digit structured communication (the 2 check digits are recomputed by the template). */
export function paymentReferenceOf(structuredCommunication: string): string {
  const digits = structuredCommunication.replace(/\D/g, '');
  if (!/^\d{12}$/.test(digits)) throw new GuichetError('conflict', 'letters.errors.noCommunication');
  return digits.slice(0, 10);
}

/**
 * Refuses, before anything is drawn, an address the envelope window cannot show (more than 6 lines, a
 * line wider than the window even abbreviated, a country we cannot name): the advisor corrects the file.
 */
export function checkWindowAddress(recipient: Recipient, language: Language): void {
  const fitted = fitAddressBlock(
    {
      name: recipient.name,
      ...(recipient.attention === undefined ? {} : { attention: recipient.attention }),
      ...recipient.address,
    },
    language,
  );
  if (!fitted.ok) throw new GuichetError('validation', 'letters.errors.addressDoesNotFit', { problem: fitted.problem });
}

/** The labour court of the recipient's domicile, or a company's registered office (Code judiciaire art. 628, 14°). */
export function labourCourtOf(party: Pick<CaseFileParty, 'header' | 'language'>): LabourCourt {
  const court = labourCourtFor(party.header.recipient.address, party.language);
  return { name: court.name, address: court.address };
}

/**
 * The case file's party as letters address it. `contact` is who the letter names for explanations
 * (the advisor in charge, or a team); without it, the advisor issuing the letter.
 */
export function loadParty(
  sqlite: Database.Database,
  ref: CaseFileRef,
  issueDate: string,
  signedInAdvisorName: string,
  contact?: LetterContact,
): CaseFileParty {
  // The advisor the case file is assigned to is its contact on every letter, batches included.
  const assigned = readCaseFileAdvisor(sqlite, ref)?.displayName;
  const advisorName = assigned ?? signedInAdvisorName;
  const chosen: LetterContact =
    assigned !== undefined ? { kind: 'advisor', name: assigned } : (contact ?? { kind: 'advisor', name: advisorName });
  const party = readParty(sqlite, ref, issueDate, advisorName, chosen);
  checkWindowAddress(party.header.recipient, party.language);
  return party;
}

function readParty(
  sqlite: Database.Database,
  ref: CaseFileRef,
  issueDate: string,
  advisorName: string,
  contact: LetterContact,
): CaseFileParty {
  const address = readAddress(sqlite, ref);
  if (ref.kind === 'person') {
    const person = readPersonIdentity(sqlite, ref.id);
    if (!person) throw new GuichetError('not-found', 'errors.notFound', { entity: 'person' });
    if (!address) throw new GuichetError('conflict', 'letters.errors.noAddress');
    const sex = sexOf(person);
    return {
      ref,
      language: person.language,
      branchCode: person.branchCode,
      branchName: person.branchName,
      header: {
        caseReference: person.niss,
        recipient: {
          name: envelopeName(person.language, sex, person.firstName, person.lastName),
          address: postalAddress(address, person.language),
        },
        identifier: formatNiss(person.niss),
        issueDate,
        advisorName,
        contact,
        ...(sex === null ? {} : { addressee: { sex, lastName: person.lastName } }),
      },
    };
  }
  const company = readCompanyIdentity(sqlite, ref.id);
  if (!company) throw new GuichetError('not-found', 'errors.notFound', { entity: 'company' });
  if (!address) throw new GuichetError('conflict', 'letters.errors.noAddress');
  return {
    ref,
    language: company.language,
    branchCode: company.branchCode,
    branchName: company.branchName,
    header: {
      caseReference: company.enterpriseNumber,
      recipient: {
        name: `${company.name} ${legalFormIn(company.legalForm, company.language)}`.trim(),
        address: postalAddress(address, company.language),
      },
      identifier: formatEnterpriseNumber(company.enterpriseNumber),
      issueDate,
      advisorName,
      contact,
    },
  };
}

/** The case-file reference letters are recorded under (issued_letters.case_reference): NISS or enterprise number digits. */
export function caseReferenceOf(sqlite: Database.Database, ref: CaseFileRef): string {
  const reference = readCaseReference(sqlite, ref);
  if (reference === undefined) throw new GuichetError('not-found', 'errors.notFound', { entity: ref.kind });
  return reference;
}
