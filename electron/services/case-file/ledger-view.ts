/**
 * Turns the ledger rows of a case file into what the view shows: each contribution's paid and open
 * amounts, its surcharges, its status today (upcoming, due, paid, late, in a plan, exempted) and the
 * running balance; and the totals. Plain arithmetic on integer cents.
 *
 * The running balance is what is still open today on this contribution and every one due before it.
 * Everything on a row is as of today: a balance taken at the due date instead would count a quarter
 * paid late as owed on the very row that says it is paid, and never catch up with payments made after
 * the last due date.
 */
import type { CaseFileDetail, ContributionStatus } from '../../../shared/contract/channels/case-file-detail';
import { quarterEnd, quarterOf, toIsoDate } from '../../../shared/domain/calendar';
import type {
  ContributionRecord,
  PaymentRecord,
  SurchargeRecord,
} from '../../../db/repositories/case-file-ledger-read';

export type LedgerView = Pick<CaseFileDetail, 'contributions' | 'payments' | 'surcharges' | 'balance'>;

export function buildLedgerView(
  contributionRows: readonly ContributionRecord[],
  paymentRows: readonly PaymentRecord[],
  surchargeRows: readonly SurchargeRecord[],
  inPlan: ReadonlySet<string>,
  today: string,
): LedgerView {
  const paidBy = new Map<string, number>();
  for (const payment of paymentRows) {
    if (payment.contributionId !== null)
      paidBy.set(payment.contributionId, (paidBy.get(payment.contributionId) ?? 0) + payment.amountCents);
  }
  const surchargeBy = new Map<string, number>();
  let surchargesOpen = 0;
  for (const surcharge of surchargeRows) {
    if (surcharge.isWaived) continue;
    surchargeBy.set(surcharge.contributionId, (surchargeBy.get(surcharge.contributionId) ?? 0) + surcharge.amountCents);
    surchargesOpen += surcharge.amountCents;
  }
  const currentQuarterEnd = quarterEnd(quarterOf(toIsoDate(today)));
  const visible = contributionRows.filter((row) => row.status !== 'cancelled');
  let claimed = 0;
  let overdue = 0;
  let openSoFar = 0;
  const labels = new Map<string, string>();
  const contributions = visible.map((row) => {
    const total = row.amountCents + row.feeCents;
    const paid = paidBy.get(row.id) ?? 0;
    const isExempted = row.status === 'exempted';
    const open = isExempted ? 0 : Math.max(0, total - paid);
    if (!isExempted) claimed += total;
    openSoFar += open;
    const status = statusOf(row, open, inPlan.has(row.id), today, currentQuarterEnd);
    if (open > 0 && row.dueDate < today) overdue += open;
    labels.set(row.id, row.quarter === null ? `${row.year}` : `${row.year}-Q${row.quarter}`);
    return {
      id: row.id,
      year: row.year,
      quarter: row.quarter,
      kind: row.kind,
      amountCents: row.amountCents,
      feeCents: row.feeCents,
      totalCents: total,
      paidCents: paid,
      openCents: open,
      surchargeCents: surchargeBy.get(row.id) ?? 0,
      dueDate: row.dueDate,
      structuredCommunication: row.structuredCommunication,
      status,
      runningBalanceCents: openSoFar,
    };
  });
  const paidTotal = paymentRows.reduce((sum, payment) => sum + payment.amountCents, 0);
  return {
    contributions,
    payments: paymentRows.map((payment) => ({
      id: payment.id,
      date: payment.date,
      amountCents: payment.amountCents,
      structuredCommunication: payment.structuredCommunication,
      contributionId: payment.contributionId,
      allocationLabel: payment.contributionId === null ? null : (labels.get(payment.contributionId) ?? null),
    })),
    surcharges: surchargeRows.map((row) => ({ ...row, isWaived: row.isWaived === 1 })),
    balance: {
      claimedCents: claimed,
      paidCents: paidTotal,
      overdueCents: overdue,
      surchargesOpenCents: surchargesOpen,
      balanceCents: claimed - paidTotal + surchargesOpen,
    },
  };
}

function statusOf(
  row: ContributionRecord,
  open: number,
  isInPlan: boolean,
  today: string,
  currentQuarterEnd: string,
): ContributionStatus {
  if (row.status === 'exempted') return 'exempted';
  if (open === 0) return 'paid';
  if (isInPlan) return 'in-plan';
  if (row.dueDate < today) return 'late';
  return row.dueDate <= currentQuarterEnd ? 'due' : 'upcoming';
}
