/**
 * Field checks of the affiliation intake, run by the service on every saved step and by the
 * renderer while the advisor types. Pure: "today" is a parameter. Each problem is a path
 * (`step.field`) and a translation key; identifier problems reuse the parsers' own keys.
 */
import { parseIsoDate } from '../calendar';
import { parseEnterpriseNumber } from '../identifiers/enterprise-number';
import { parseIban } from '../identifiers/iban';
import { parseNiss } from '../identifiers/niss';
import { municipalitiesFor } from '../identifiers/postal-code';
import type { Municipality } from '../identifiers/postal-code';
import { normalizeForSearch } from '../search-text';

export type IntakeIssue = { readonly path: string; readonly messageKey: string };

export type IdentityFields = {
  niss: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: string;
  email: string;
  phone: string;
  iban: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  municipality: string;
};
export type ActivityFields = {
  category: string;
  startDate: string;
  estimatedIncomeCents: number | null;
  isPrimoStarter: boolean;
};
export type SpouseFields = { hasPartner: boolean; relation: string; partnerNiss: string };
export type MandateFields = {
  enterpriseNumber: string;
  startDate: string;
  companyName: string;
  legalForm: string;
  balanceSheetClass: string;
};
export type CompanyFields = {
  enterpriseNumber: string;
  name: string;
  legalForm: string;
  balanceSheetClass: string;
  startDate: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  municipality: string;
};
export type DirectorFields = { niss: string; startDate: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s./()-]{8,20}$/;

function required(path: string, value: string, issues: IntakeIssue[]): boolean {
  if (value.trim() !== '') return true;
  issues.push({ path, messageKey: 'validation.intake.required' });
  return false;
}

function checkDate(path: string, value: string, issues: IntakeIssue[]): string | undefined {
  if (!required(path, value, issues)) return undefined;
  const date = parseIsoDate(value.trim());
  if (date === undefined) issues.push({ path, messageKey: 'validation.intake.dateInvalid' });
  return date;
}

/** The place typed is one of the municipality's names (official, French, Dutch or German), ignoring case and accents. */
function isNameOf(municipality: Municipality, typed: string): boolean {
  const wanted = normalizeForSearch(typed);
  return [municipality.name, municipality.nameFr, municipality.nameNl, municipality.nameDe].some(
    (name) => name !== undefined && normalizeForSearch(name) === wanted,
  );
}

function checkAddress(
  step: string,
  fields: { street: string; houseNumber: string; postalCode: string; municipality: string },
  issues: IntakeIssue[],
): void {
  required(`${step}.street`, fields.street, issues);
  required(`${step}.houseNumber`, fields.houseNumber, issues);
  if (required(`${step}.postalCode`, fields.postalCode, issues)) {
    const known = municipalitiesFor(fields.postalCode.trim());
    if (known.length === 0)
      issues.push({ path: `${step}.postalCode`, messageKey: 'validation.intake.postalCodeUnknown' });
    else if (fields.municipality.trim() !== '' && !known.some((m) => isNameOf(m, fields.municipality))) {
      issues.push({ path: `${step}.municipality`, messageKey: 'validation.intake.municipalityMismatch' });
    }
  }
  required(`${step}.municipality`, fields.municipality, issues);
}

/** Identity: a valid NISS agreeing with the birth date and sex typed, a name, a Belgian address. */
export function validateIdentity(form: IdentityFields): IntakeIssue[] {
  const issues: IntakeIssue[] = [];
  const niss = parseNiss(form.niss);
  if (!niss.ok) issues.push({ path: 'identity.niss', messageKey: niss.error.messageKey });
  required('identity.lastName', form.lastName, issues);
  required('identity.firstName', form.firstName, issues);
  const birthDate = checkDate('identity.birthDate', form.birthDate, issues);
  if (niss.ok && birthDate !== undefined && niss.value.birthDate !== undefined && niss.value.birthDate !== birthDate) {
    issues.push({ path: 'identity.birthDate', messageKey: 'validation.intake.birthDateNotNiss' });
  }
  if (form.sex === '') issues.push({ path: 'identity.sex', messageKey: 'validation.intake.required' });
  else if (niss.ok && niss.value.sex !== undefined && niss.value.sex !== form.sex) {
    issues.push({ path: 'identity.sex', messageKey: 'validation.intake.sexNotNiss' });
  }
  if (form.email.trim() !== '' && !EMAIL.test(form.email.trim()))
    issues.push({ path: 'identity.email', messageKey: 'validation.intake.emailInvalid' });
  if (form.phone.trim() !== '' && !PHONE.test(form.phone.trim()))
    issues.push({ path: 'identity.phone', messageKey: 'validation.intake.phoneInvalid' });
  if (form.iban.trim() !== '') {
    const iban = parseIban(form.iban);
    if (!iban.ok) issues.push({ path: 'identity.iban', messageKey: iban.error.messageKey });
  }
  checkAddress('identity', form, issues);
  return issues;
}

/**
 * Activity: a category and a start date. An affiliation starts at the earliest on the first day
 * of activity and can be declared at most six months ahead (fund practice); a start date far in the
 * past is allowed (late affiliation, AR 38 art. 10) but the service warns through the consequences.
 */
export function validateActivity(form: ActivityFields, today: string, birthDate: string | undefined): IntakeIssue[] {
  const issues: IntakeIssue[] = [];
  if (form.category === '') issues.push({ path: 'activity.category', messageKey: 'validation.intake.required' });
  const start = checkDate('activity.startDate', form.startDate, issues);
  if (start !== undefined) {
    const limit = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    if (start > limit) issues.push({ path: 'activity.startDate', messageKey: 'validation.intake.startTooFarAhead' });
    if (birthDate !== undefined && start < birthDate)
      issues.push({ path: 'activity.startDate', messageKey: 'validation.intake.startBeforeBirth' });
  }
  if (form.isPrimoStarter && form.category !== 'main') {
    issues.push({ path: 'activity.isPrimoStarter', messageKey: 'validation.intake.primoStarterOnlyMain' });
  }
  if (form.category === 'student' && birthDate !== undefined && start !== undefined) {
    const age = Number(start.slice(0, 4)) - Number(birthDate.slice(0, 4));
    // Student-self-employed status is open from 18 to 25 (AR 38 art. 37bis).
    if (age < 18 || age > 25) issues.push({ path: 'activity.category', messageKey: 'validation.intake.studentAge' });
  }
  return issues;
}

/** A helping spouse must name the self-employed person they assist (AR 38 art. 7bis). */
export function validateSpouse(form: SpouseFields, category: string, ownNiss: string): IntakeIssue[] {
  const issues: IntakeIssue[] = [];
  const isNeeded = category === 'helping-spouse';
  if (isNeeded && (!form.hasPartner || form.relation !== 'assists')) {
    issues.push({ path: 'spouse.relation', messageKey: 'validation.intake.helpingSpouseNeedsPartner' });
  }
  if (!form.hasPartner) return issues;
  if (form.relation === '') issues.push({ path: 'spouse.relation', messageKey: 'validation.intake.required' });
  const niss = parseNiss(form.partnerNiss);
  if (!niss.ok) issues.push({ path: 'spouse.partnerNiss', messageKey: niss.error.messageKey });
  else if (niss.value.niss === ownNiss.replace(/[\s./-]/g, ''))
    issues.push({ path: 'spouse.partnerNiss', messageKey: 'validation.intake.partnerIsSelf' });
  return issues;
}

/** Mandates: a valid enterprise number each, once; an unknown company needs its name and form. */
export function validateMandates(
  mandates: readonly MandateFields[],
  knownCompanies: ReadonlySet<string>,
): IntakeIssue[] {
  const issues: IntakeIssue[] = [];
  const seen = new Set<string>();
  mandates.forEach((mandate, index) => {
    const path = `mandates.${index}`;
    const number = parseEnterpriseNumber(mandate.enterpriseNumber);
    if (!number.ok) issues.push({ path: `${path}.enterpriseNumber`, messageKey: number.error.messageKey });
    else if (seen.has(number.value))
      issues.push({ path: `${path}.enterpriseNumber`, messageKey: 'validation.intake.mandateTwice' });
    else {
      seen.add(number.value);
      if (!knownCompanies.has(number.value)) {
        required(`${path}.companyName`, mandate.companyName, issues);
        required(`${path}.legalForm`, mandate.legalForm, issues);
        if (mandate.balanceSheetClass === '')
          issues.push({ path: `${path}.balanceSheetClass`, messageKey: 'validation.intake.required' });
      }
    }
    checkDate(`${path}.startDate`, mandate.startDate, issues);
  });
  return issues;
}

export function validateCompany(form: CompanyFields): IntakeIssue[] {
  const issues: IntakeIssue[] = [];
  const number = parseEnterpriseNumber(form.enterpriseNumber);
  if (!number.ok) issues.push({ path: 'company.enterpriseNumber', messageKey: number.error.messageKey });
  required('company.name', form.name, issues);
  required('company.legalForm', form.legalForm, issues);
  if (form.balanceSheetClass === '')
    issues.push({ path: 'company.balanceSheetClass', messageKey: 'validation.intake.required' });
  checkDate('company.startDate', form.startDate, issues);
  checkAddress('company', form, issues);
  return issues;
}

/** Directors must already be known persons: their own intake comes first (they are liable, art. 15 AR 38). */
export function validateDirectors(
  directors: readonly DirectorFields[],
  knownPersons: ReadonlySet<string>,
): IntakeIssue[] {
  const issues: IntakeIssue[] = [];
  if (directors.length === 0) issues.push({ path: 'directors', messageKey: 'validation.intake.directorRequired' });
  directors.forEach((director, index) => {
    const niss = parseNiss(director.niss);
    if (!niss.ok) issues.push({ path: `directors.${index}.niss`, messageKey: niss.error.messageKey });
    else if (!knownPersons.has(niss.value.niss))
      issues.push({ path: `directors.${index}.niss`, messageKey: 'validation.intake.directorUnknown' });
    checkDate(`directors.${index}.startDate`, director.startDate, issues);
  });
  return issues;
}
