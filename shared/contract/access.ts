/**
 * Who may call each channel, declared once beside the contract and enforced by the hosts' one
 * dispatch before any handler runs. `satisfies Record<Channel, AccessRule>` makes a channel without
 * a rule a compile error, so no handler can forget its guard.
 *
 * - `public`: callable signed out and while the screen is locked. Only what the sign-in screen and
 *   a device not yet enrolled need, and nothing that carries an affiliate's data.
 * - `signedIn`: a signed-in advisor with the screen unlocked.
 * - a list of roles: as `signedIn`, and the advisor's role must be one of them.
 *
 * `caseFile` says where the input names the case file the call works on; the case file must be of
 * the advisor's branch, or (on a device synced with head office) be one head office put on this
 * device. `branchCodeField` names an input field holding a branch code that must be the advisor's.
 */
import type { Channel } from './app-contract';
import { requestDecidingRoles } from './channels/request';
import { planDecidingRoles } from './channels/payment-plan';
import { recoveryRoles } from './channels/recovery';
import { rightDecidingRoles } from './channels/rights';
import type { AdvisorRole } from './channels/session';
import { assigningRoles } from './channels/work-queue';
import { unmatchedQueueRoles } from './channels/bank-statement';
import { dashboardRoles } from './channels/dashboard';

/** Rows whose case file (or, for a draft or a batch, whose branch) the services can look up from their id. */
export const scopedEntities = [
  'person',
  'task',
  'paymentPlan',
  'request',
  'affiliation',
  'letterQueue',
  'issuedLetter',
  'letterBatch',
  'intakeDraft',
  'complaint',
] as const;
export type ScopedEntity = (typeof scopedEntities)[number];

/**
 * Where the input names its case file: a `{ kind, id }` reference (at the top level or under
 * `field`), or the id of a row that hangs from a case file. A locator whose field is absent from the
 * input does not apply (letters take either a queue item or a case file).
 */
export type CaseFileLocator =
  { ref: 'top' } | { ref: 'field'; field: string } | { entity: ScopedEntity; field: string };

export type Audience = 'public' | 'signedIn' | readonly AdvisorRole[];

export type AccessRule = {
  who: Audience;
  caseFile?: readonly CaseFileLocator[];
  branchCodeField?: string;
};

/** Batches print thousands of letters at night: the back office runs them. */
export const letterBatchRoles = ['back-office'] as const satisfies readonly AdvisorRole[];

const signedIn = { who: 'signedIn' } as const;
const onCaseFile = { who: 'signedIn', caseFile: [{ ref: 'top' }] } as const;
const onRow = (entity: ScopedEntity, field: string) => ({ who: 'signedIn', caseFile: [{ entity, field }] }) as const;
const batch = { who: letterBatchRoles } as const;

export const accessRules = {
  // Version and host for the window title; counts only, no personal data.
  'app.info': { who: 'public' },
  'caseFile.search': signedIn,
  'caseFile.get': onCaseFile,
  'caseFile.countMatches': signedIn,
  // The sign-in screen speaks the device's language before anyone signs in.
  'settings.get': { who: 'public' },
  'settings.update': signedIn,

  // The sign-in and lock screens. Unlocking needs the locked session, which `signedIn` would refuse;
  // the session itself refuses an unlock with nobody signed in.
  'session.current': { who: 'public' },
  'session.signIn': { who: 'public' },
  'session.signOut': { who: 'public' },
  'session.lock': { who: 'public' },
  'session.unlock': { who: 'public' },
  // The sign-in screen offers the advisors of this device (staff names, no affiliate data).
  'advisor.list': { who: 'public' },

  'caseFile.detail': onCaseFile,
  'caseFile.addNote': onCaseFile,
  'caseFile.audit': onCaseFile,
  'task.create': onCaseFile,
  'task.complete': onRow('task', 'taskId'),
  'task.listOpen': signedIn,
  'payment.record': onCaseFile,
  'caseFile.updatePerson': onRow('person', 'id'),

  // A draft is not a case file yet: it belongs to the branch of the advisor who started it, and
  // completing it creates the case file in the advisor's branch.
  'intake.start': signedIn,
  'intake.saveStep': onRow('intakeDraft', 'draftId'),
  'intake.get': onRow('intakeDraft', 'draftId'),
  'intake.listDrafts': signedIn,
  'intake.checkDuplicates': onRow('intakeDraft', 'draftId'),
  'intake.complete': onRow('intakeDraft', 'draftId'),
  'intake.discard': onRow('intakeDraft', 'draftId'),

  'simulation.run': signedIn,
  'simulation.apply': onRow('affiliation', 'affiliationId'),

  'paymentPlan.openDebts': onCaseFile,
  'paymentPlan.draft': onCaseFile,
  'paymentPlan.save': onCaseFile,
  'paymentPlan.propose': onRow('paymentPlan', 'planId'),
  'paymentPlan.sign': onRow('paymentPlan', 'planId'),
  'paymentPlan.recordMissed': { who: planDecidingRoles, caseFile: [{ entity: 'paymentPlan', field: 'planId' }] },
  'paymentPlan.review': onRow('paymentPlan', 'planId'),
  'paymentPlan.cancel': { who: planDecidingRoles, caseFile: [{ entity: 'paymentPlan', field: 'planId' }] },
  'paymentPlan.get': onRow('paymentPlan', 'planId'),

  'request.file': onCaseFile,
  'request.decide': { who: requestDecidingRoles, caseFile: [{ entity: 'request', field: 'requestId' }] },
  'request.list': onCaseFile,

  // Changes of situation are facts the affiliate declares: the counter files them (every role).
  'situation.preview': onRow('person', 'personId'),
  'situation.confirm': onRow('person', 'personId'),
  'situation.history': onRow('person', 'personId'),

  'letters.toPrint': signedIn,
  'letters.preview': {
    who: 'signedIn',
    caseFile: [
      { ref: 'field', field: 'caseFile' },
      { entity: 'letterQueue', field: 'queueId' },
    ],
  },
  'letters.issue': {
    who: 'signedIn',
    caseFile: [
      { ref: 'field', field: 'caseFile' },
      { entity: 'letterQueue', field: 'queueId' },
    ],
  },
  'letters.history': onCaseFile,
  'letters.reopen': onRow('issuedLetter', 'id'),
  'letters.exportPersonalData': onRow('person', 'personId'),
  'letters.verifyAttestation': signedIn,
  'letters.batchPreview': { ...batch, branchCodeField: 'branchCode' },
  'letters.batchStart': { ...batch, branchCodeField: 'branchCode' },
  'letters.batchCandidates': { ...batch, branchCodeField: 'branchCode' },
  'letters.batchStatus': { ...batch, caseFile: [{ entity: 'letterBatch', field: 'batchId' }] },
  'letters.batchCancel': { ...batch, caseFile: [{ entity: 'letterBatch', field: 'batchId' }] },
  'letters.batchResume': { ...batch, caseFile: [{ entity: 'letterBatch', field: 'batchId' }] },
  'letters.batchList': batch,
  'letters.batchOutput': { ...batch, caseFile: [{ entity: 'letterBatch', field: 'batchId' }] },

  // A device with head office has no advisors before its enrolment brings them: the status and the
  // one-time code (itself the credential, single use) must work signed out. A round on demand
  // answers the same status and does what the background loop does every minute anyway. Nothing
  // else of sync works signed out: pausing, the history and conflicts need an advisor.
  'sync.status': { who: 'public' },
  'sync.enrol': { who: 'public' },
  'sync.now': { who: 'public' },
  'sync.setPaused': signedIn,
  'sync.history': signedIn,
  'sync.storage': signedIn,
  'sync.rejected.retry': signedIn,
  // Audited: the advisor, the change and head office's reason are written with the discard.
  'sync.rejected.discard': signedIn,
  'sync.conflicts.list': signedIn,
  'sync.conflicts.resolve': signedIn,

  // The work queue is the advisor's own branch's (the handler reads the advisor's branch only). The
  // branch manager hands tasks and case files to advisors; any advisor may take a task for themself.
  'workQueue.list': signedIn,
  'workQueue.advisors': signedIn,
  'task.assign': { who: assigningRoles, caseFile: [{ entity: 'task', field: 'taskId' }] },
  'task.take': onRow('task', 'taskId'),
  'caseFile.contact': onCaseFile,
  'caseFile.assignAdvisor': { who: assigningRoles, caseFile: [{ ref: 'top' }] },
  'complaint.register': onCaseFile,
  'complaint.list': onCaseFile,
  'complaint.setStatus': onRow('complaint', 'complaintId'),
  'complaint.answer': onRow('complaint', 'complaintId'),
  'complaint.policy': signedIn,
  'recovery.status': onCaseFile,
  'recovery.openContact': onCaseFile,
  'recovery.completeContact': onCaseFile,
  // Handing a debt to a bailiff or a lawyer and following it up is the back office's work.
  'recovery.handOver': { who: recoveryRoles, caseFile: [{ ref: 'top' }] },
  'recovery.addJudicialEvent': { who: recoveryRoles, caseFile: [{ ref: 'top' }] },
  'recovery.formalNoticeCandidates': { ...batch, branchCodeField: 'branchCode' },
  'recovery.overview': { who: recoveryRoles, branchCodeField: 'branchCode' },
  // The fund's unmatched payments belong to no case file yet: back office only (head office checks it again).
  'bankStatement.unmatched': { who: unmatchedQueueRoles },
  'bankStatement.allocate': { who: unmatchedQueueRoles },

  // Rights: the counter records events, files applications and asks for documents; a decision is a
  // legal act with an appeal route, recorded by the back office or the branch manager.
  'rights.assess': onCaseFile,
  'rights.recordEvent': onCaseFile,
  'rights.apply': onCaseFile,
  'rights.requestDocuments': onCaseFile,
  'rights.decide': { who: rightDecidingRoles, caseFile: [{ ref: 'top' }] },
  // The branch's figures and its overdue tasks: the handlers read the advisor's own branch only.
  'dashboard.branch': { who: dashboardRoles },
  'dashboard.exportOverdueTasks': { who: dashboardRoles },
} as const satisfies Record<Channel, AccessRule>;

export type AccessRules = typeof accessRules;

/** Channels whose handler always receives a signed-in advisor. */
export type SignedInChannel = {
  [C in Channel]: AccessRules[C]['who'] extends 'public' ? never : C;
}[Channel];

export function isPublicChannel(channel: Channel): boolean {
  return accessRules[channel].who === 'public';
}

/** The roles a rule admits, or null when any signed-in advisor is admitted. */
export function rolesOf(rule: AccessRule): readonly AdvisorRole[] | null {
  return typeof rule.who === 'string' ? null : rule.who;
}
