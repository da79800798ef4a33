/**
 * Completing a company intake: the company with its affiliation, address and directors' mandates,
 * the company contribution of its first year, a task to check its documents, and the confirmation
 * letter queued.
 */
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, dateParts, type IsoDate } from '../../../shared/domain/calendar';
import { companyContribution } from '../../../shared/domain/contribution/company';
import { parseEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { lookupRulesForYear } from '../../../shared/rules';
import type { Language } from '../../../shared/contract/schemas';
import { insertRow } from '../../../db/repositories/case-file-repo';
import { insertCompany } from '../../../db/repositories/company-repo';
import {
  affiliationIdOfCompany,
  companyIdByNumber,
  companySearchRowid,
  personIdByNiss,
} from '../../../db/repositories/intake-read';
import { insertAddress, insertAffiliation } from '../../../db/repositories/reference-repo';
import type { Tx } from '../../../db/repositories/synced-rows';
import { rulesOrRefuse } from '../rule-years';
import type { formsOf } from './draft-state';
import { intakeTask, reference, type IntakeDeps, type IntakeResult, type Owner } from './intake-rows';

export function completeCompany(
  tx: Tx,
  deps: IntakeDeps,
  forms: ReturnType<typeof formsOf>,
  today: IsoDate,
): IntakeResult {
  const { recorder } = deps;
  const sqlite = deps.db.$client;
  const form = forms.company!;
  const number = parseEnterpriseNumber(form.enterpriseNumber);
  if (!number.ok || companyIdByNumber(sqlite, number.value) !== undefined)
    throw new GuichetError('conflict', 'errors.intake.duplicate');
  const companyId = createCompany(
    tx,
    deps,
    number.value,
    form.name,
    form.legalForm,
    form.balanceSheetClass === 'large' ? 'large' : 'small',
    form.language,
    form.startDate,
  );
  const owner: Owner = { personId: null, companyId };
  insertAddress(tx, recorder, {
    ...owner,
    street: form.street.trim(),
    houseNumber: form.houseNumber.trim(),
    box: form.box.trim() || null,
    postalCode: form.postalCode.trim(),
    municipality: form.municipality.trim(),
    country: 'BE',
    validFrom: today,
  });
  for (const director of forms.directors?.directors ?? []) {
    const personId = personIdByNiss(sqlite, director.niss.replace(/[\s./-]/g, ''))!;
    insertRow(tx, recorder, 'mandate', {
      personId,
      companyId,
      role: director.role,
      startDate: director.startDate,
      endDate: null,
      isJointlyLiable: director.isJointlyLiable,
    });
  }
  const affiliationId = affiliationIdOfCompany(sqlite, companyId);
  const contributionIds = insertFirstYearContribution(tx, deps, owner, affiliationId, today);
  const taskIds = [
    intakeTask(tx, deps, owner, 'check-documents', 'intake.task.checkCompanyDocuments', addDays(today, 14), companyId),
  ];
  const letter = insertRow(tx, recorder, 'letter', {
    ...owner,
    kind: 'affiliation-confirmation',
    language: form.language,
    status: 'queued',
    sourceEntity: 'company',
    sourceId: companyId,
    issuedAt: null,
    payload: { companyId, startDate: form.startDate, contributionIds },
  });
  return { caseFile: { kind: 'company', id: companyId }, affiliationId, contributionIds, taskIds, letterId: letter.id };
}

/** A new company pays the small amount in its first two years (law of 30 March 1994, company contribution). */
function insertFirstYearContribution(
  tx: Tx,
  deps: IntakeDeps,
  owner: Owner,
  affiliationId: string | null,
  today: IsoDate,
): string[] {
  const year = dateParts(today).year;
  const rules = rulesOrRefuse(lookupRulesForYear(year));
  const outcome = companyContribution({ year, isInFirstTwoYears: true }, rules);
  if (!outcome.ok) return [];
  const rowid = companySearchRowid(deps.db.$client, owner.companyId!);
  const contribution = insertRow(tx, deps.recorder, 'contribution', {
    ...owner,
    affiliationId,
    year,
    quarter: null,
    kind: 'company',
    amountCents: outcome.value.amount,
    feeCents: 0,
    dueDate: outcome.value.dueDate,
    status: 'open',
    structuredCommunication: reference(9_000_000 + rowid, year, 0),
  });
  return [contribution.id];
}

/** A company with its affiliation, in the advisor's branch (a new company, or one a new director manages). */
export function createCompany(
  tx: Tx,
  deps: IntakeDeps,
  enterpriseNumber: string,
  name: string,
  legalForm: string,
  balanceSheetClass: 'small' | 'large',
  language: Language,
  startDate: string,
): string {
  const company = insertCompany(tx, deps.recorder, {
    enterpriseNumber,
    name: name.trim(),
    legalForm: legalForm.trim(),
    balanceSheetClass,
    language,
    branchId: deps.advisor.branchId,
  });
  insertAffiliation(tx, deps.recorder, {
    personId: null,
    companyId: company.id,
    category: 'company',
    startDate,
    endDate: null,
    branchId: deps.advisor.branchId,
  });
  return company.id;
}
