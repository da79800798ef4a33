/**
 * The account's long lists folded by year (ten years of quarters, payments and surcharges would make
 * one page thousands of pixels long): contributions by the year they fall due, so that the running
 * balance reads down the page in due-date order, payments and surcharges by their date. Each year's
 * summary line carries its totals. The current year is open, and so is every year with a late
 * contribution: the debts are what the advisor has to talk about.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import { formatStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import { fundDay } from '../../../shared/domain/fund-day';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { formatRate } from '../../ui/explanation-params';
import { YearFold, groupByYear, yearToOpen } from '../../ui/YearFold';
import { contributionPeriod } from './contribution-period';
import { contributionStatusLabel } from './contribution-status';

type Contribution = CaseFileDetail['contributions'][number];

const yearOfDate = (isoDate: string) => Number(isoDate.slice(0, 4));
const currentYear = () => yearOfDate(fundDay(new Date()));
const sum = <Row,>(rows: readonly Row[], amount: (row: Row) => number) =>
  rows.reduce((total, row) => total + amount(row), 0);

function surchargeKindLabel(t: TFunction, kind: 'quarterly' | 'year-end' | 'company-monthly'): string {
  switch (kind) {
    case 'quarterly':
      return t('surcharge.kind.quarterly');
    case 'year-end':
      return t('surcharge.kind.yearEnd');
    case 'company-monthly':
      return t('surcharge.kind.companyMonthly');
  }
}

function communication(value: string | null): string {
  if (!value) return '';
  const digits = value.replace(/\D/g, '');
  return digits.length === 12 ? formatStructuredCommunication(digits) : value;
}

export function ContributionsByYear({ contributions }: { contributions: readonly Contribution[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(cents(amount));
  const groups = groupByYear(contributions, (row) => yearOfDate(row.dueDate));
  const open = yearToOpen(
    groups.map((group) => group.year),
    currentYear(),
  );
  return (
    <div role="group" aria-label={t('account.yearsLabel')}>
      {groups.map(({ year, rows }) => {
        const claimed = sum(rows, (row) => (row.status === 'exempted' ? 0 : row.totalCents));
        const late = rows.filter((row) => row.status === 'late').length;
        return (
          <YearFold
            key={year}
            title={t('account.year', { year })}
            isOpen={year === open || late > 0}
            facts={[
              `${t('caseFile.contributions.claimed')} ${money(claimed)}`,
              `${t('caseFile.contributions.paid')} ${money(sum(rows, (row) => row.paidCents))}`,
              `${t('caseFile.contributions.open')} ${money(sum(rows, (row) => row.openCents))}`,
              ...(late > 0 ? [<span className="year-fold__late">{t('account.late', { count: late })}</span>] : []),
            ]}
          >
            <table className="data-table data-table--compact contributions-table">
              <thead>
                <tr>
                  <th scope="col">{t('caseFile.contributions.period')}</th>
                  <th scope="col">{t('caseFile.contributions.dueDate')}</th>
                  <th scope="col" className="amount">
                    {t('caseFile.contributions.claimed')}
                  </th>
                  <th scope="col" className="amount">
                    {t('caseFile.contributions.paid')}
                  </th>
                  <th scope="col" className="amount">
                    {t('caseFile.contributions.open')}
                  </th>
                  <th scope="col" className="amount">
                    {t('caseFile.contributions.surcharges')}
                  </th>
                  <th scope="col">{t('caseFile.contributions.status')}</th>
                  <th scope="col" className="amount" aria-describedby="running-balance-note">
                    {t('caseFile.contributions.runningBalance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{contributionPeriod(t, row)}</th>
                    <td>{format.date(row.dueDate)}</td>
                    <td className="amount">{money(row.totalCents)}</td>
                    <td className="amount">{money(row.paidCents)}</td>
                    <td className="amount">{money(row.openCents)}</td>
                    <td className="amount">{money(row.surchargeCents)}</td>
                    <td>
                      <span className={`status-pill contribution-status contribution-status--${row.status}`}>
                        {contributionStatusLabel(t, row.status)}
                      </span>
                    </td>
                    <td className="amount">{money(row.runningBalanceCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('account.yearTotal', { year })}
                  </th>
                  <td className="amount">{money(claimed)}</td>
                  <td className="amount">{money(sum(rows, (row) => row.paidCents))}</td>
                  <td className="amount">{money(sum(rows, (row) => row.openCents))}</td>
                  <td className="amount">{money(sum(rows, (row) => row.surchargeCents))}</td>
                  <td colSpan={2} />
                </tr>
              </tfoot>
            </table>
          </YearFold>
        );
      })}
    </div>
  );
}

export function PaymentsByYear({ detail }: { detail: Pick<CaseFileDetail, 'payments' | 'contributions'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(cents(amount));
  const byId = new Map(detail.contributions.map((row) => [row.id, row]));
  const groups = groupByYear(detail.payments, (payment) => yearOfDate(payment.date));
  const open = yearToOpen(
    groups.map((group) => group.year),
    currentYear(),
  );
  return (
    <div role="group" aria-label={t('caseFile.payments.title')}>
      {groups.map(({ year, rows }) => (
        <YearFold
          key={year}
          title={t('account.paymentsYear', { year })}
          isOpen={year === open}
          facts={[t('account.paymentCount', { count: rows.length }), money(sum(rows, (row) => row.amountCents))]}
        >
          <table className="data-table data-table--compact">
            <thead>
              <tr>
                <th scope="col">{t('caseFile.payments.date')}</th>
                <th scope="col" className="amount">
                  {t('caseFile.payments.amount')}
                </th>
                <th scope="col">{t('caseFile.payments.communication')}</th>
                <th scope="col">{t('caseFile.payments.allocation')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((payment) => {
                const target = payment.contributionId ? byId.get(payment.contributionId) : undefined;
                return (
                  <tr key={payment.id}>
                    <td>{format.date(payment.date)}</td>
                    <td className="amount">{money(payment.amountCents)}</td>
                    <td className="mono">{communication(payment.structuredCommunication)}</td>
                    <td>
                      {target
                        ? contributionPeriod(t, target)
                        : (payment.allocationLabel ?? t('caseFile.payments.credit'))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </YearFold>
      ))}
    </div>
  );
}

export function SurchargesByYear({ detail }: { detail: Pick<CaseFileDetail, 'surcharges' | 'contributions'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(cents(amount));
  const byId = new Map(detail.contributions.map((row) => [row.id, row]));
  const groups = groupByYear(detail.surcharges, (surcharge) => yearOfDate(surcharge.date));
  const open = yearToOpen(
    groups.map((group) => group.year),
    currentYear(),
  );
  return (
    <div role="group" aria-label={t('caseFile.surcharges.title')}>
      {groups.map(({ year, rows }) => (
        <YearFold
          key={year}
          title={t('account.surchargesYear', { year })}
          isOpen={year === open}
          facts={[
            t('account.surchargeCount', { count: rows.length }),
            money(sum(rows, (row) => (row.isWaived ? 0 : row.amountCents))),
          ]}
        >
          <table className="data-table data-table--compact">
            <thead>
              <tr>
                <th scope="col">{t('caseFile.surcharges.date')}</th>
                <th scope="col">{t('caseFile.surcharges.kind')}</th>
                <th scope="col">{t('caseFile.contributions.period')}</th>
                <th scope="col" className="amount">
                  {t('caseFile.surcharges.base')}
                </th>
                <th scope="col" className="amount">
                  {t('caseFile.surcharges.rate')}
                </th>
                <th scope="col" className="amount">
                  {t('caseFile.surcharges.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((surcharge) => {
                const target = byId.get(surcharge.contributionId);
                return (
                  <tr key={surcharge.id} className={surcharge.isWaived ? 'is-waived' : undefined}>
                    <td>{format.date(surcharge.date)}</td>
                    <td>
                      {surchargeKindLabel(t, surcharge.kind)}
                      {surcharge.isWaived && <span className="badge">{t('caseFile.surcharges.waived')}</span>}
                    </td>
                    <td>{target ? contributionPeriod(t, target) : ''}</td>
                    <td className="amount">{money(surcharge.baseCents)}</td>
                    <td className="amount">{formatRate(surcharge.ratePpm, format)}</td>
                    <td className="amount">{money(surcharge.amountCents)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </YearFold>
      ))}
    </div>
  );
}
