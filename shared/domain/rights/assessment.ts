import type { IsoDate } from '../calendar';
import type { ExplanationLine } from '../explanation';
import { explain } from '../explanation';
import type {
  LifeEvent,
  RightAmount,
  RightAssessment,
  RightKind,
  RightNextStep,
  RightsFacts,
  RightStatus,
} from './types';

/** One condition checked: met, failed, or not decidable from the case file (a fact to check). */
export type Condition = { readonly line: ExplanationLine; readonly result: 'met' | 'failed' | 'unknown' };

export function met(line: ExplanationLine): Condition {
  return { line, result: 'met' };
}

export function failed(line: ExplanationLine): Condition {
  return { line, result: 'failed' };
}

export function unknown(line: ExplanationLine): Condition {
  return { line, result: 'unknown' };
}

/** A failed condition decides; otherwise a missing fact leaves the right to check. */
export function statusOf(conditions: readonly Condition[]): RightStatus {
  if (conditions.some((condition) => condition.result === 'failed')) return 'not-eligible';
  if (conditions.some((condition) => condition.result === 'unknown')) return 'to-check';
  return 'eligible';
}

export type AssessmentDraft = {
  readonly right: RightKind;
  readonly event: LifeEvent | null;
  readonly conditions: readonly Condition[];
  readonly amount: RightAmount | null;
  /** The step when no application exists yet. */
  readonly nextStep: RightNextStep | null;
  readonly isFundInitiative: boolean;
};

/**
 * Finishes an assessment: status from the conditions, and the application that already answers
 * this right and event, if any. With one, the next step is to wait for (or nothing after) its
 * decision, so a scan never opens the same right twice.
 */
export function finishAssessment(facts: RightsFacts, draft: AssessmentDraft): RightAssessment {
  const eventId = draft.event === null ? null : draft.event.id;
  const application = facts.applications.find(
    (candidate) => candidate.right === draft.right && candidate.eventId === eventId,
  );
  const lines = draft.conditions.map((condition) => condition.line);
  const applicationLines =
    application === undefined
      ? []
      : [
          explain(
            'application.status',
            `rights.application.${application.status}`,
            { filedOn: application.filedOn, decidedOn: application.decidedOn ?? '' },
            null,
          ),
        ];
  const isPending =
    application !== undefined && (application.status === 'filed' || application.status === 'documents-requested');
  const nextStep: RightNextStep | null =
    application === undefined
      ? draft.nextStep
      : isPending
        ? { messageKey: 'rights.nextStep.awaitDecision', deadline: null }
        : null;
  const allLines = [...lines, ...applicationLines];
  return {
    right: draft.right,
    status: statusOf(draft.conditions),
    eventId,
    lines: allLines,
    amount: draft.amount,
    nextStep,
    isFundInitiative: draft.isFundInitiative,
    applicationId: application === undefined ? null : application.id,
    hasUnconfirmedFigure: allLines.some((line) => line.source !== null && !line.source.isConfirmed),
  };
}

/** The assessment of a right whose event falls in a year without benefit rules: to check, nothing guessed. */
export function rulesMissing(facts: RightsFacts, right: RightKind, event: LifeEvent, date: IsoDate): RightAssessment {
  return finishAssessment(facts, {
    right,
    event,
    conditions: [unknown(explain('rules.missing', 'rights.rulesMissing', { date }, null))],
    amount: null,
    nextStep: null,
    isFundInitiative: false,
  });
}

/** The later of two dates: a deadline is never before its event. */
export function notBefore(date: IsoDate, floor: IsoDate): IsoDate {
  return date < floor ? floor : date;
}
