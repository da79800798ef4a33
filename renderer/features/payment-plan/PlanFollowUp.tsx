/**
 * Following a plan up: its instalments and where each stands; a missed instalment recorded (the
 * policy then tolerates it or the plan lapses, and the services open the call task) and a draft or
 * proposal cancelled with its reason. Both are decisions: only the deciding roles are offered them.
 */
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { planDecidingRoles, type PaymentPlanDto } from '../../../shared/contract/channels/payment-plan';
import type { ContractError } from '../../../shared/contract/errors';
import { cents } from '../../../shared/domain/money';
import { useApi } from '../../api/ApiProvider';
import { useSessionStore } from '../../app/session-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';

type Instalment = PaymentPlanDto['instalments'][number];

function instalmentStatusLabel(t: TFunction, status: Instalment['status']): string {
  switch (status) {
    case 'pending':
      return t('counter.plan.pending');
    case 'paid':
      return t('counter.plan.paid');
    case 'missed':
      return t('counter.plan.missed');
  }
}

/** What the services did after a missed instalment, in the advisor's words. */
function consequence(t: TFunction, plan: PaymentPlanDto): string {
  return plan.status === 'lapsed' ? t('counter.plan.lapsed') : t('counter.plan.tolerated');
}

type Props = { plan: PaymentPlanDto; onChanged: (plan: PaymentPlanDto) => void };

export function PlanFollowUp({ plan, onChanged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const role = useSessionStore((state) => state.session?.advisor.role);
  const canDecide = role !== undefined && (planDecidingRoles as readonly string[]).includes(role);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const isCancellable = plan.status === 'draft' || plan.status === 'proposed';

  async function recordMissed(instalment: Instalment): Promise<void> {
    const reply = await api.paymentPlan.recordMissed({ planId: plan.id, instalmentNumber: instalment.number });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setMessage(consequence(t, reply.value));
    onChanged(reply.value);
  }

  async function cancel(): Promise<void> {
    const reply = await api.paymentPlan.cancel({ planId: plan.id, reason });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setReason('');
    setMessage(t('counter.plan.cancelled'));
    onChanged(reply.value);
  }

  const reasonError = error?.details?.issues?.find((issue) => issue.path === 'reason')?.messageKey ?? null;
  return (
    <section className="card" aria-labelledby="plan-follow-up-title" data-testid="plan-follow-up">
      <h2 id="plan-follow-up-title" className="card__title">
        {t('counter.plan.followUp')}
      </h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('counter.plan.instalment')}</th>
            <th scope="col">{t('counter.plan.dueDate')}</th>
            <th scope="col" className="amount">
              {t('counter.plan.amount')}
            </th>
            <th scope="col">{t('counter.plan.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('caseFile.tasks.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.instalments.map((instalment) => (
            <tr key={instalment.number}>
              <td>{instalment.kind === 'advance' ? t('counter.plan.advance') : instalment.number}</td>
              <td>{format.date(instalment.dueDate)}</td>
              <td className="amount">{format.money(cents(instalment.amountCents))}</td>
              <td>{instalmentStatusLabel(t, instalment.status)}</td>
              <td>
                {canDecide && plan.status === 'active' && instalment.status === 'pending' && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => void recordMissed(instalment)}
                  >
                    {t('counter.plan.recordMissed')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canDecide && isCancellable && (
        <form
          className="button-row"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void cancel();
          }}
        >
          <FormField id="plan-cancel-reason" label={t('counter.plan.cancelReason')} error={reasonError}>
            <input
              className="input"
              value={reason}
              maxLength={300}
              onChange={(event) => setReason(event.target.value)}
            />
          </FormField>
          <button type="submit" className="button button--secondary">
            {t('counter.plan.cancel')}
          </button>
        </form>
      )}
      {!canDecide && (plan.status === 'active' || isCancellable) && (
        <p className="empty-note" data-testid="plan-deciding-only">
          {t('counter.plan.decidingOnly')}
        </p>
      )}
      {message && (
        <p className="status-message" role="status">
          {message}
        </p>
      )}
      {error && !reasonError && <ErrorMessage error={error} />}
    </section>
  );
}
