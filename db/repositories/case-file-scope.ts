/**
 * Which branch a case file belongs to, found from the case file itself or from a row hanging from
 * it: what the access check needs to keep an advisor to the case files of their branch.
 */
import type { ScopedEntity } from '../../shared/contract/access';
import type { ChangeRecorder } from './change-recorder';
import { cachedStatement } from './statement-cache';

type Sqlite = ChangeRecorder['sqlite'];

export type CaseFileTarget = { kind: 'person' | 'company'; id: string } | { entity: ScopedEntity; id: string };
export type CaseFileBranch = { branchId: string | null };

const viaOwner = (table: string) =>
  `SELECT COALESCE(p.branch_id, c.branch_id) AS branchId FROM ${table} r
   LEFT JOIN persons p ON p.id = r.person_id LEFT JOIN companies c ON c.id = r.company_id WHERE r.id = ?`;

const branchSql: Record<'person' | 'company' | Exclude<ScopedEntity, 'person'>, string> = {
  person: 'SELECT branch_id AS branchId FROM persons WHERE id = ?',
  company: 'SELECT branch_id AS branchId FROM companies WHERE id = ?',
  task: viaOwner('tasks'),
  complaint: viaOwner('complaints'),
  paymentPlan: viaOwner('payment_plans'),
  request: viaOwner('case_requests'),
  affiliation: viaOwner('affiliations'),
  letterQueue: viaOwner('letter_queue'),
  // An issued letter keeps the case file's reference (NISS or enterprise number), not its id.
  issuedLetter: `SELECT COALESCE(p.branch_id, c.branch_id) AS branchId FROM issued_letters l
   LEFT JOIN persons p ON p.niss = l.case_reference LEFT JOIN companies c ON c.enterprise_number = l.case_reference
   WHERE l.id = ?`,
  // A batch prints the letters of one branch, named by its code in the criteria.
  letterBatch: `SELECT b.id AS branchId FROM letter_batches lb
   LEFT JOIN branches b ON b.code = json_extract(lb.criteria, '$.branchCode') WHERE lb.id = ?`,
  // A draft belongs to the branch of the advisor who started it.
  intakeDraft: `SELECT a.branch_id AS branchId FROM intake_drafts d LEFT JOIN advisors a ON a.id = d.advisor_id
   WHERE d.id = ?`,
};

/** The branch of the case file `target` belongs to; undefined when there is no such row. */
export function findCaseFileBranch(sqlite: Sqlite, target: CaseFileTarget): CaseFileBranch | undefined {
  const key = 'kind' in target ? target.kind : target.entity;
  return cachedStatement<[string], CaseFileBranch>(sqlite, branchSql[key]).get(target.id);
}
