import type { Fraction } from '../domain/money';
import type { RuleValue } from './types';

/**
 * The default payment-plan policy. No legal text sets these: they are a fund's policy (the values
 * below are Securex's published ones) and each fund configures its own.
 */
const SECUREX = 'Securex lex-go "Hulp bij tijdelijke financiële problemen" (fund policy; no legal text found)';

export const PLAN_POLICY_RULES = {
  maxMonths: { value: 12, source: SECUREX, confidence: 'fund', isConfirmed: true },
  minAdvance: {
    value: { numerator: 1, denominator: 3 },
    source: `${SECUREX}: at least one third as an advance`,
    confidence: 'fund',
    isConfirmed: true,
  },
  maxBrokenPlans: {
    value: 2,
    source: `${SECUREX}: not eligible if 2 plans were not respected in the last 3 years`,
    confidence: 'fund',
    isConfirmed: true,
  },
  brokenPlansWindowMonths: {
    value: 36,
    source: `${SECUREX}: "in the last 3 years"`,
    confidence: 'fund',
    isConfirmed: true,
  },
  noJudicialProcedure: {
    value: true,
    source: `${SECUREX}: no court procedure (summons, dwangbevel) running for the same period`,
    confidence: 'fund',
    isConfirmed: true,
  },
  noActivePlan: {
    value: true,
    source: `${SECUREX}: new debts are added to the existing plan`,
    confidence: 'fund',
    isConfirmed: true,
  },
  onlyDueDebts: {
    value: true,
    source:
      'Xerius "betalingsmoeilijkheden": only debts already due; the current quarterly contributions must still be paid on time',
    confidence: 'fund',
    isConfirmed: true,
  },
  surchargesKeepRunning: {
    value: true,
    source: 'Incozina: legal surcharges keep being charged during the plan; a waiver can be requested afterwards',
    confidence: 'fund',
    isConfirmed: true,
  },
  missedInstalmentLapses: {
    value: true,
    source:
      'Not found explicitly. Fund practice implied by Incozina ("no forced recovery as long as the plan is strictly respected") and Securex',
    confidence: 'derived',
    isConfirmed: false,
  },
} satisfies Record<string, RuleValue<number | boolean | Fraction>>;
