import type { RuleValue } from './types';

/**
 * Procedural rules of a change of situation, cited by shared/domain/situation. Quarters are
 * indivisible (PROCEDURES.quartersAreIndivisible): the quarter in which the change happens stays due
 * in full under the situation the person was in on its first day.
 */
function rule(value: string, source: string, confidence: RuleValue<string>['confidence']): RuleValue<string> {
  return { value, source, confidence, isConfirmed: false };
}

export const SITUATION_PROCEDURES = {
  cessationEndOfQuarter: rule(
    'A cessation (also bankruptcy, death, departure abroad) ends the affiliation on the last day of the quarter it happens in; that quarter is due in full, no later quarter is claimed',
    'AR 38 art. 11 (quarters indivisible); Securex; logo.pidj.net (article number not verified)',
    'fund',
  ),
  categoryFromNextQuarter: rule(
    'A change of category applies from the first quarter that begins on or after the date of the change; a quarter already begun stays due under the former category',
    'Derived from the indivisible quarter (Securex; logo.pidj.net); to confirm with INASTI',
    'derived',
  ),
  resumptionNewAffiliation: rule(
    'A resumption after a cessation is a new affiliation from the quarter of the resumption; its provisional contributions follow the usual bases (N-3 income, else the starter base)',
    'AR 38 art. 10 and 11 §3; UCM; Xerius',
    'fund',
  ),
  bankruptcySuspendsRecovery: rule(
    'A bankruptcy suspends individual recovery of the contributions due before it: the claim is filed with the trustee',
    'Code de droit économique, livre XX, art. XX.110 (suspension of individual enforcement); to confirm with the fund',
    'derived',
  ),
} as const;
