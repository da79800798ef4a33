import { describe, expect, it } from 'vitest';
import { matchMovements, type OpenDebt } from '../../../shared/domain/bank-statement/matching';
import type { StatementMovement } from '../../../shared/domain/bank-statement/movement';
import { toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { ogmDigits } from '../../fixtures/statements/samples';

function credit(amount: number, reference: string | null, sign: 'credit' | 'debit' = 'credit'): StatementMovement {
  return {
    amount: cents(amount),
    sign,
    valueDate: toIsoDate('2026-11-20'),
    entryDate: toIsoDate('2026-11-20'),
    structuredCommunication: reference,
    freeCommunication: null,
    counterparty: { iban: null, name: null, bic: null },
    bankReference: 'x',
    line: 1,
  };
}

const q3 = ogmDigits('2026000301');
const q4 = ogmDigits('2026000401');
const debt = (reference: string, openCents: number): OpenDebt => ({
  contributionId: `c-${reference}`,
  structuredCommunication: reference,
  owner: { kind: 'person', id: 'p1' },
  openCents,
});
const debts = new Map([
  [q3, debt(q3, 87_171)],
  [q4, debt(q4, 0)],
]);

describe('matching credits to the debts their structured communication names', () => {
  it('matches the exact open amount and queues every other credit with its reason', () => {
    const outcomes = matchMovements(
      [
        credit(87_171, q3),
        credit(50_000, q4),
        credit(100, null),
        credit(100, ogmDigits('9999999999')),
        credit(1_540, null, 'debit'),
      ],
      debts,
    );
    expect(outcomes.map((outcome) => (outcome.kind === 'unmatched' ? outcome.reason : outcome.kind))).toEqual([
      'matched',
      'nothing-open',
      'no-reference',
      'unknown-reference',
      'debit',
    ]);
  });

  it('queues a partial payment and an overpayment with the debt they name, for staff to allocate', () => {
    const [partial, over] = matchMovements([credit(50_000, q3), credit(90_000, q3)], debts);
    expect(partial).toMatchObject({ kind: 'unmatched', reason: 'partial', debt: { contributionId: `c-${q3}` } });
    expect(over).toMatchObject({ kind: 'unmatched', reason: 'overpayment', debt: { contributionId: `c-${q3}` } });
  });

  it('sees a debt paid by an earlier credit of the same file as having nothing open', () => {
    const outcomes = matchMovements([credit(87_171, q3), credit(87_171, q3)], debts);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['matched', 'unmatched']);
    expect(outcomes[1]).toMatchObject({ reason: 'nothing-open' });
  });
});
