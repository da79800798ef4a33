/**
 * A report naming case files is a read of each of them: one access-log entry per case file, in one
 * statement, before the file is written. Head office's console is the device (`head-office`), with
 * no advisor.
 */
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Queryable } from '../db/connection';
import type { ReportResult } from './run-report';

export const HEAD_OFFICE_DEVICE = 'head-office';

export async function recordReportAccess(db: Queryable, result: ReportResult, at: Date): Promise<number> {
  if (!result.definition.hasPersonalData) return 0;
  const entries = result.rows.flatMap((row) => {
    const caseFile = row['caseFileId'];
    if (typeof caseFile !== 'string') return [];
    return [{ id: uuidv7(), caseFile, kind: row['caseFileKind'] === 'company' ? 'company' : 'person' }];
  });
  if (entries.length === 0) return 0;
  const detail = `report ${result.definition.name} at ${result.to}`;
  // One JSON parameter, whatever the number of case files (a statement takes at most 65535 parameters).
  await db.execute(sql`INSERT INTO access_log (id, device_id, advisor_id, at, person_id, company_id, action, source, detail)
    SELECT entry.id, ${HEAD_OFFICE_DEVICE}, NULL, ${at.toISOString()}::timestamptz,
      CASE WHEN entry.kind = 'person' THEN entry.case_file END, CASE WHEN entry.kind = 'company' THEN entry.case_file END,
      'caseFile.export', NULL, ${detail}
    FROM jsonb_to_recordset(${JSON.stringify(entries.map((entry) => ({ id: entry.id, case_file: entry.caseFile, kind: entry.kind })))}::jsonb)
      AS entry(id text, case_file text, kind text)`);
  return entries.length;
}
