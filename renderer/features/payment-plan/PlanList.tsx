/** The plans of the file and where they stand; a draft or a proposal can be reopened, an active plan reviewed. */
import { useTranslation } from 'react-i18next';
import type { PaymentPlanDto } from '../../../shared/contract/channels/payment-plan';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { planStatusLabel } from '../../ui/record-labels';

type Props = {
  plans: readonly PaymentPlanDto[];
  currentId: string | null;
  onOpen: (plan: PaymentPlanDto) => void;
  onReview: (plan: PaymentPlanDto) => void;
  onFollow: (plan: PaymentPlanDto) => void;
};

export function PlanList({ plans, currentId, onOpen, onReview, onFollow }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="plan-list-title">
      <h2 id="plan-list-title" className="card__title">
        {t('paymentPlan.list.title')}
      </h2>
      {plans.length === 0 ? (
        <p className="empty-note">{t('caseFile.plans.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('caseFile.plans.period')}</th>
              <th scope="col" className="amount">
                {t('caseFile.plans.total')}
              </th>
              <th scope="col">{t('caseFile.plans.instalments')}</th>
              <th scope="col">{t('caseFile.plans.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('caseFile.tasks.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => {
              const paid = plan.instalments.filter((instalment) => instalment.status === 'paid').length;
              const missed = plan.instalments.filter((instalment) => instalment.status === 'missed').length;
              return (
                <tr key={plan.id} className={plan.id === currentId ? 'is-current' : undefined}>
                  <td>
                    {format.date(plan.startDate)} – {format.date(plan.endDate)}
                  </td>
                  <td className="amount">{format.money(cents(plan.totalCents))}</td>
                  <td>
                    {t('caseFile.plans.paidCount', { paid, count: plan.instalments.length })}
                    {missed > 0 && (
                      <span className="badge badge--warning">{t('paymentPlan.list.missed', { count: missed })}</span>
                    )}
                  </td>
                  <td>
                    <span className={`status-pill plan-status--${plan.status}`}>{planStatusLabel(t, plan.status)}</span>
                    {plan.signedOn && (
                      <span className="plan-list__date">
                        {' '}
                        {t('paymentPlan.list.signedOn', { date: format.date(plan.signedOn) })}
                      </span>
                    )}
                  </td>
                  <td>
                    {(plan.status === 'draft' || plan.status === 'proposed') && (
                      <button type="button" className="button button--secondary" onClick={() => onOpen(plan)}>
                        {t('paymentPlan.list.open')}
                      </button>
                    )}
                    {plan.status === 'active' && (
                      <button type="button" className="button button--secondary" onClick={() => onReview(plan)}>
                        {t('paymentPlan.list.review')}
                      </button>
                    )}{' '}
                    <button type="button" className="button button--secondary" onClick={() => onFollow(plan)}>
                      {t('counter.plan.follow')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
