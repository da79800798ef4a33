/**
 * What may merge silently and what may not. Legally significant facts (identity, NISS, IBAN,
 * affiliation category and dates, amounts, contribution and plan status, dates with legal effect)
 * are never overwritten by a concurrent change: the server keeps its value and records the other one
 * in a conflict for an advisor to resolve. Everything else merges per field, the later hybrid
 * logical clock winning.
 *
 * Every table holding a shared fact of a case file syncs. Tables that stay on the device, and why:
 * - intake drafts (`intakeDraft`): a wizard half-way through, possibly abandoned; what it produces (the
 *   person, the company, the affiliation) syncs once it is completed;
 * - sessions and advisor credentials: sign-in on this device (credentials travel with the advisor
 *   reference data through the app-sync work, not as a case-file fact);
 * - the issued-letters archive and letter batches: they name PDF files on this device's disk; the
 *   letters still to issue (`letter`, the queue) do sync;
 * - the audit log, the outbox, settings and sync bookkeeping: the server keeps its own audit (every
 *   mutation, with its advisor) and its own state.
 */
export const syncedEntities = [
  'branch',
  'advisor',
  'person',
  'company',
  'address',
  'affiliation',
  'mandate',
  'spouseLink',
  'affiliationPeriod',
  'income',
  'contribution',
  'payment',
  'surcharge',
  'paymentPlan',
  'paymentPlanInstalment',
  'paymentPlanEvent',
  'request',
  'interaction',
  'task',
  'letter',
  'complaint',
  'caseFileAdvisor',
  'situationChange',
  'judicialFile',
  'judicialEvent',
  'lifeEvent',
  'rightApplication',
] as const;
export type SyncedEntity = (typeof syncedEntities)[number];

/** Written through the outbox like any row, but never pushed: they stay on the device (see above). */
export const deviceLocalEntities: readonly string[] = ['intakeDraft'];

/** Reference data maintained at head office: every device reads it, no device writes it. */
export const referenceEntities: readonly string[] = ['branch', 'advisor'];

/** Entity of an outbox record that resolves a conflict rather than changing a row. */
export const CONFLICT_RESOLUTION_ENTITY = 'conflict';

/** The owner of a row is part of its legal meaning: moving a debt to another case file is never silent. */
const owners = ['personId', 'companyId'];

const protectedByEntity: Record<string, readonly string[]> = {
  person: ['niss', 'lastName', 'firstName', 'birthDate', 'sex', 'iban', 'branchId', 'deletedAt'],
  company: ['enterpriseNumber', 'name', 'legalForm', 'branchId', 'deletedAt'],
  affiliation: ['category', 'startDate', 'endDate', ...owners, 'deletedAt'],
  address: owners,
  mandate: ['role', 'startDate', 'endDate', 'isJointlyLiable', ...owners, 'deletedAt'],
  spouseLink: ['helperPersonId', 'assistedPersonId', 'startDate', 'endDate', 'deletedAt'],
  affiliationPeriod: ['affiliationId', 'category', 'validFrom', 'validTo', 'isPrimoStarter', 'deletedAt'],
  income: ['year', 'source', 'receivedOn', ...owners, 'deletedAt'],
  contribution: [
    'year',
    'quarter',
    'kind',
    'dueDate',
    'status',
    'structuredCommunication',
    'affiliationId',
    ...owners,
    'deletedAt',
  ],
  // The allocation of a payment (contribution, plan) decides which debt it settles.
  payment: ['date', 'structuredCommunication', 'contributionId', 'paymentPlanId', ...owners, 'deletedAt'],
  surcharge: ['contributionId', 'kind', 'date', 'ratePpm', 'isWaived', ...owners, 'deletedAt'],
  paymentPlan: [
    'status',
    'contributionIds',
    'termsKind',
    'termsMonths',
    'atDate',
    'startDate',
    'endDate',
    'signedOn',
    'lapsedOn',
    ...owners,
    'deletedAt',
  ],
  paymentPlanInstalment: ['planId', 'number', 'kind', 'dueDate', 'status', 'deletedAt'],
  paymentPlanEvent: ['planId', 'status', 'deletedAt'],
  request: ['kind', 'status', 'quarters', 'year', 'filedOn', 'decidedOn', 'affiliationId', ...owners, 'deletedAt'],
  interaction: owners,
  task: owners,
  letter: ['status', 'issuedAt', ...owners],
  // The answer due date is set by law or charter from the reception date; the status is what the
  // Ombudsman asks about.
  complaint: ['receivedOn', 'answerDueOn', 'status', 'answeredOn', ...owners, 'deletedAt'],
  caseFileAdvisor: owners,
  situationChange: ['kind', 'effectiveDate', 'reason', 'affiliationId', ...owners, 'deletedAt'],
  // A hand-over, its agent and its closure have legal effect; the follow-up notes merge per field.
  judicialFile: [
    'kind',
    'agentKind',
    'handedOverOn',
    'status',
    'judgementOn',
    'closedOn',
    'closure',
    ...owners,
    'deletedAt',
  ],
  judicialEvent: ['fileId', 'kind', 'occurredOn', 'deletedAt'],
  // The event's kind, date and ground decide which right opens; the decision on an application is a legal act.
  lifeEvent: ['kind', 'eventDate', 'cessationGround', 'isStillbirth', 'personId', 'deletedAt'],
  rightApplication: ['right', 'eventId', 'status', 'filedOn', 'decidedOn', 'months', 'personId', 'deletedAt'],
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
export type RowRef = { entity: string; id: string };

/**
 * How a row reaches its case file: it is the root, it names its root, or only its parent knows the
 * root (an instalment → its plan → the person). The server resolves a parent from the row it stores,
 * never from what a client says about the parent.
 */
export type CaseFileLink = { root: CaseFileRoot } | { parent: RowRef } | null;

/** Children whose case file is their parent's. */
const parentField: Record<string, { field: string; entity: string }> = {
  affiliationPeriod: { field: 'affiliationId', entity: 'affiliation' },
  paymentPlanInstalment: { field: 'planId', entity: 'paymentPlan' },
  paymentPlanEvent: { field: 'planId', entity: 'paymentPlan' },
  judicialEvent: { field: 'fileId', entity: 'judicialFile' },
};

export function caseFileLinkOf(entity: string, id: string, data: Record<string, unknown>): CaseFileLink {
  if (entity === 'person' || entity === 'company') return { root: { kind: entity, id } };
  const parent = parentField[entity];
  if (parent) {
    const parentId = data[parent.field];
    return typeof parentId === 'string' ? { parent: { entity: parent.entity, id: parentId } } : null;
  }
  // A helping spouse belongs to the case file of the self-employed person they assist.
  const personId = entity === 'spouseLink' ? data['assistedPersonId'] : data['personId'];
  const companyId = data['companyId'];
  if (typeof personId === 'string') return { root: { kind: 'person', id: personId } };
  if (typeof companyId === 'string') return { root: { kind: 'company', id: companyId } };
  return null;
}

/** The root when the row names it directly; null for reference data and for rows only their parent places. */
export function caseFileRootOf(entity: string, id: string, data: Record<string, unknown>): CaseFileRoot | null {
  const link = caseFileLinkOf(entity, id, data);
  return link !== null && 'root' in link ? link.root : null;
}

/** Whether a change to this row can move its case file to another branch. */
export function isCaseFileRoot(entity: string): boolean {
  return entity === 'person' || entity === 'company';
}

/**
 * Natural keys unique across the fund (and unique in every device's database). Two devices that
 * create the same NISS offline make two rows: head office keeps both and records a duplicate
 * conflict, and a device that already holds one of them sets the other aside instead of failing.
 */
const naturalKeyField: Record<string, string> = { person: 'niss', company: 'enterpriseNumber' };

export function naturalKeyFieldOf(entity: string): string | null {
  return naturalKeyField[entity] ?? null;
}

/** `entity:value` for a row holding a natural key, null otherwise. Tombstones keep theirs: the local index covers them. */
export function naturalKeyOf(entity: string, data: Record<string, unknown>): string | null {
  const field = naturalKeyField[entity];
  if (field === undefined) return null;
  const value = data[field];
  return typeof value === 'string' && value !== '' ? `${entity}:${value}` : null;
}
