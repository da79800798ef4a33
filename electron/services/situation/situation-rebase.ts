/**
 * A granted reduction or increase of provisional contributions (AR 38 art. 11 §4) changes the
 * claimed quarters of its year the way a change of situation does: each is re-priced on the
 * requested income by the rules engine (the legal minimums still apply), a changed one is cancelled
 * and claimed anew, and a due notice is queued. Runs inside the decision's transaction.
 */
import { insertRow } from '../../../db/repositories/case-file-repo';
import type { Tx } from '../../../db/repositories/synced-rows';
import { GuichetError } from '../../../shared/contract/errors';
import { isoDateOf, toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { recomputeSituation } from '../../../shared/domain/situation/recompute';
import type { ContributionChange } from '../../../shared/domain/situation/types';
import type { ServiceContext } from '../service-context';
import { applyQuarters } from './situation-contributions';
import { loadFacts } from './situation-facts';

export type GrantedBasis = { requestId: string; personId: string; year: number; incomeCents: number };

/** Answers what the decision took off the claimed quarters (negative for an increase). */
export function rebaseOnGrantedRequest(tx: Tx, context: ServiceContext, granted: GrantedBasis): number {
  const change: ContributionChange = {
    kind: 'provisional-basis',
    year: granted.year,
    effectiveDate: isoDateOf(granted.year, 1, 1),
  };
  const facts = loadFacts(context.recorder.sqlite, granted.personId, change, toIsoDate(context.today()));
  const requested = new Map(facts.input.facts.requested);
  requested.set(granted.year, cents(granted.incomeCents));
  const outcome = recomputeSituation({ ...facts.input, facts: { ...facts.input.facts, requested } });
  if (!outcome.ok) throw new GuichetError('validation', outcome.error.messageKey, { params: outcome.error.params });
  const contributionIds = applyQuarters(tx, context.recorder, { facts, outcome: outcome.value }, facts.affiliation.id);
  if (contributionIds.length > 0) {
    insertRow(tx, context.recorder, 'letter', {
      personId: granted.personId,
      companyId: null,
      kind: 'due-notice',
      language: facts.person.language as 'fr' | 'nl' | 'de',
      status: 'queued',
      sourceEntity: 'request',
      sourceId: granted.requestId,
      issuedAt: null,
      payload: { requestId: granted.requestId, contributionIds },
    });
  }
  return -outcome.value.totalDifference;
}
