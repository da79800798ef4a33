/**
 * The recovery path of one debtor: which step is validly reached, what comes next and when. The
 * engagement de service (point 4) promises reminders, account statements and a formal notice before
 * any judicial recovery, and a personal contact before the very first one; the delays between them
 * are the fund's settings (shared/rules/recovery-policy.ts). A payment plan, a pending exemption or
 * waiver request, or a bankruptcy suspend the path; a lapsed plan resumes it.
 */
import { addDays, type IsoDate } from '../calendar';
import { explain, type ExplanationLine } from '../explanation';
import { RECOVERY_POLICY_RULES as RULES } from '../../rules/recovery-policy';
import type {
  RecoveryAction,
  RecoveryDecision,
  RecoveryFacts,
  RecoverySettings,
  RecoveryStep,
  SuspensionReason,
} from './types';

type Reached = { step: RecoveryStep; on: IsoDate; lines: ExplanationLine[] };

/** Literal keys, so the catalogues' completeness test finds every one. */
const sentKeys = {
  reminder: 'explanation.recovery.sent.reminder',
  'account-statement': 'explanation.recovery.sent.accountStatement',
  'formal-notice': 'explanation.recovery.sent.formalNotice',
} as const;
const nextKeys: Record<RecoveryAction, string> = {
  none: 'explanation.recovery.next.none',
  'send-reminder': 'explanation.recovery.next.sendReminder',
  'send-account-statement': 'explanation.recovery.next.sendAccountStatement',
  'send-formal-notice': 'explanation.recovery.next.sendFormalNotice',
  'open-personal-contact': 'explanation.recovery.next.openPersonalContact',
  'complete-personal-contact': 'explanation.recovery.next.completePersonalContact',
  'hand-over': 'explanation.recovery.next.handOver',
  'follow-up-judicial': 'explanation.recovery.next.followUpJudicial',
};
const suspendedKeys: Record<SuspensionReason, string> = {
  'payment-plan': 'explanation.recovery.suspended.paymentPlan',
  'pending-request': 'explanation.recovery.suspended.pendingRequest',
  bankruptcy: 'explanation.recovery.suspended.bankruptcy',
};
type Next = { action: RecoveryAction; on: IsoDate | null; line: ExplanationLine };

const atOrAfter = (date: IsoDate | null, earliest: IsoDate): date is IsoDate => date !== null && date >= earliest;

/** A letter counts only when it follows the previous step after its delay: the path is never skipped. */
function reachedStep(facts: RecoveryFacts, settings: RecoverySettings, oldestDueDate: IsoDate): Reached {
  const lines = [explain('recovery.due', 'explanation.recovery.due', { dueDate: oldestDueDate }, null)];
  let reached: Reached = { step: 'due', on: oldestDueDate, lines };
  const letters: [keyof typeof sentKeys, IsoDate | null, number, keyof typeof RULES][] = [
    ['reminder', facts.reminderOn, settings.reminderAfterDueDays, 'reminderAfterDueDays'],
    ['account-statement', facts.accountStatementOn, settings.statementAfterReminderDays, 'statementAfterReminderDays'],
    ['formal-notice', facts.formalNoticeOn, settings.formalNoticeAfterStatementDays, 'formalNoticeAfterStatementDays'],
  ];
  for (const [step, sentOn, delay, rule] of letters) {
    if (!atOrAfter(sentOn, addDays(reached.on, delay))) return reached;
    lines.push(explain(`recovery.${step}`, sentKeys[step], { date: sentOn }, RULES[rule]));
    reached = { step, on: sentOn, lines };
  }
  const contact = validContact(facts, settings, reached.on);
  if (contact?.completedOn == null || facts.hasPriorJudicialFile) return reached;
  lines.push(
    explain(
      'recovery.personal-contact',
      'explanation.recovery.contactDone',
      { date: contact.completedOn },
      RULES.contactAfterFormalNoticeDays,
    ),
  );
  return { step: 'personal-contact', on: contact.completedOn, lines };
}

/** The personal-contact task counts when it was opened after the formal notice's delay. */
function validContact(facts: RecoveryFacts, settings: RecoverySettings, formalNoticeOn: IsoDate) {
  const contact = facts.contact;
  if (contact === null || contact.openedOn < addDays(formalNoticeOn, settings.contactAfterFormalNoticeDays))
    return null;
  if (contact.completedOn !== null && contact.completedOn < contact.openedOn) return null;
  return contact;
}

function nextLine(action: RecoveryAction, on: IsoDate | null, rule: keyof typeof RULES | null): Next {
  const params: Record<string, string> = on === null ? {} : { date: on };
  return {
    action,
    on,
    line: explain('recovery.next', nextKeys[action], params, rule && RULES[rule]),
  };
}

function nextAfterFormalNotice(facts: RecoveryFacts, settings: RecoverySettings, reached: Reached): Next {
  if (facts.hasPriorJudicialFile)
    return nextLine(
      'hand-over',
      addDays(reached.on, settings.contactAfterFormalNoticeDays),
      'contactAfterFormalNoticeDays',
    );
  const contact = validContact(facts, settings, reached.on);
  if (contact !== null) return nextLine('complete-personal-contact', contact.dueOn, 'contactTaskDays');
  return nextLine(
    'open-personal-contact',
    addDays(reached.on, settings.contactAfterFormalNoticeDays),
    'contactAfterFormalNoticeDays',
  );
}

function nextAction(facts: RecoveryFacts, settings: RecoverySettings, reached: Reached): Next {
  switch (reached.step) {
    case 'due':
      return nextLine('send-reminder', addDays(reached.on, settings.reminderAfterDueDays), 'reminderAfterDueDays');
    case 'reminder':
      return nextLine(
        'send-account-statement',
        addDays(reached.on, settings.statementAfterReminderDays),
        'statementAfterReminderDays',
      );
    case 'account-statement':
      return nextLine(
        'send-formal-notice',
        addDays(reached.on, settings.formalNoticeAfterStatementDays),
        'formalNoticeAfterStatementDays',
      );
    case 'formal-notice':
      return nextAfterFormalNotice(facts, settings, reached);
    default:
      return facts.contact?.hasPromise === true
        ? nextLine('hand-over', addDays(reached.on, settings.handOverAfterContactDays), 'handOverAfterContactDays')
        : nextLine('hand-over', reached.on, 'contactAfterFormalNoticeDays');
  }
}

function suspensionOf(facts: RecoveryFacts): SuspensionReason | null {
  if (facts.isBankrupt) return 'bankruptcy';
  if (facts.hasActivePlan) return 'payment-plan';
  if (facts.hasPendingRequest) return 'pending-request';
  return null;
}

function decision(
  step: RecoveryStep,
  next: Next | null,
  today: IsoDate,
  lines: ExplanationLine[],
  suspension: SuspensionReason | null = null,
): RecoveryDecision {
  const action = next?.action ?? 'none';
  const actionDueOn = next?.on ?? null;
  const isActionDue = action !== 'none' && (actionDueOn === null || actionDueOn <= today);
  return { step, suspension, action, actionDueOn, isActionDue, explanation: next ? [...lines, next.line] : lines };
}

/** Where this debtor is on the recovery path and what comes next, with the why of each step. */
export function decideRecovery(facts: RecoveryFacts, settings: RecoverySettings, today: IsoDate): RecoveryDecision {
  if (facts.judicial !== null) {
    const line = explain(
      'recovery.judicial',
      facts.judicial.kind === 'citation'
        ? 'explanation.recovery.judicialCitation'
        : 'explanation.recovery.judicialContrainte',
      { date: facts.judicial.handedOverOn },
      null,
    );
    return decision('judicial', nextLine('follow-up-judicial', null, null), today, [line]);
  }
  if (facts.oldestDueDate === null || facts.openCents <= 0)
    return decision('due', null, today, [explain('recovery.none', 'explanation.recovery.nothingDue', {}, null)]);
  const reached = reachedStep(facts, settings, facts.oldestDueDate);
  const suspension = suspensionOf(facts);
  if (suspension !== null) {
    const line = explain('recovery.suspended', suspendedKeys[suspension], {}, null);
    return decision(reached.step, null, today, [...reached.lines, line], suspension);
  }
  const next = nextAction(facts, settings, reached);
  if (next.action === 'hand-over' && facts.openCents < settings.judicialMinimumCents) {
    const line = explain(
      'recovery.threshold',
      'explanation.recovery.belowJudicialMinimum',
      {
        openCents: facts.openCents,
        minimumCents: settings.judicialMinimumCents,
      },
      RULES.judicialMinimumCents,
    );
    return decision(reached.step, null, today, [...reached.lines, line]);
  }
  return decision(reached.step, resumed(next, facts.resumedOn), today, reached.lines);
}

/** After a lapsed plan the path goes on, never earlier than the day it resumed. */
function resumed(next: Next, resumedOn: IsoDate | null): Next {
  if (resumedOn === null || next.on === null || next.on >= resumedOn) return next;
  return { ...next, on: resumedOn, line: { ...next.line, params: { ...next.line.params, date: resumedOn } } };
}
