/**
 * A year without a rule table is refused, never served with another year's figures: the refusal
 * becomes a `validation` reply whose message names the year ("the 2027 figures are not yet in Guichet").
 */
import { GuichetError } from '../../shared/contract/errors';
import type { RulesLookup, YearRules } from '../../shared/rules';

export function rulesOrRefuse(lookup: RulesLookup): YearRules {
  if (lookup.ok) return lookup.value;
  throw new GuichetError('validation', lookup.error.messageKey, { params: { ...lookup.error.params } });
}
