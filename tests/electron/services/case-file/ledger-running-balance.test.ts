/**
 * The running balance of the account ("solde cumulé"): what is still open today on a contribution
 * and every one due before it, so a quarter paid late reads 0 once nothing before it is open.
 */
import { describe, expect, it } from 'vitest';
import type { ContributionRecord, PaymentRecord } from '../../../../db/repositories/case-file-ledger-read';
import { buildLedgerView } from '../../../../electron/services/case-file/ledger-view';

function quarter(index: 1 | 2 | 3 | 4, status: ContributionRecord['status'] = 'open'): ContributionRecord {
  return {
    id: `c${index}`,
    affiliationId: null,
    year: 2025,
    quarter: index,
    kind: 'provisional',
    amountCents: 90_000,
    feeCents: 3_555,
    dueDate: ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'][index - 1]!,
    status,
    structuredCommunication: `00000000000${index}`,
    rowVersion: 1,
  };
}

function payment(contributionId: string | null, date: string, amountCents = 93_555): PaymentRecord {
  return {
    id: `p-${contributionId}-${date}`,
    date,
    amountCents,
    structuredCommunication: null,
    contributionId,
    paymentPlanId: null,
  };
}

const balances = (contributions: ContributionRecord[], payments: PaymentRecord[]) =>
  buildLedgerView(contributions, payments, [], new Set(), '2026-02-15').contributions.map((row) => [
    row.status,
    row.runningBalanceCents,
  ]);

describe('the running balance of the account', () => {
  it('is 0 on quarters paid late once everything before them is paid', () => {
    expect(
      balances(
        [quarter(1), quarter(2), quarter(3), quarter(4)],
        // Q1 paid four months after its due date, Q4 in the next year: both after their due dates.
        [
          payment('c1', '2025-07-31'),
          payment('c2', '2025-06-20'),
          payment('c3', '2025-09-30'),
          payment('c4', '2026-01-20'),
        ],
      ),
    ).toEqual([
      ['paid', 0],
      ['paid', 0],
      ['paid', 0],
      ['paid', 0],
    ]);
  });

  it('carries an earlier open quarter onto the paid ones after it, and adds what each still owes', () => {
    expect(
      balances(
        [quarter(1), quarter(2), quarter(3, 'exempted'), quarter(4)],
        [payment('c2', '2025-06-30'), payment('c4', '2026-01-05', 50_000), payment(null, '2026-01-06', 10_000)],
      ),
    ).toEqual([
      ['late', 93_555],
      ['paid', 93_555],
      ['exempted', 93_555],
      ['late', 93_555 + 43_555],
    ]);
  });
});
