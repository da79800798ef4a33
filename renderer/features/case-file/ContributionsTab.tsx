/**
 * The account of the file: contributions by quarter with their status and the running balance,
 * then payments, surcharges and the incomes they were calculated on; the long lists folded by year.
 */
import { useTranslation } from 'react-i18next';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import type { CaseFileRef } from '../../app/shell-store';
import { ContributionsByYear, PaymentsByYear, SurchargesByYear } from './AccountByYear';
import { CounterPaymentForm } from './CounterPaymentForm';

export function ContributionsTab({ detail, caseFile }: { detail: CaseFileDetail; caseFile: CaseFileRef }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(cents(amount));
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
          <>
            <p id="running-balance-note" className="account__note">
              {t('account.runningBalanceNote')}
            </p>
            <ContributionsByYear contributions={detail.contributions} />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="payments-title">
        <h2 id="payments-title" className="card__title">
          {t('caseFile.payments.title')}
        </h2>
        {detail.payments.length === 0 ? (
          <p className="empty-note">{t('caseFile.payments.empty')}</p>
        ) : (
          <PaymentsByYear detail={detail} />
        )}
      </section>

      <section className="card" aria-labelledby="surcharges-title">
        <h2 id="surcharges-title" className="card__title">
          {t('caseFile.surcharges.title')}
        </h2>
        {detail.surcharges.length === 0 ? (
          <p className="empty-note">{t('caseFile.surcharges.empty')}</p>
        ) : (
          <SurchargesByYear detail={detail} />
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
