/** Finding and reading case files: the first room of the counter. */
import type { CaseFileHit, CaseFileSummary } from '../../shared/contract/app-contract';
import { GuichetError } from '../../shared/contract/errors';
import type { GuichetDb } from '../../db/connection';
import {
  createCaseFileMatches,
  createCaseFileSearch,
  type CaseFileMatch,
} from '../../db/repositories/case-file-search';
import {
  readAffiliations,
  readBranch,
  readCompany,
  readCurrentAddress,
  readPerson,
} from '../../db/repositories/case-file-read';

export type CaseFileService = {
  /** With `branchId`, that branch's case files and those of no branch yet (see `CaseFileSearch`). */
  search(query: string, limit: number, branchId?: string): CaseFileHit[];
  /** The case files `search` would list with a larger limit, read without their names or addresses. */
  matches(query: string, limit: number, branchId?: string): CaseFileMatch[];
  get(kind: 'person' | 'company', id: string): CaseFileSummary;
};

export function createCaseFileService(db: GuichetDb, today: () => string): CaseFileService {
  const search = createCaseFileSearch(db.$client);
  const matches = createCaseFileMatches(db.$client);

  return {
    search(query, limit, branchId) {
      return search(query, limit, branchId).map(({ searchKey: _searchKey, ...hit }) => hit);
    },
    matches,
    get(kind, id) {
      return kind === 'person' ? personSummary(db, id, today()) : companySummary(db, id, today());
    },
  };
}

type AffiliationRows = ReturnType<typeof readAffiliations>;

function affiliationPart(rows: AffiliationRows, today: string) {
  const list = rows.map((row) => ({
    id: row.id,
    category: row.category,
    startDate: row.startDate,
    endDate: row.endDate,
    isActive: row.startDate <= today && (row.endDate === null || row.endDate >= today),
  }));
  // An affiliation that starts after today is neither running nor over: 'planned', not 'ended'.
  const status: CaseFileSummary['status'] = list.some((a) => a.isActive)
    ? 'active'
    : list.some((a) => a.startDate > today)
      ? 'planned'
      : list.length > 0
        ? 'ended'
        : 'none';
  return { affiliations: list, status };
}

function addressPart(row: ReturnType<typeof readCurrentAddress>): CaseFileSummary['address'] {
  if (!row) return null;
  const { street, houseNumber, box, postalCode, municipality, country } = row;
  return { street, houseNumber, box, postalCode, municipality, country };
}

function branchPart(db: GuichetDb, branchId: string | null): CaseFileSummary['branch'] {
  const branch = readBranch(db, branchId);
  return branch ? { code: branch.code, name: branch.name } : null;
}

function personSummary(db: GuichetDb, id: string, today: string): CaseFileSummary {
  const person = readPerson(db, id);
  if (!person) throw new GuichetError('not-found', 'errors.notFound', { entity: 'person' });
  return {
    kind: 'person',
    id: person.id,
    reference: person.niss,
    displayName: `${person.lastName} ${person.firstName}`,
    identifier: person.niss,
    person: {
      lastName: person.lastName,
      firstName: person.firstName,
      birthDate: person.birthDate,
      sex: person.sex,
      language: person.language,
      email: person.email,
      phone: person.phone,
      iban: person.iban,
      rowVersion: person.rowVersion,
    },
    company: null,
    address: addressPart(readCurrentAddress(db, { personId: id })),
    branch: branchPart(db, person.branchId),
    ...affiliationPart(readAffiliations(db, { personId: id }), today),
  };
}

function companySummary(db: GuichetDb, id: string, today: string): CaseFileSummary {
  const company = readCompany(db, id);
  if (!company) throw new GuichetError('not-found', 'errors.notFound', { entity: 'company' });
  return {
    kind: 'company',
    id: company.id,
    reference: company.enterpriseNumber,
    displayName: company.name,
    identifier: company.enterpriseNumber,
    person: null,
    company: { name: company.name, legalForm: company.legalForm, enterpriseNumber: company.enterpriseNumber },
    address: addressPart(readCurrentAddress(db, { companyId: id })),
    branch: branchPart(db, company.branchId),
    ...affiliationPart(readAffiliations(db, { companyId: id }), today),
  };
}
