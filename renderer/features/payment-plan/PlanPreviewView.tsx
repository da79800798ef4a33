/**
 * The computed plan: the debt it covers, the advance and monthly instalments, whether the fund's
 * policy accepts it — each refusal in plain words with its source — and the surcharges that keep
 * running while it is respected.
 */
import { useTranslation } from 'react-i18next';
import type { PlanPreview } from '../../../shared/contract/channels/payment-plan';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { ExplanationList } from '../../ui/ExplanationList';
import { translateDomainMessage } from '../../ui/explanation-params';

export function PlanPreviewView({ preview }: { preview: PlanPreview }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(cents(amount));
  return (
    <section className="card plan-preview" aria-labelledby="plan-preview-title" aria-live="polite">
      <h2 id="plan-preview-title" className="card__title">
        {t('paymentPlan.preview.title')}
      </h2>
      <dl className="plan-preview__totals">
        <div>
          <dt>{t('paymentPlan.preview.principal')}</dt>
          <dd>{money(preview.debt.principalCents)}</dd>
        </div>
        <div>
          <dt>{t('paymentPlan.preview.surcharges')}</dt>
          <dd>{money(preview.debt.surchargesCents)}</dd>
        </div>
        <div>
          <dt>{t('paymentPlan.preview.total')}</dt>
          <dd className="plan-preview__big" data-testid="plan-total">
            {money(preview.totalCents)}
          </dd>
        </div>
        <div>
          <dt>{t('paymentPlan.preview.duration')}</dt>
          <dd>{t('paymentPlan.preview.months', { count: preview.months, end: format.date(preview.endDate) })}</dd>
        </div>
      </dl>

      {preview.isEligible ? (
        <p className="plan-preview__verdict is-eligible" role="status">
          {t('paymentPlan.preview.eligible')}
        </p>
      ) : (
        <div className="plan-preview__verdict is-refused" role="alert">
          <p className="plan-preview__verdict-title">{t('paymentPlan.preview.refused')}</p>
          <ul>
            {preview.refusals.map((line) => (
              <li key={`${line.ruleKey}-${line.messageKey}`}>
                {translateDomainMessage(line.messageKey, line.params, t, (key) => i18n.exists(key), format)}
                {line.source && !line.source.isConfirmed && (
                  <span className="badge badge--warning">{t('explanationTerms.unconfirmed')}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      <table className="data-table plan-preview__schedule">
        <caption className="schedule-table__caption">{t('paymentPlan.preview.schedule')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('paymentPlan.preview.number')}</th>
            <th scope="col">{t('paymentPlan.preview.dueDate')}</th>
            <th scope="col" className="amount">
              {t('paymentPlan.preview.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.instalments.map((instalment) => (
            <tr key={instalment.number}>
              <th scope="row">
                {instalment.kind === 'advance'
                  ? t('paymentPlan.preview.advance')
                  : t('paymentPlan.preview.instalment', { number: instalment.number })}
              </th>
              <td>{format.date(instalment.dueDate)}</td>
              <td className="amount">{money(instalment.amountCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('paymentPlan.preview.total')}
            </th>
            <td className="amount">{money(preview.totalCents)}</td>
          </tr>
        </tfoot>
      </table>

      {preview.runningSurchargesCents > 0 && (
        <p className="plan-preview__running">
          {t('paymentPlan.preview.running', { amount: money(preview.runningSurchargesCents) })}
        </p>
      )}
      <details className="simulation__explanation">
        <summary>{t('paymentPlan.preview.explanation')}</summary>
        <ExplanationList lines={preview.explanation} />
      </details>
    </section>
  );
}
