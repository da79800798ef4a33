/**
 * The access log (db/schema/access-log.ts): appended by the service that reads a case file, one
 * insert on a prepared statement so opening a file costs no more than it did; read back for a
 * person's own-data export and sent to head office in order of `seq`.
 */
import { v7 as uuidv7 } from 'uuid';
import type { AccessAction, AccessEntry, AccessSource } from '../../shared/contract/access-log-protocol';
import type { ChangeRecorder } from './change-recorder';
import { cachedStatement } from './statement-cache';

export type AccessWrite = {
  caseFile: { kind: 'person' | 'company'; id: string };
  action: AccessAction;
  source?: AccessSource | null | undefined;
  detail?: string | null | undefined;
};

/** Who and where come from the recorder's context (the signed-in advisor, this device), never from the caller. */
export function appendAccess(recorder: ChangeRecorder, entry: AccessWrite): void {
  const { context } = recorder;
  cachedStatement(
    recorder.sqlite,
    `INSERT INTO access_log (id, at, advisor_id, device_id, person_id, company_id, action, source, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    uuidv7(),
    recorder.timestamp(),
    context.advisorId,
    context.deviceId,
    entry.caseFile.kind === 'person' ? entry.caseFile.id : null,
    entry.caseFile.kind === 'company' ? entry.caseFile.id : null,
    entry.action,
    entry.source ?? null,
    entry.detail ?? null,
  );
}

export type AccessRow = AccessEntry & { seq: number; deviceId: string };

const columns = `seq, id, at, advisor_id AS advisorId, device_id AS deviceId, person_id AS personId,
  company_id AS companyId, action, source, detail`;

/** The entries after `afterSeq`, oldest first: what is still to go to head office. */
export function readAccessAfter(sqlite: ChangeRecorder['sqlite'], afterSeq: number, limit: number): AccessRow[] {
  return cachedStatement<[number, number], AccessRow>(
    sqlite,
    `SELECT ${columns} FROM access_log WHERE seq > ? ORDER BY seq LIMIT ?`,
  ).all(afterSeq, limit);
}

/** Every access to one case file recorded on this device, oldest first. */
export function readAccessOf(
  sqlite: ChangeRecorder['sqlite'],
  caseFile: { kind: 'person' | 'company'; id: string },
): AccessRow[] {
  const column = caseFile.kind === 'person' ? 'person_id' : 'company_id';
  return cachedStatement<[string], AccessRow>(
    sqlite,
    `SELECT ${columns} FROM access_log WHERE ${column} = ? ORDER BY at, seq`,
  ).all(caseFile.id);
}
