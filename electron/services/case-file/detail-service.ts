/**
 * The case-file view: one call reads everything from the local database with a
 * dozen indexed statements, then derives statuses and balances in memory.
 */
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { GuichetDb } from '../../../db/connection';
import {
  readAffiliationPeriods,
  readContributions,
  readIncomes,
  readInteractions,
  readLetters,
  readMandates,
  readPayments,
  readSpouseLinks,
  readSurcharges,
  readTasks,
  type TaskRecord,
} from '../../../db/repositories/case-file-ledger-read';
import { readPlans, readRequests } from '../../../db/repositories/payment-plan-read';
import {
  readAddress,
  readAffiliationRecords,
  readCompanyIdentity,
  readPersonIdentity,
} from '../../../db/repositories/case-file-summary-read';
import type { CaseFileSummary } from '../../../shared/contract/app-contract';
import { GuichetError } from '../../../shared/contract/errors';
import { planDto, requestDto } from './dto';
import { buildLedgerView } from './ledger-view';

export function taskDto(task: TaskRecord, today: string) {
  return {
    id: task.id,
    kind: task.kind,
    title: task.title,
    dueDate: task.dueDate,
    status: task.status,
    isOverdue: task.status === 'open' && task.dueDate < today,
    completedAt: task.completedAt,
    createdBy: task.createdBy === null ? null : { id: task.createdBy, displayName: task.createdByName ?? '' },
  };
}

/** The same summary as caseFile.get (electron/services/case-file-service.ts), from prepared statements. */
export function readSummary(sqlite: GuichetDb['$client'], ref: CaseFileRef, today: string): CaseFileSummary {
  const affiliations = readAffiliationRecords(sqlite, ref).map((row) => ({
    ...row,
    category: row.category as CaseFileSummary['affiliations'][number]['category'],
    isActive: row.startDate <= today && (row.endDate === null || row.endDate >= today),
  }));
  // An affiliation that starts after today is neither running nor over: 'planned', not 'ended'.
  const status: CaseFileSummary['status'] = affiliations.some((a) => a.isActive)
    ? 'active'
    : affiliations.some((a) => a.startDate > today)
      ? 'planned'
      : affiliations.length > 0
        ? 'ended'
        : 'none';
  const address = readAddress(sqlite, ref) ?? null;
  if (ref.kind === 'person') {
    const person = readPersonIdentity(sqlite, ref.id);
    if (!person) throw new GuichetError('not-found', 'errors.notFound', { entity: 'person' });
    const { niss, lastName, firstName, birthDate, sex, language, email, phone, iban, rowVersion } = person;
    return {
      kind: 'person',
      id: person.id,
      reference: niss,
      displayName: `${lastName} ${firstName}`,
      identifier: niss,
      person: { lastName, firstName, birthDate, sex, language, email, phone, iban, rowVersion },
      company: null,
      address,
      branch: person.branchCode === null ? null : { code: person.branchCode, name: person.branchName ?? '' },
      affiliations,
      status,
    };
  }
  const company = readCompanyIdentity(sqlite, ref.id);
  if (!company) throw new GuichetError('not-found', 'errors.notFound', { entity: 'company' });
  return {
    kind: 'company',
    id: company.id,
    reference: company.enterpriseNumber,
    displayName: company.name,
    identifier: company.enterpriseNumber,
    person: null,
    company: { name: company.name, legalForm: company.legalForm, enterpriseNumber: company.enterpriseNumber },
    address,
    branch: company.branchCode === null ? null : { code: company.branchCode, name: company.branchName ?? '' },
    affiliations,
    status,
  };
}

export function readCaseFileDetail(db: GuichetDb, ref: CaseFileRef, today: string): CaseFileDetail {
  const sqlite = db.$client;
  const summary = readSummary(sqlite, ref, today);
  const periods = readAffiliationPeriods(sqlite, ref);
  const plans = readPlans(sqlite, ref);
  const inPlan = new Set(
    plans.filter((plan) => plan.status === 'active').flatMap((plan) => JSON.parse(plan.contributionIds) as string[]),
  );
  const ledger = buildLedgerView(
    readContributions(sqlite, ref),
    readPayments(sqlite, ref),
    readSurcharges(sqlite, ref),
    inPlan,
    today,
  );
  return {
    summary,
    affiliations: summary.affiliations.map((affiliation) => {
      const history = periods.filter((period) => period.affiliationId === affiliation.id);
      return {
        ...affiliation,
        isPrimoStarter: history.some((period) => period.isPrimoStarter === 1),
        history: history.map(({ id, category, validFrom, validTo, reason }) => ({
          id,
          category,
          validFrom,
          validTo,
          reason,
        })),
      };
    }),
    mandates: readMandates(sqlite, ref).map((mandate) => ({
      id: mandate.id,
      counterpart: {
        kind: ref.kind === 'person' ? 'company' : 'person',
        id: mandate.counterpartId,
        displayName: mandate.counterpartName,
        identifier: mandate.counterpartIdentifier,
      },
      role: mandate.role,
      startDate: mandate.startDate,
      endDate: mandate.endDate,
      isJointlyLiable: mandate.isJointlyLiable === 1,
    })),
    spouseLinks:
      ref.kind === 'person'
        ? readSpouseLinks(sqlite, ref.id).map((link) => ({
            id: link.id,
            relation: link.relation,
            counterpart: { id: link.counterpartId, displayName: link.counterpartName, niss: link.counterpartNiss },
            startDate: link.startDate,
            endDate: link.endDate,
          }))
        : [],
    incomes: readIncomes(sqlite, ref),
    ...ledger,
    plans: plans.map(planDto),
    requests: readRequests(sqlite, ref).map(requestDto),
    letters: readLetters(sqlite, ref),
    interactions: readInteractions(sqlite, ref).map(({ advisorId, advisorName, ...rest }) => ({
      ...rest,
      advisor: advisorId === null ? null : { id: advisorId, displayName: advisorName ?? '' },
    })),
    tasks: readTasks(sqlite, ref).map((task) => taskDto(task, today)),
  };
}
