/** The recovery vocabulary in the interface language: one literal key per value, so tsc checks each. */
import type { TFunction } from 'i18next';
import type {
  agentKinds,
  contactOutcomes,
  judicialClosures,
  judicialEventKinds,
} from '../../../shared/contract/channels/recovery';
import type { JudicialKind, RecoveryStep, SuspensionReason } from '../../../shared/domain/recovery/types';

type Outcome = (typeof contactOutcomes)[number];
type AgentKind = (typeof agentKinds)[number];
type EventKind = (typeof judicialEventKinds)[number];
type Closure = (typeof judicialClosures)[number];

export function stepLabel(t: TFunction, step: RecoveryStep): string {
  const labels: Record<RecoveryStep, string> = {
    due: t('recovery.steps.due'),
    reminder: t('recovery.steps.reminder'),
    'account-statement': t('recovery.steps.accountStatement'),
    'formal-notice': t('recovery.steps.formalNotice'),
    'personal-contact': t('recovery.steps.personalContact'),
    judicial: t('recovery.steps.judicial'),
  };
  return labels[step];
}

export function outcomeLabel(t: TFunction, outcome: Outcome): string {
  const labels: Record<Outcome, string> = {
    'promised-payment': t('recovery.contact.outcomes.promisedPayment'),
    'plan-requested': t('recovery.contact.outcomes.planRequested'),
    disputed: t('recovery.contact.outcomes.disputed'),
    'not-reached': t('recovery.contact.outcomes.notReached'),
  };
  return labels[outcome];
}

export function judicialKindLabel(t: TFunction, kind: JudicialKind): string {
  const labels: Record<JudicialKind, string> = {
    contrainte: t('recovery.kinds.contrainte'),
    citation: t('recovery.kinds.citation'),
    'bankruptcy-claim': t('recovery.kinds.bankruptcyClaim'),
  };
  return labels[kind];
}

export function agentLabel(t: TFunction, agent: AgentKind): string {
  const labels: Record<AgentKind, string> = {
    bailiff: t('recovery.agents.bailiff'),
    lawyer: t('recovery.agents.lawyer'),
    receiver: t('recovery.agents.receiver'),
  };
  return labels[agent];
}

export function eventLabel(t: TFunction, kind: EventKind): string {
  const labels: Record<EventKind, string> = {
    act: t('recovery.events.act'),
    hearing: t('recovery.events.hearing'),
    judgement: t('recovery.events.judgement'),
    costs: t('recovery.events.costs'),
    instalment: t('recovery.events.instalment'),
    'claim-filed': t('recovery.events.claimFiled'),
    note: t('recovery.events.note'),
    closure: t('recovery.events.closure'),
  };
  return labels[kind];
}

export function closureLabel(t: TFunction, closure: Closure): string {
  const labels: Record<Closure, string> = {
    paid: t('recovery.closures.paid'),
    'payment-plan': t('recovery.closures.paymentPlan'),
    irrecoverable: t('recovery.closures.irrecoverable'),
    withdrawn: t('recovery.closures.withdrawn'),
  };
  return labels[closure];
}

export function suspensionLabel(t: TFunction, reason: SuspensionReason): string {
  const labels: Record<SuspensionReason, string> = {
    'payment-plan': t('recovery.overview.suspended.paymentPlan'),
    'pending-request': t('recovery.overview.suspended.pendingRequest'),
    bankruptcy: t('recovery.overview.suspended.bankruptcy'),
  };
  return labels[reason];
}
