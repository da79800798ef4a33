/**
 * Conflicts on protected fields, as the advisor sees and settles them. A resolution is a change like
 * any other: it goes through the outbox (entity `conflict`), so it syncs, and head office audits who
 * decided what. Only a named advisor may resolve.
 */
import { CONFLICT_RESOLUTION_ENTITY } from '../../../shared/sync/policy';
import { GuichetError } from '../../../shared/contract/errors';
import { parseEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { parseIban } from '../../../shared/domain/identifiers/iban';
import { parseNiss } from '../../../shared/domain/identifiers/niss';
import type { GuichetDb } from '../../../db/connection';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { appendAudit } from '../../../db/repositories/audit-repo';
import {
  markConflictResolving,
  readLocalConflicts,
  readLocalField,
  type LocalConflict,
} from '../../../db/repositories/local-conflicts-repo';
import { applyLocalField } from '../../../db/repositories/sync-repo';

export type { LocalConflict };

/** Keep head office's value, take the value that lost, or enter a corrected one. */
export type ConflictChoice = { choice: 'server' } | { choice: 'losing' } | { choice: 'value'; value: unknown };

/** The conflicts the sync page lists, as the repository reads them. */
export { readLocalConflicts as listConflicts };

/**
 * Records an advisor's decision: the local value (unless head office's is kept), the conflict marked
 * 'resolving', its outbox record and its audit line (who, the value before and after) all commit together.
 */
export function resolveConflict(
  db: GuichetDb,
  recorder: ChangeRecorder,
  conflictId: string,
  decision: ConflictChoice,
): LocalConflict {
  const advisorId = recorder.context.advisorId;
  if (!advisorId) throw new GuichetError('unauthorized', 'sync.errors.advisorRequired');
  const conflict = readLocalConflicts(db).find((candidate) => candidate.id === conflictId);
  if (!conflict || conflict.status !== 'open')
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'conflict' });
  // A duplicate kept as it is keeps the row's own key: head office's value there only names the other row.
  const kept =
    conflict.kind === 'duplicate-key'
      ? readLocalField(db, conflict.entity, conflict.entityId, conflict.field)
      : conflict.serverValue;
  const value =
    decision.choice === 'losing'
      ? conflict.losingValue
      : decision.choice === 'value'
        ? enteredValue(conflict.field, decision.value)
        : kept;
  const before = readLocalField(db, conflict.entity, conflict.entityId, conflict.field);
  db.transaction((tx) => {
    if (decision.choice !== 'server') applyLocalField(db, conflict.entity, conflict.entityId, conflict.field, value);
    markConflictResolving(tx, conflictId, value, advisorId);
    const mutationId = recorder.record({
      entity: CONFLICT_RESOLUTION_ENTITY,
      entityId: conflictId,
      operation: 'update',
      rowVersion: 1,
      changedFields: ['resolution'],
      payload: { conflictId, choice: decision.choice, value: decision.choice === 'server' ? null : (value ?? null) },
    });
    // Audited on the row itself, so the decision shows in the case file's history next to the edits it settles.
    appendAudit(recorder, {
      entity: conflict.entity,
      entityId: conflict.entityId,
      operation: 'update',
      fields: [conflict.field],
      before: { [conflict.field]: before ?? null },
      after: { [conflict.field]: value ?? null, conflictId, choice: decision.choice },
      mutationId,
    });
  });
  return { ...conflict, status: 'resolving', resolvedValue: value ?? null, resolvedBy: advisorId };
}

/** A corrected value typed by the advisor, checked as the field's own form would: an IBAN by mod 97, a NISS or an enterprise number by their check digits, an amount as integer cents. */
function enteredValue(field: string, value: unknown): unknown {
  const refuse = (messageKey: string): never => {
    throw new GuichetError('validation', 'errors.validation', { issues: [{ path: 'decision.value', messageKey }] });
  };
  if (typeof value !== 'string') return value;
  if (field === 'iban') {
    const parsed = parseIban(value);
    return parsed.ok ? parsed.value.iban : refuse(parsed.error.messageKey);
  }
  if (field === 'niss') {
    const parsed = parseNiss(value);
    return parsed.ok ? parsed.value.niss : refuse(parsed.error.messageKey);
  }
  if (field === 'enterpriseNumber') {
    const parsed = parseEnterpriseNumber(value);
    return parsed.ok ? parsed.value : refuse(parsed.error.messageKey);
  }
  if (field.endsWith('Cents')) return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : refuse('validation.cents');
  return value;
}
