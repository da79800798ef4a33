/**
 * The account of the file: contributions by quarter with their status and the running balance,
 * then payments, surcharges and the incomes they were calculated on.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseFileDetail, ContributionStatus } from '../../../shared/contract/channels/case-file-detail';
import { formatStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { formatRate } from '../../ui/explanation-params';
import type { CaseFileRef } from '../../app/shell-store';
import { CounterPaymentForm } from './CounterPaymentForm';
import { contributionPeriod } from './contribution-period';

export function contributionStatusLabel(t: TFunction, status: ContributionStatus): string {
  switch (status) {
    case 'upcoming':
      return t('contribution.status.upcoming');
    case 'due':
      return t('contribution.status.due');
    case 'paid':
      return t('contribution.status.paid');
    case 'late':
      return t('contribution.status.late');
    case 'in-plan':
      return t('contribution.status.inPlan');
    case 'exempted':
      return t('contribution.status.exempted');
  }
}

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

export function ContributionsTab({ detail, caseFile }: { detail: CaseFileDetail; caseFile: CaseFileRef }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(cents(amount));
  const byId = new Map(detail.contributions.map((row) => [row.id, row]));
  return (
    <div className="stack">
      <CounterPaymentForm detail={detail} caseFile={caseFile} />

      <section className="card" aria-labelledby="contributions-title">
        <h2 id="contributions-title" className="card__title">
          {t('caseFile.contributions.title')}
        </h2>
        {detail.contributions.length === 0 ? (
          <p className="empty-note">{t('caseFile.contributions.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table contributions-table">
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
                  <th scope="col" className="amount">
                    {t('caseFile.contributions.runningBalance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {detail.contributions.map((row) => (
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
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="payments-title">
        <h2 id="payments-title" className="card__title">
          {t('caseFile.payments.title')}
        </h2>
        {detail.payments.length === 0 ? (
          <p className="empty-note">{t('caseFile.payments.empty')}</p>
        ) : (
          <table className="data-table">
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
              {detail.payments.map((payment) => {
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
        )}
      </section>

      <section className="card" aria-labelledby="surcharges-title">
        <h2 id="surcharges-title" className="card__title">
          {t('caseFile.surcharges.title')}
        </h2>
        {detail.surcharges.length === 0 ? (
          <p className="empty-note">{t('caseFile.surcharges.empty')}</p>
        ) : (
          <table className="data-table">
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
              {detail.surcharges.map((surcharge) => {
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
        )}
      </section>

      {detail.incomes.length > 0 && (
        <section className="card" aria-labelledby="incomes-title">
          <h2 id="incomes-title" className="card__title">
            {t('caseFile.incomes.title')}
          </h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('schedule.year')}</th>
                <th scope="col" className="amount">
                  {t('caseFile.incomes.amount')}
                </th>
                <th scope="col">{t('caseFile.incomes.source')}</th>
                <th scope="col">{t('caseFile.incomes.receivedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.incomes.map((income) => (
                <tr key={income.id}>
                  <td>{income.year}</td>
                  <td className="amount">{money(income.amountCents)}</td>
                  <td>
                    {income.source === 'tax-authority'
                      ? t('caseFile.incomes.taxAuthority')
                      : t('caseFile.incomes.estimate')}
                  </td>
                  <td>{format.date(income.receivedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
