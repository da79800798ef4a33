/**
 * The preview of a change of situation: what it does to the provisional contributions, quarter by
 * quarter, and which notice it will queue. Reads only.
 */
import type Database from 'better-sqlite3';
import type { SituationChangeInput, SituationPreview } from '../../../shared/contract/channels/situation';
import { GuichetError } from '../../../shared/contract/errors';
import { toIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { isBelgianPostalCode } from '../../../shared/domain/identifiers/postal-code';
import { ZERO_CENTS } from '../../../shared/domain/money';
import { recomputeSituation } from '../../../shared/domain/situation/recompute';
import type { ContributionChange, FiledChange, SituationOutcome } from '../../../shared/domain/situation/types';
import { loadFacts, loadPerson, type SituationFacts } from './situation-facts';

export type Computed = { facts: SituationFacts; outcome: SituationOutcome };

export function asContributionChange(change: SituationChangeInput): FiledChange | null {
  const effectiveDate = toIsoDate(change.effectiveDate);
  switch (change.kind) {
    case 'category':
    case 'resumption':
      return { kind: change.kind, category: change.category, effectiveDate };
    case 'cessation':
      return { kind: 'cessation', reason: change.reason, effectiveDate };
    default:
      return null;
  }
}

/** The recomputation, or the domain's refusal as a translated error. */
export function compute(sqlite: Database.Database, personId: string, change: ContributionChange, today: IsoDate) {
  const facts = loadFacts(sqlite, personId, change, today);
  const outcome = recomputeSituation(facts.input);
  if (!outcome.ok) throw new GuichetError('validation', outcome.error.messageKey, { params: outcome.error.params });
  return { facts, outcome: outcome.value };
}

export function checkAddress(change: SituationChangeInput): void {
  // Only Belgian codes have a list to check against; an address abroad is taken as written.
  if (change.kind === 'address' && (change.country ?? 'BE') === 'BE' && !isBelgianPostalCode(change.postalCode)) {
    throw new GuichetError('validation', 'errors.validation', {
      issues: [{ path: 'change.postalCode', messageKey: 'situation.validation.postalCodeUnknown' }],
    });
  }
}

/** A cessation is confirmed by letter; other changes send a due notice when a quarter is claimed anew. */
export function noticeOf(change: ContributionChange, outcome: SituationOutcome): SituationPreview['notice'] {
  if (change.kind === 'cessation') return 'cessation-confirmation';
  const isClaimedAnew = outcome.quarters.some((row) => row.after !== null && row.action !== 'keep');
  return isClaimedAnew ? 'due-notice' : null;
}

export function previewOf(computed: Computed, change: ContributionChange): SituationPreview {
  const { facts, outcome } = computed;
  return {
    subject: { entity: 'affiliation', id: facts.affiliation.id, rowVersion: facts.affiliation.rowVersion },
    category: outcome.category,
    startDate: outcome.startDate,
    endDate: outcome.endDate,
    quarters: outcome.quarters.map((row) => ({
      quarter: row.quarter,
      before: row.before,
      after: row.after,
      difference: row.difference,
      action: row.action,
    })),
    totalDifference: outcome.totalDifference,
    yearsWithoutRules: [...outcome.yearsWithoutRules],
    notice: noticeOf(change, outcome),
    explanation: [...outcome.explanation],
  };
}

/** A move or a contact change moves no contribution: its preview names the person's version only. */
export function personOnlyPreview(sqlite: Database.Database, personId: string): SituationPreview {
  const person = loadPerson(sqlite, personId);
  return {
    subject: { entity: 'person', id: person.id, rowVersion: person.rowVersion },
    category: null,
    startDate: null,
    endDate: null,
    quarters: [],
    totalDifference: ZERO_CENTS,
    yearsWithoutRules: [],
    notice: null,
    explanation: [],
  };
}

export function previewSituation(
  sqlite: Database.Database,
  personId: string,
  change: SituationChangeInput,
  today: IsoDate,
): SituationPreview {
  checkAddress(change);
  const contributionChange = asContributionChange(change);
  if (contributionChange === null) return personOnlyPreview(sqlite, personId);
  return previewOf(compute(sqlite, personId, contributionChange, today), contributionChange);
}
