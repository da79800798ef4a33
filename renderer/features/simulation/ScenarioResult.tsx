/**
 * What one scenario costs: the annual total in large type, the quarters of the definitive
 * schedule, the provisional schedule and the regularisation when a provisional basis applies, and
 * the engine's explanation (folded, with the unconfirmed values announced above the fold).
 */
import { useTranslation } from 'react-i18next';
import type { ContributionResult } from '../../../shared/domain/contribution/types';
import type { DomainError } from '../../../shared/domain/explanation';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { ExplanationList, unconfirmedCount } from '../../ui/ExplanationList';
import { formatQuarter, translateDomainMessage } from '../../ui/explanation-params';
import { ScheduleTable } from '../../ui/ScheduleTable';

type Props = {
  scenarioId: string;
  outcome: { ok: true; value: ContributionResult } | { ok: false; error: DomainError } | null;
};

export function ScenarioResult({ scenarioId, outcome }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (outcome === null) {
    return (
      <p className="simulation__pending" role="status">
        {t('simulation.incomplete')}
      </p>
    );
  }
  if (!outcome.ok) {
    return (
      <div className="error-message" role="status">
        <p className="error-message__title">
          {translateDomainMessage(outcome.error.messageKey, outcome.error.params, t, (key) => i18n.exists(key), format)}
        </p>
      </div>
    );
  }
  const result = outcome.value;
  const lastQuarter = result.definitive.quarters.at(-1);
  const unconfirmed = unconfirmedCount(result.explanation);
  const regularisation = result.regularisation;
  return (
    <div className="simulation__result" aria-live="polite">
      <dl className="simulation__totals">
        <div>
          <dt>{t('simulation.result.annual')}</dt>
          <dd className="simulation__big" data-testid={`${scenarioId}-annual`}>
            {format.money(result.definitive.totals.total)}
          </dd>
        </div>
        <div>
          <dt>
            {t('simulation.result.perQuarter', { quarter: lastQuarter ? formatQuarter(lastQuarter.quarter, t) : '' })}
          </dt>
          <dd className="simulation__big">{lastQuarter ? format.money(lastQuarter.total) : '—'}</dd>
        </div>
        <div>
          <dt>{t('simulation.result.annualIncome')}</dt>
          <dd>{format.money(result.definitive.annualIncome)}</dd>
        </div>
      </dl>
      {unconfirmed > 0 && (
        <p className="explanation__warning" role="note">
          {t('explanationTerms.unconfirmedWarning', { count: unconfirmed })}
        </p>
      )}
      <div className="table-scroll">
        <ScheduleTable schedule={result.definitive} caption={t('simulation.result.definitive')} />
      </div>
      {result.provisional && (
        <div className="table-scroll">
          <ScheduleTable schedule={result.provisional} caption={t('simulation.result.provisional')} />
        </div>
      )}
      {regularisation && (
        <p className="simulation__regularisation">
          {regularisation.kind === 'supplement'
            ? t('simulation.result.supplement', { amount: format.money(regularisation.difference.total) })
            : regularisation.kind === 'refund'
              ? t('simulation.result.refund', {
                  amount: format.money(cents(Math.abs(regularisation.difference.total))),
                })
              : t('simulation.result.noRegularisation')}
        </p>
      )}
      <details className="simulation__explanation">
        <summary>{t('simulation.result.explanation', { count: result.explanation.length })}</summary>
        <ExplanationList lines={result.explanation} />
      </details>
    </div>
  );
}
