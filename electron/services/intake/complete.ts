/**
 * Completing an intake, in one transaction: the case file (person and address, or company), the
 * affiliation and its first category period, the spouse link and mandates, the provisional
 * contribution schedule from the start quarter to the end of this year (AR 38 art. 11 §3: a starter
 * pays on the legal minimum or on an estimate), follow-up tasks, and the affiliation-confirmation
 * letter queued for the letters feature. Refused while the draft has issues.
 */
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, dateParts, toIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { simulateContribution } from '../../../shared/domain/contribution/simulate';
import type { ContributionCategory } from '../../../shared/domain/contribution/types';
import { parseEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { parseNiss } from '../../../shared/domain/identifiers/niss';
import { cents } from '../../../shared/domain/money';
import { lookupRulesForYear } from '../../../shared/rules';
import { insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { insertPerson } from '../../../db/repositories/person-repo';
import { insertAddress, insertAffiliation } from '../../../db/repositories/reference-repo';
import type { Tx } from '../../../db/repositories/synced-rows';
import { FUND_FEE } from '../fund-settings';
import { companyIdByNumber, personIdByNiss } from '../../../db/repositories/intake-read';
import { draftIssues, formsOf } from './draft-state';
import { rulesOrRefuse } from '../rule-years';
import { loadDraft } from './intake-service';
import { completeCompany, createCompany } from './complete-company';
import { intakeTask, reference, type IntakeDeps, type IntakeResult, type Owner } from './intake-rows';

type Result = IntakeResult;
type Deps = IntakeDeps;

export function completeIntake(deps: Deps, draftId: string): Result {
  const { db, recorder } = deps;
  const today = toIsoDate(deps.today());
  const row = loadDraft(db, draftId);
  const forms = formsOf(row);
  const issues = draftIssues(db.$client, row.kind, forms, today);
  if (issues.length > 0) throw new GuichetError('validation', 'errors.intake.hasIssues', { issues });
  return db.transaction((tx) => {
    const result =
      row.kind === 'person' ? completePerson(tx, deps, forms, today) : completeCompany(tx, deps, forms, today);
    updateRow(tx, recorder, 'intakeDraft', row.id, {
      status: 'completed',
      step: 'review',
      resultKind: result.caseFile.kind,
      resultId: result.caseFile.id,
    });
    return result;
  });
}

type Forms = ReturnType<typeof formsOf>;
type Identity = NonNullable<Forms['identity']>;
type Activity = NonNullable<Forms['activity']>;

/** The person and their address as typed in the identity step. */
function insertIntakePerson(tx: Tx, deps: Deps, identity: Identity, today: IsoDate) {
  const { recorder, advisor } = deps;
  const niss = parseNiss(identity.niss);
  if (!niss.ok || personIdByNiss(deps.db.$client, niss.value.niss) !== undefined)
    throw new GuichetError('conflict', 'errors.intake.duplicate');
  const person = insertPerson(tx, recorder, {
    niss: niss.value.niss,
    lastName: identity.lastName.trim(),
    firstName: identity.firstName.trim(),
    birthDate: identity.birthDate,
    sex: identity.sex === '' ? null : identity.sex,
    language: identity.language,
    email: identity.email.trim() || null,
    phone: identity.phone.trim() || null,
    iban: identity.iban.replace(/\s/g, '').toUpperCase() || null,
    branchId: advisor.branchId,
  });
  insertAddress(tx, recorder, {
    personId: person.id,
    companyId: null,
    street: identity.street.trim(),
    houseNumber: identity.houseNumber.trim(),
    box: identity.box.trim() || null,
    postalCode: identity.postalCode.trim(),
    municipality: identity.municipality.trim(),
    country: 'BE',
    validFrom: today,
  });
  return person;
}

/** The affiliation from the activity step, its first period and the estimated income if given. */
function insertIntakeAffiliation(tx: Tx, deps: Deps, owner: Owner, activity: Activity, today: IsoDate) {
  const { recorder, advisor } = deps;
  const startDate = toIsoDate(activity.startDate);
  const affiliation = insertAffiliation(tx, recorder, {
    ...owner,
    category: activity.category as Exclude<typeof activity.category, ''>,
    startDate,
    endDate: null,
    branchId: advisor.branchId,
  });
  insertRow(tx, recorder, 'affiliationPeriod', {
    affiliationId: affiliation.id,
    category: activity.category,
    validFrom: startDate,
    validTo: null,
    isPrimoStarter: activity.isPrimoStarter,
    reason: 'intake',
  });
  if (activity.estimatedIncomeCents !== null) {
    insertRow(tx, recorder, 'income', {
      ...owner,
      year: dateParts(startDate).year,
      amountCents: activity.estimatedIncomeCents,
      source: 'estimate',
      receivedOn: today,
    });
  }
  return affiliation;
}

/** The partner link and the mandates of the spouse and mandates steps; a company not known yet is created. */
function linkPartnerAndMandates(tx: Tx, deps: Deps, personId: string, forms: Forms, startDate: IsoDate): void {
  const { recorder } = deps;
  const sqlite = deps.db.$client;
  const language = forms.identity!.language;
  const spouse = forms.spouse;
  if (spouse?.hasPartner) {
    const partnerId = personIdByNiss(sqlite, spouse.partnerNiss.replace(/[\s./-]/g, ''))!;
    const isHelper = spouse.relation === 'assists';
    insertRow(tx, recorder, 'spouseLink', {
      helperPersonId: isHelper ? personId : partnerId,
      assistedPersonId: isHelper ? partnerId : personId,
      startDate,
      endDate: null,
    });
  }
  for (const mandate of forms.mandates?.mandates ?? []) {
    const number = parseEnterpriseNumber(mandate.enterpriseNumber);
    if (!number.ok) continue;
    const companyId =
      companyIdByNumber(sqlite, number.value) ??
      createCompany(
        tx,
        deps,
        number.value,
        mandate.companyName,
        mandate.legalForm,
        mandate.balanceSheetClass === 'large' ? 'large' : 'small',
        language,
        mandate.startDate,
      );
    insertRow(tx, recorder, 'mandate', {
      personId: personId,
      companyId,
      role: mandate.role,
      startDate: mandate.startDate,
      endDate: null,
      isJointlyLiable: mandate.isJointlyLiable,
    });
  }
}

function completePerson(tx: Tx, deps: Deps, forms: Forms, today: IsoDate): Result {
  const { recorder } = deps;
  const identity = forms.identity!;
  const activity = forms.activity!;
  const person = insertIntakePerson(tx, deps, identity, today);
  const owner: Owner = { personId: person.id, companyId: null };
  const affiliation = insertIntakeAffiliation(tx, deps, owner, activity, today);
  const startDate = toIsoDate(activity.startDate);
  linkPartnerAndMandates(tx, deps, person.id, forms, startDate);
  const contributionIds = provisionalSchedule(
    tx,
    recorder,
    owner,
    affiliation.id,
    person.searchRowid,
    activity,
    startDate,
    today,
  );
  const firstDue = contributionIds.firstDue ?? addDays(today, 30);
  const taskIds = [
    // Proof of the start of activity (KBO registration, deed) is asked at intake: checked within two weeks.
    intakeTask(tx, deps, owner, 'check-documents', 'intake.task.checkDocuments', addDays(today, 14), affiliation.id),
    // A new affiliate who misses the first due date gets a call rather than a reminder (engagement de service, point 4).
    intakeTask(tx, deps, owner, 'follow-up', 'intake.task.firstPayment', addDays(firstDue, 15), affiliation.id),
  ];
  const letter = insertRow(tx, recorder, 'letter', {
    ...owner,
    kind: 'affiliation-confirmation',
    language: identity.language,
    status: 'queued',
    sourceEntity: 'affiliation',
    sourceId: affiliation.id,
    issuedAt: null,
    payload: {
      affiliationId: affiliation.id,
      category: activity.category,
      startDate,
      isPrimoStarter: activity.isPrimoStarter,
      contributionIds: contributionIds.ids,
    },
  });
  return {
    caseFile: { kind: 'person', id: person.id },
    affiliationId: affiliation.id,
    contributionIds: contributionIds.ids,
    taskIds,
    letterId: letter.id,
  };
}

/** Provisional contributions of each year from the start year to this year that has rules, quarter by quarter. */
function provisionalSchedule(
  tx: Tx,
  recorder: ChangeRecorder,
  owner: Owner,
  affiliationId: string,
  ownerNumber: number,
  activity: NonNullable<ReturnType<typeof formsOf>['activity']>,
  startDate: IsoDate,
  today: IsoDate,
): { ids: string[]; firstDue: IsoDate | undefined } {
  const ids: string[] = [];
  let firstDue: IsoDate | undefined;
  const startYear = dateParts(startDate).year;
  for (
    let year = Math.max(startYear, dateParts(today).year - 2);
    year <= Math.max(startYear, dateParts(today).year);
    year++
  ) {
    const rules = rulesOrRefuse(lookupRulesForYear(year));
    const estimate = activity.estimatedIncomeCents === null ? undefined : cents(activity.estimatedIncomeCents);
    const outcome = simulateContribution(
      {
        year,
        category: activity.category as ContributionCategory,
        income: estimate ?? cents(0),
        affiliation: { start: startDate },
        isPrimoStarter: activity.isPrimoStarter,
        provisional: estimate === undefined ? { kind: 'starter' } : { kind: 'starter', estimate },
        fees: FUND_FEE,
      },
      rules,
    );
    if (!outcome.ok || !outcome.value.provisional) continue;
    for (const quarter of outcome.value.provisional.quarters) {
      const index = Number(quarter.quarter.slice(-1));
      firstDue ??= quarter.dueDate;
      ids.push(
        insertRow(tx, recorder, 'contribution', {
          ...owner,
          affiliationId,
          year,
          quarter: index,
          kind: 'provisional',
          amountCents: quarter.contribution,
          feeCents: quarter.fee,
          dueDate: quarter.dueDate,
          status: 'open',
          structuredCommunication: reference(ownerNumber, year, index),
        }).id,
      );
    }
  }
  return { ids, firstDue };
}
