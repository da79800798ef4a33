/**
 * What may merge silently and what may not. Legally significant facts (identity, NISS, IBAN,
 * affiliation category and dates, amounts, plan status) are never overwritten by a concurrent change:
 * the server keeps its value and records the other one in a conflict for an advisor to resolve.
 * Everything else merges per field, the later hybrid logical clock winning.
 */
export const syncedEntities = ['branch', 'advisor', 'person', 'company', 'address', 'affiliation'] as const;
export type SyncedEntity = (typeof syncedEntities)[number];

/** Reference data maintained at head office: every device reads it, no device writes it. */
export const referenceEntities: readonly string[] = ['branch', 'advisor'];

/** Entity of an outbox record that resolves a conflict rather than changing a row. */
export const CONFLICT_RESOLUTION_ENTITY = 'conflict';

const protectedByEntity: Record<string, readonly string[]> = {
  person: ['niss', 'lastName', 'firstName', 'birthDate', 'sex', 'iban', 'branchId', 'deletedAt'],
  company: ['enterpriseNumber', 'name', 'legalForm', 'branchId', 'deletedAt'],
  affiliation: ['category', 'startDate', 'endDate', 'personId', 'companyId', 'deletedAt'],
  address: ['personId', 'companyId'],
  // Arrive with the case-file work; listed now so the rule is in force from their first sync.
  payment_plan: ['status', 'startDate', 'deletedAt'],
  contribution: ['quarter', 'deletedAt'],
};

/** Columns the server maintains itself; a change never sets them directly. */
export const systemFields: readonly string[] = ['id', 'createdAt', 'updatedAt', 'rowVersion'];

/** Amounts are protected wherever they appear: every money column is named `*Cents`. */
export function isProtectedField(entity: string, field: string): boolean {
  return (protectedByEntity[entity] ?? []).includes(field) || field.endsWith('Cents');
}

export function protectedFieldsOf(entity: string): readonly string[] {
  return protectedByEntity[entity] ?? [];
}

/**
 * The case file a row belongs to: the unit of scope (branch, assignment) and of eviction.
 * Reference data belongs to none and is visible everywhere.
 */
export type CaseFileRoot = { kind: 'person' | 'company'; id: string };

export function caseFileRootOf(entity: string, id: string, data: Record<string, unknown>): CaseFileRoot | null {
  if (entity === 'person' || entity === 'company') return { kind: entity, id };
  const personId = data['personId'];
  const companyId = data['companyId'];
  if (typeof personId === 'string') return { kind: 'person', id: personId };
  if (typeof companyId === 'string') return { kind: 'company', id: companyId };
  return null;
}

/** Whether a change to this row can move its case file to another branch. */
export function isCaseFileRoot(entity: string): boolean {
  return entity === 'person' || entity === 'company';
}
