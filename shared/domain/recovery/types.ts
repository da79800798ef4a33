import type { IsoDate } from '../calendar';
import type { ExplanationLine } from '../explanation';

/** The steps of the recovery path, in the order the engagement de service (point 4) promises them. */
export const recoverySteps = [
  'due',
  'reminder',
  'account-statement',
  'formal-notice',
  'personal-contact',
  'judicial',
] as const;
export type RecoveryStep = (typeof recoverySteps)[number];

/** What the fund does next for this debtor. */
export const recoveryActions = [
  'none',
  'send-reminder',
  'send-account-statement',
  'send-formal-notice',
  'open-personal-contact',
  'complete-personal-contact',
  'hand-over',
  'follow-up-judicial',
] as const;
export type RecoveryAction = (typeof recoveryActions)[number];

export const suspensionReasons = ['payment-plan', 'pending-request', 'bankruptcy'] as const;
export type SuspensionReason = (typeof suspensionReasons)[number];

export const judicialKinds = ['contrainte', 'citation', 'bankruptcy-claim'] as const;
export type JudicialKind = (typeof judicialKinds)[number];

/** The fund's delays (days) and threshold (cents); defaults in shared/rules/recovery-policy.ts. */
export type RecoverySettings = {
  readonly reminderAfterDueDays: number;
  readonly statementAfterReminderDays: number;
  readonly formalNoticeAfterStatementDays: number;
  readonly contactAfterFormalNoticeDays: number;
  readonly contactTaskDays: number;
  readonly handOverAfterContactDays: number;
  readonly judicialMinimumCents: number;
};

/**
 * What the path is decided from. Letters count from the oldest unpaid due date on: those sent for an
 * earlier, since settled debt belong to another path.
 */
export type RecoveryFacts = {
  /** The oldest due date of a contribution still unpaid; null when nothing is due. */
  readonly oldestDueDate: IsoDate | null;
  readonly openCents: number;
  /** The latest letter of each kind issued on or after the oldest due date. */
  readonly reminderOn: IsoDate | null;
  readonly accountStatementOn: IsoDate | null;
  readonly formalNoticeOn: IsoDate | null;
  /** The personal-contact task opened on or after the formal notice, if any. */
  readonly contact: {
    readonly openedOn: IsoDate;
    readonly dueOn: IsoDate;
    /** Set once the task is done with its outcome. */
    readonly completedOn: IsoDate | null;
    /** The debtor promised to pay or asked for a plan: the hand-over waits to see it kept. */
    readonly hasPromise: boolean;
  } | null;
  /** An open judicial file (contrainte, citation); a bankruptcy claim is `isBankrupt`. */
  readonly judicial: { readonly kind: JudicialKind; readonly handedOverOn: IsoDate } | null;
  /** Has the debtor ever been handed over (the personal contact is promised before the very first time). */
  readonly hasPriorJudicialFile: boolean;
  readonly hasActivePlan: boolean;
  readonly hasPendingRequest: boolean;
  readonly isBankrupt: boolean;
  /** The day the latest payment plan lapsed (a missed instalment): the path resumes from then. */
  readonly resumedOn: IsoDate | null;
};

export type RecoveryDecision = {
  /** The last step validly reached on the path. */
  readonly step: RecoveryStep;
  readonly suspension: SuspensionReason | null;
  readonly action: RecoveryAction;
  /** When the action is due (may be in the past: overdue); null when there is none. */
  readonly actionDueOn: IsoDate | null;
  /** True when the action is due on or before today. */
  readonly isActionDue: boolean;
  readonly explanation: readonly ExplanationLine[];
};
