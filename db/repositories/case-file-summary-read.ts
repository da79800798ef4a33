/**
 * The identity part of the case-file view read with prepared statements (the foundation's summary
 * builds its drizzle queries on every call; the view is opened all day, so its reads are prepared once).
 */
import type Database from 'better-sqlite3';
import { cachedStatement } from './statement-cache';
import type { Owner } from './case-file-ledger-read';
import type { Language } from '../../shared/contract/schemas';

type Sqlite = Database.Database;

export type PersonIdentity = {
  id: string;
  niss: string;
  lastName: string;
  firstName: string;
  birthDate: string | null;
  sex: 'M' | 'F' | null;
  language: Language;
  email: string | null;
  phone: string | null;
  iban: string | null;
  rowVersion: number;
  branchCode: string | null;
  branchName: string | null;
};
export type CompanyIdentity = {
  id: string;
  enterpriseNumber: string;
  name: string;
  legalForm: string;
  language: Language;
  branchCode: string | null;
  branchName: string | null;
};
export type AddressRecord = {
  street: string;
  houseNumber: string;
  box: string | null;
  postalCode: string;
  municipality: string;
  country: string;
};
export type AffiliationRecord = { id: string; category: string; startDate: string; endDate: string | null };

export function readPersonIdentity(sqlite: Sqlite, id: string): PersonIdentity | undefined {
  return cachedStatement<[string], PersonIdentity>(
    sqlite,
    `SELECT p.id, p.niss, p.last_name AS lastName, p.first_name AS firstName, p.birth_date AS birthDate, p.sex, p.language, p.email, p.phone, p.iban, p.row_version AS rowVersion,
       b.code AS branchCode, b.name AS branchName FROM persons p LEFT JOIN branches b ON b.id = p.branch_id WHERE p.id = ? AND p.deleted_at IS NULL`,
  ).get(id);
}

export function readCompanyIdentity(sqlite: Sqlite, id: string): CompanyIdentity | undefined {
  return cachedStatement<[string], CompanyIdentity>(
    sqlite,
    `SELECT c.id, c.enterprise_number AS enterpriseNumber, c.name, c.legal_form AS legalForm, c.language, b.code AS branchCode, b.name AS branchName
     FROM companies c LEFT JOIN branches b ON b.id = c.branch_id WHERE c.id = ? AND c.deleted_at IS NULL`,
  ).get(id);
}

export function readAddress(sqlite: Sqlite, owner: Owner): AddressRecord | undefined {
  const column = owner.kind === 'person' ? 'person_id' : 'company_id';
  return cachedStatement<[string], AddressRecord>(
    sqlite,
    `SELECT street, house_number AS houseNumber, box, postal_code AS postalCode, municipality, country FROM addresses WHERE ${column} = ? AND deleted_at IS NULL ORDER BY valid_from DESC LIMIT 1`,
  ).get(owner.id);
}

export function readAffiliationRecords(sqlite: Sqlite, owner: Owner): AffiliationRecord[] {
  const column = owner.kind === 'person' ? 'person_id' : 'company_id';
  return cachedStatement<[string], AffiliationRecord>(
    sqlite,
    `SELECT id, category, start_date AS startDate, end_date AS endDate FROM affiliations WHERE ${column} = ? AND deleted_at IS NULL ORDER BY start_date`,
  ).all(owner.id);
}
