/** The file's debts already due, to tick for the plan; one already in a plan cannot be ticked. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/contract/app-contract';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';

export type OpenDebts = ChannelOutput<'paymentPlan.openDebts'>;
type Debt = OpenDebts['debts'][number];

type Props = {
  debts: OpenDebts | null;
  selected: readonly string[];
  error: string | null;
  onChange: (ids: string[]) => void;
};

function period(t: TFunction, debt: Debt): string {
  if (debt.kind === 'company') return t('contribution.kind.company', { year: debt.year });
  if (debt.kind === 'regularisation') return t('contribution.kind.regularisation', { year: debt.year });
  return debt.quarter === null ? String(debt.year) : t('common.quarter', { year: debt.year, index: debt.quarter });
}

export function DebtPicker({ debts, selected, error, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (amount: number) => format.money(cents(amount));
  const selectable = debts?.debts.filter((debt) => !debt.isInPlan) ?? [];
  const isAllSelected = selectable.length > 0 && selectable.every((debt) => selected.includes(debt.contributionId));
  const history = debts?.history;
  return (
    <fieldset className="card debt-picker" aria-describedby={error ? 'debt-picker-error' : undefined}>
      <legend className="card__title">{t('paymentPlan.debts.title')}</legend>
      {debts === null ? (
        <p className="empty-note">{t('paymentPlan.debts.loading')}</p>
      ) : debts.debts.length === 0 ? (
        <p className="empty-note">{t('paymentPlan.debts.empty')}</p>
      ) : (
        <>
          <label className="form-check debt-picker__all">
            <input
              type="checkbox"
              checked={isAllSelected}
              onChange={(event) => onChange(event.target.checked ? selectable.map((debt) => debt.contributionId) : [])}
            />
            {t('paymentPlan.debts.all')}
          </label>
          <div className="table-scroll">
            <table className="data-table data-table--compact">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('paymentPlan.debts.include')}</span>
                  </th>
                  <th scope="col">{t('caseFile.contributions.period')}</th>
                  <th scope="col">{t('caseFile.contributions.dueDate')}</th>
                  <th scope="col" className="amount">
                    {t('caseFile.contributions.open')}
                  </th>
                  <th scope="col" className="amount">
                    {t('caseFile.contributions.surcharges')}
                  </th>
                  <th scope="col" className="amount">
                    {t('paymentPlan.preview.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {debts.debts.map((debt) => {
                  const id = `debt-${debt.contributionId}`;
                  return (
                    <tr key={debt.contributionId} className={debt.isInPlan ? 'is-disabled' : undefined}>
                      <td>
                        <input
                          id={id}
                          type="checkbox"
                          disabled={debt.isInPlan}
                          checked={selected.includes(debt.contributionId)}
                          onChange={(event) =>
                            onChange(
                              event.target.checked
                                ? [...selected, debt.contributionId]
                                : selected.filter((item) => item !== debt.contributionId),
                            )
                          }
                        />
                      </td>
                      <th scope="row">
                        <label htmlFor={id}>{period(t, debt)}</label>
                        {debt.isInPlan && <span className="badge">{t('contribution.status.inPlan')}</span>}
                      </th>
                      <td>{format.date(debt.dueDate)}</td>
                      <td className="amount">{money(debt.principalOpenCents)}</td>
                      <td className="amount">{money(debt.surchargesOpenCents)}</td>
                      <td className="amount">{money(debt.totalOpenCents)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {error && debts !== null && debts.debts.length > 0 && (
        <p id="debt-picker-error" className="form-field__error">
          {t('validation.plan.noDebtSelected')}
        </p>
      )}
      {history && (history.hasActivePlan || history.hasJudicialProcedure || history.brokenPlans.length > 0) && (
        <ul className="debt-picker__history">
          {history.hasActivePlan && <li>{t('paymentPlan.debts.hasActivePlan')}</li>}
          {history.hasJudicialProcedure && <li>{t('paymentPlan.debts.hasJudicialProcedure')}</li>}
          {history.brokenPlans.length > 0 && (
            <li>
              {t('paymentPlan.debts.brokenPlans', {
                count: history.brokenPlans.length,
                dates: history.brokenPlans.map((broken) => format.date(broken.brokenOn)).join(', '),
              })}
            </li>
          )}
        </ul>
      )}
    </fieldset>
  );
}
