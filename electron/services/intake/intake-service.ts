/**
 * The intake wizard's drafts: start from an identifier, save a step as typed, list, resume,
 * discard, look for duplicates. A draft is a synced row (intake_drafts), so every save is in the
 * outbox and the audit log, and a draft survives a crash: the wizard reopens it at its step.
 */
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import { intakeFormsSchema, type IntakeDraftDto, type IntakeForms } from '../../../shared/contract/channels/intake';
import { GuichetError } from '../../../shared/contract/errors';
import { parseEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { parseNiss } from '../../../shared/domain/identifiers/niss';
import type { GuichetDb } from '../../../db/connection';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { insertRow, updateRow, type DraftRow } from '../../../db/repositories/case-file-repo';
import { searchKeysFor } from '../../../db/repositories/search-index';
import {
  companiesBySearchKey,
  companyByNumber,
  companyDisplayName,
  companyIdByNumber,
  openDraftIdFor,
  otherOpenDraftIds,
  personByNiss,
  personDisplayName,
  personIdByNiss,
  personsBySearchKey,
  recentOpenDraftIds,
  type KnownCompany,
  type KnownPerson,
} from '../../../db/repositories/intake-read';
import { getSyncedRow } from '../../../db/repositories/synced-rows';
import { intakeDrafts } from '../../../db/schema';
import { draftDto, formsOf } from './draft-state';

type Database = GuichetDb['$client'];
type Deps = { db: GuichetDb; recorder: ChangeRecorder; today: () => string; advisorId: () => string };

export function loadDraft(db: GuichetDb, draftId: string, mustBeOpen = true): DraftRow {
  const row = getSyncedRow(db, intakeDrafts, draftId) as DraftRow | undefined;
  if (!row || row.deletedAt !== null) throw new GuichetError('not-found', 'errors.notFound', { entity: 'intakeDraft' });
  if (mustBeOpen && row.status !== 'open')
    throw new GuichetError('conflict', 'errors.intake.draftClosed', { status: row.status });
  return row;
}

function refuseIdentifier(path: string, messageKey: string): never {
  throw new GuichetError('validation', 'errors.validation', { issues: [{ path, messageKey }] });
}

export function startIntake(deps: Deps, input: ParsedInput<'intake.start'>): ChannelOutput<'intake.start'> {
  const sqlite = deps.db.$client;
  let identifier: string;
  let forms: IntakeForms;
  if (input.kind === 'person') {
    const niss = parseNiss(input.niss);
    if (!niss.ok) refuseIdentifier('niss', niss.error.messageKey);
    identifier = niss.value.niss;
    const existing = personIdByNiss(sqlite, identifier);
    if (existing !== undefined) {
      const name = personDisplayName(sqlite, existing) ?? '';
      return { status: 'existing', caseFile: { kind: 'person', id: existing, displayName: name } };
    }
    // What the NISS itself says (birth date, sex) is filled in; the advisor checks it against the eID.
    forms = intakeFormsSchema.parse({
      identity: { niss: identifier, birthDate: niss.value.birthDate ?? '', sex: niss.value.sex ?? '' },
    });
  } else {
    const number = parseEnterpriseNumber(input.enterpriseNumber);
    if (!number.ok) refuseIdentifier('enterpriseNumber', number.error.messageKey);
    identifier = number.value;
    const existing = companyIdByNumber(sqlite, identifier);
    if (existing !== undefined) {
      const name = companyDisplayName(sqlite, existing) ?? '';
      return { status: 'existing', caseFile: { kind: 'company', id: existing, displayName: name } };
    }
    forms = intakeFormsSchema.parse({ company: { enterpriseNumber: identifier }, directors: { directors: [] } });
  }
  const open = openDraftIdFor(sqlite, identifier);
  if (open !== undefined)
    return { status: 'draft', draft: draftDto(sqlite, loadDraft(deps.db, open), deps.today()), isResumed: true };
  const row = deps.db.transaction((tx) =>
    insertRow(tx, deps.recorder, 'intakeDraft', {
      kind: input.kind,
      identifier,
      step: input.kind === 'person' ? 'identity' : 'company',
      forms,
      status: 'open',
      advisorId: deps.advisorId(),
      resultKind: null,
      resultId: null,
    }),
  );
  return { status: 'draft', draft: draftDto(sqlite, row, deps.today()), isResumed: false };
}

export function saveIntakeStep(deps: Deps, input: ParsedInput<'intake.saveStep'>): IntakeDraftDto {
  const row = loadDraft(deps.db, input.draftId);
  const isCompanyStep = input.payload.step === 'company' || input.payload.step === 'directors';
  if (isCompanyStep !== (row.kind === 'company'))
    throw new GuichetError('validation', 'errors.intake.stepNotInWizard', { step: input.payload.step });
  const forms: IntakeForms = { ...formsOf(row), [input.payload.step]: input.payload.form };
  const updated = deps.db.transaction((tx) =>
    updateRow(
      tx,
      deps.recorder,
      'intakeDraft',
      row.id,
      { forms, step: input.nextStep ?? row.step, advisorId: deps.advisorId() },
      input.rowVersion,
    ),
  );
  return draftDto(deps.db.$client, updated, deps.today());
}

export function listIntakeDrafts(deps: Deps): IntakeDraftDto[] {
  const sqlite = deps.db.$client;
  return recentOpenDraftIds(sqlite).map((id) => draftDto(sqlite, loadDraft(deps.db, id), deps.today()));
}

export function discardIntake(deps: Deps, draftId: string): IntakeDraftDto {
  const row = loadDraft(deps.db, draftId);
  const updated = deps.db.transaction((tx) =>
    updateRow(tx, deps.recorder, 'intakeDraft', row.id, { status: 'discarded' }),
  );
  return draftDto(deps.db.$client, updated, deps.today());
}

type Duplicate = ChannelOutput<'intake.checkDuplicates'>[number];

const personDuplicate = (hit: KnownPerson, reason: Duplicate['reason']): Duplicate => ({
  kind: 'person',
  id: hit.id,
  displayName: hit.name,
  identifier: hit.niss,
  birthDate: hit.birthDate,
  reason,
});

const companyDuplicate = (hit: KnownCompany, reason: Duplicate['reason']): Duplicate => ({
  kind: 'company',
  id: hit.id,
  displayName: hit.name,
  identifier: hit.enterpriseNumber,
  birthDate: null,
  reason,
});

function personDuplicates(sqlite: Database, row: DraftRow): Duplicate[] {
  const identity = formsOf(row).identity;
  const found: Duplicate[] = [];
  const niss = parseNiss(identity?.niss ?? row.identifier);
  const sameNiss = niss.ok ? personByNiss(sqlite, niss.value.niss) : undefined;
  if (sameNiss) found.push(personDuplicate(sameNiss, 'same-identifier'));
  if (identity && identity.lastName.trim() !== '' && identity.firstName.trim() !== '') {
    const { searchKey } = searchKeysFor(identity.lastName, identity.firstName);
    for (const hit of personsBySearchKey(sqlite, searchKey)) {
      const isSameBirth = identity.birthDate !== '' && hit.birthDate === identity.birthDate;
      found.push(personDuplicate(hit, isSameBirth ? 'same-name-and-birth-date' : 'same-name'));
    }
  }
  return found;
}

function companyDuplicates(sqlite: Database, row: DraftRow): Duplicate[] {
  const company = formsOf(row).company;
  const found: Duplicate[] = [];
  const number = parseEnterpriseNumber(company?.enterpriseNumber ?? row.identifier);
  const sameNumber = number.ok ? companyByNumber(sqlite, number.value) : undefined;
  if (sameNumber) found.push(companyDuplicate(sameNumber, 'same-identifier'));
  if (company && company.name.trim() !== '')
    for (const hit of companiesBySearchKey(sqlite, searchKeysFor(company.name).searchKey))
      found.push(companyDuplicate(hit, 'same-name'));
  return found;
}

/** Someone already known under the same identifier, or the same name (and birth date), or another open draft for it. */
export function findDuplicates(deps: Deps, draftId: string): Duplicate[] {
  const sqlite = deps.db.$client;
  const row = loadDraft(deps.db, draftId, false);
  const known = row.kind === 'person' ? personDuplicates(sqlite, row) : companyDuplicates(sqlite, row);
  const drafts = otherOpenDraftIds(sqlite, row.identifier, row.id).map((id): Duplicate => ({
    kind: row.kind,
    id,
    displayName: row.identifier,
    identifier: row.identifier,
    birthDate: null,
    reason: 'open-draft',
  }));
  const found = new Map<string, Duplicate>();
  for (const duplicate of [...known, ...drafts]) if (!found.has(duplicate.id)) found.set(duplicate.id, duplicate);
  return [...found.values()];
}
