/** Advisors with their branch, and their local sign-in credentials (never synced, never audited). */
import type { ChangeRecorder } from './change-recorder';
import { cachedStatement } from './statement-cache';
import type { AdvisorRole } from '../../shared/contract/channels/session';

export type AdvisorWithBranch = {
  id: string;
  username: string;
  displayName: string;
  role: AdvisorRole;
  branchId: string;
  branchCode: string;
  branchName: string;
};

export type Credentials = { passwordHash: string; salt: string; params: string };

type Sqlite = ChangeRecorder['sqlite'];

const SELECT_ADVISOR = `SELECT a.id, a.username, a.display_name AS displayName, a.role, a.branch_id AS branchId, b.code AS branchCode, b.name AS branchName
  FROM advisors a JOIN branches b ON b.id = a.branch_id WHERE a.deleted_at IS NULL`;

export function listAdvisors(sqlite: Sqlite): AdvisorWithBranch[] {
  return cachedStatement<[], AdvisorWithBranch>(sqlite, `${SELECT_ADVISOR} ORDER BY b.code, a.username`).all();
}

export function findAdvisorByUsername(sqlite: Sqlite, username: string): AdvisorWithBranch | undefined {
  return cachedStatement<[string], AdvisorWithBranch>(
    sqlite,
    `${SELECT_ADVISOR} AND a.username = ? COLLATE NOCASE`,
  ).get(username);
}

export function findAdvisor(sqlite: Sqlite, id: string): AdvisorWithBranch | undefined {
  return cachedStatement<[string], AdvisorWithBranch>(sqlite, `${SELECT_ADVISOR} AND a.id = ?`).get(id);
}

export function readCredentials(sqlite: Sqlite, advisorId: string): Credentials | undefined {
  return cachedStatement<[string], Credentials>(
    sqlite,
    'SELECT password_hash AS passwordHash, salt, params FROM advisor_credentials WHERE advisor_id = ?',
  ).get(advisorId);
}

export function writeCredentials(sqlite: Sqlite, advisorId: string, credentials: Credentials, at: string): void {
  cachedStatement(
    sqlite,
    `INSERT INTO advisor_credentials (advisor_id, password_hash, salt, params, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (advisor_id) DO UPDATE SET password_hash = excluded.password_hash, salt = excluded.salt, params = excluded.params, updated_at = excluded.updated_at`,
  ).run(advisorId, credentials.passwordHash, credentials.salt, credentials.params, at);
}
