/** The judicial files of a case file with their events, and its latest personal-contact task. */
import type Database from 'better-sqlite3';
import type { JudicialEventRow, JudicialFileRow, TaskRow } from './case-file-repo';
import { cachedStatement } from './statement-cache';

type Ref = { kind: 'person' | 'company'; id: string };
const ownerColumn = (ref: Ref) => (ref.kind === 'person' ? 'person_id' : 'company_id');

const FILE_COLUMNS = `id, created_at AS createdAt, updated_at AS updatedAt, row_version AS rowVersion, deleted_at AS deletedAt,
  person_id AS personId, company_id AS companyId, kind, agent_kind AS agentKind, agent_name AS agentName,
  handed_over_on AS handedOverOn, claimed_cents AS claimedCents, contribution_ids AS contributionIds, status,
  judgement_on AS judgementOn, closed_on AS closedOn, closure, advisor_id AS advisorId`;

/** Newest first. `contributionIds` stays the stored JSON text. */
export function readJudicialFiles(sqlite: Database.Database, ref: Ref): JudicialFileRow[] {
  return cachedStatement<[string], JudicialFileRow>(
    sqlite,
    `SELECT ${FILE_COLUMNS} FROM judicial_files WHERE ${ownerColumn(ref)} = ? AND deleted_at IS NULL
     ORDER BY handed_over_on DESC, created_at DESC`,
  ).all(ref.id);
}

export function readJudicialFile(sqlite: Database.Database, id: string): JudicialFileRow | undefined {
  return cachedStatement<[string], JudicialFileRow>(
    sqlite,
    `SELECT ${FILE_COLUMNS} FROM judicial_files WHERE id = ? AND deleted_at IS NULL`,
  ).get(id);
}

/** In the order they happened. */
export function readJudicialEvents(sqlite: Database.Database, fileId: string): JudicialEventRow[] {
  return cachedStatement<[string], JudicialEventRow>(
    sqlite,
    `SELECT id, created_at AS createdAt, updated_at AS updatedAt, row_version AS rowVersion, deleted_at AS deletedAt,
       file_id AS fileId, occurred_on AS occurredOn, kind, amount_cents AS amountCents, note, advisor_id AS advisorId
     FROM judicial_events WHERE file_id = ? AND deleted_at IS NULL ORDER BY occurred_on, created_at`,
  ).all(fileId);
}

/** The latest "call before judicial recovery" task that was not cancelled: the personal contact. */
export function readContactTask(sqlite: Database.Database, ref: Ref): TaskRow | undefined {
  return cachedStatement<[string], TaskRow>(
    sqlite,
    `SELECT id, created_at AS createdAt, updated_at AS updatedAt, row_version AS rowVersion, deleted_at AS deletedAt,
       person_id AS personId, company_id AS companyId, branch_id AS branchId, kind, title, due_date AS dueDate, status,
       created_by AS createdBy, completed_at AS completedAt, completed_by AS completedBy, outcome,
       source_entity AS sourceEntity, source_id AS sourceId
     FROM tasks WHERE ${ownerColumn(ref)} = ? AND kind = 'call-before-judicial-recovery' AND status <> 'cancelled'
       AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1`,
  ).get(ref.id);
}
