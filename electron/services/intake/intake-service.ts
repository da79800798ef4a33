/**
 * The intake wizard's drafts: start from an identifier, save a step as typed, list, resume,
 * discard, look for duplicates. A draft is a synced row (intake_drafts), so every save is in the
 * outbox and the audit log, and a draft survives a crash: the wizard reopens it at its step.
 */
import type Database from 'better-sqlite3';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import { intakeFormsSchema, type IntakeDraftDto, type IntakeForms } from '../../../shared/contract/channels/intake';
import { GuichetError } from '../../../shared/contract/errors';
import { parseEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { parseNiss } from '../../../shared/domain/identifiers/niss';
import type { GuichetDb } from '../../../db/connection';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { insertRow, updateRow, type DraftRow } from '../../../db/repositories/case-file-repo';
import { searchKeysFor } from '../../../db/repositories/search-index';
import { cachedStatement } from '../../../db/repositories/statement-cache';
import { getSyncedRow } from '../../../db/repositories/synced-rows';
import { intakeDrafts } from '../../../db/schema';
import { companyIdByNumber, draftDto, formsOf, personIdByNiss } from './draft-state';

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

function openDraftFor(sqlite: Database.Database, identifier: string): string | undefined {
  return cachedStatement<[string], { id: string }>(
    sqlite,
    `SELECT id FROM intake_drafts WHERE status = 'open' AND identifier = ? AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1`,
  ).get(identifier)?.id;
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
      const name =
        cachedStatement<[string], { n: string }>(
          sqlite,
          `SELECT last_name || ' ' || first_name AS n FROM persons WHERE id = ?`,
        ).get(existing)?.n ?? '';
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
      const name =
        cachedStatement<[string], { n: string }>(sqlite, 'SELECT name AS n FROM companies WHERE id = ?').get(existing)
          ?.n ?? '';
      return { status: 'existing', caseFile: { kind: 'company', id: existing, displayName: name } };
    }
    forms = intakeFormsSchema.parse({ company: { enterpriseNumber: identifier }, directors: { directors: [] } });
  }
  const open = openDraftFor(sqlite, identifier);
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
  const ids = cachedStatement<[], { id: string }>(
    sqlite,
    `SELECT id FROM intake_drafts WHERE status = 'open' AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 50`,
  ).all();
  return ids.map(({ id }) => draftDto(sqlite, loadDraft(deps.db, id), deps.today()));
}

export function discardIntake(deps: Deps, draftId: string): IntakeDraftDto {
  const row = loadDraft(deps.db, draftId);
  const updated = deps.db.transaction((tx) =>
    updateRow(tx, deps.recorder, 'intakeDraft', row.id, { status: 'discarded' }),
  );
  return draftDto(deps.db.$client, updated, deps.today());
}

type Duplicate = ChannelOutput<'intake.checkDuplicates'>[number];

/** Someone already known under the same identifier, or the same name (and birth date), or another open draft for it. */
export function findDuplicates(deps: Deps, draftId: string): Duplicate[] {
  const sqlite = deps.db.$client;
  const row = loadDraft(deps.db, draftId, false);
  const forms = formsOf(row);
  const found = new Map<string, Duplicate>();
  const add = (duplicate: Duplicate) => found.has(duplicate.id) || found.set(duplicate.id, duplicate);
  type PersonHit = { id: string; name: string; niss: string; birthDate: string | null };
  if (row.kind === 'person') {
    const identity = forms.identity;
    const niss = parseNiss(identity?.niss ?? row.identifier);
    const select = `SELECT id, last_name || ' ' || first_name AS name, niss, birth_date AS birthDate FROM persons WHERE deleted_at IS NULL AND`;
    if (niss.ok) {
      const hit = cachedStatement<[string], PersonHit>(sqlite, `${select} niss = ?`).get(niss.value.niss);
      if (hit)
        add({
          kind: 'person',
          id: hit.id,
          displayName: hit.name,
          identifier: hit.niss,
          birthDate: hit.birthDate,
          reason: 'same-identifier',
        });
    }
    if (identity && identity.lastName.trim() !== '' && identity.firstName.trim() !== '') {
      const { searchKey } = searchKeysFor(identity.lastName, identity.firstName);
      for (const hit of cachedStatement<[string], PersonHit>(sqlite, `${select} search_key = ? LIMIT 20`).all(
        searchKey,
      )) {
        const isSameBirth = identity.birthDate !== '' && hit.birthDate === identity.birthDate;
        add({
          kind: 'person',
          id: hit.id,
          displayName: hit.name,
          identifier: hit.niss,
          birthDate: hit.birthDate,
          reason: isSameBirth ? 'same-name-and-birth-date' : 'same-name',
        });
      }
    }
  } else {
    const company = forms.company;
    const number = parseEnterpriseNumber(company?.enterpriseNumber ?? row.identifier);
    type CompanyHit = { id: string; name: string; enterpriseNumber: string };
    const select = 'SELECT id, name, enterprise_number AS enterpriseNumber FROM companies WHERE deleted_at IS NULL AND';
    if (number.ok) {
      const hit = cachedStatement<[string], CompanyHit>(sqlite, `${select} enterprise_number = ?`).get(number.value);
      if (hit)
        add({
          kind: 'company',
          id: hit.id,
          displayName: hit.name,
          identifier: hit.enterpriseNumber,
          birthDate: null,
          reason: 'same-identifier',
        });
    }
    if (company && company.name.trim() !== '') {
      for (const hit of cachedStatement<[string], CompanyHit>(sqlite, `${select} search_key = ? LIMIT 20`).all(
        searchKeysFor(company.name).searchKey,
      )) {
        add({
          kind: 'company',
          id: hit.id,
          displayName: hit.name,
          identifier: hit.enterpriseNumber,
          birthDate: null,
          reason: 'same-name',
        });
      }
    }
  }
  const others = cachedStatement<[string, string], { id: string }>(
    sqlite,
    `SELECT id FROM intake_drafts WHERE status = 'open' AND identifier = ? AND id <> ? AND deleted_at IS NULL`,
  ).all(row.identifier, row.id);
  for (const other of others)
    add({
      kind: row.kind,
      id: other.id,
      displayName: row.identifier,
      identifier: row.identifier,
      birthDate: null,
      reason: 'open-draft',
    });
  return [...found.values()];
}
