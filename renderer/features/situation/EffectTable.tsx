/** What the change does to each quarter: before, after, the difference and what happens to the claim. */
import { useTranslation } from 'react-i18next';
import type { SituationPreview } from '../../../shared/contract/channels/situation';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { ExplanationList } from '../../ui/ExplanationList';
import { formatQuarter } from '../../ui/explanation-params';

export function EffectTable({ preview }: { preview: SituationPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (value: number | undefined) => (value === undefined ? '—' : format.money(cents(value)));
  return (
    <section className="card situation-effect" aria-labelledby="situation-effect-title">
      <h2 id="situation-effect-title" className="card__title">
        {t('situation.effect.title')}
      </h2>
      {preview.endDate !== null && preview.subject.entity === 'affiliation' && preview.category !== null && (
        <p>{t('situation.effect.endDate', { endDate: format.date(preview.endDate) })}</p>
      )}
      {preview.quarters.length === 0 ? (
        <p>{t('situation.effect.none')}</p>
      ) : (
        <table className="data-table" data-testid="situation-effect">
          <thead>
            <tr>
              <th scope="col">{t('situation.effect.quarter')}</th>
              <th scope="col">{t('situation.effect.before')}</th>
              <th scope="col">{t('situation.effect.after')}</th>
              <th scope="col">{t('situation.effect.difference')}</th>
              <th scope="col">{t('situation.effect.action')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.quarters.map((row) => (
              <tr key={row.quarter}>
                <th scope="row">{formatQuarter(row.quarter, t)}</th>
                <td className="amount">{money(row.before?.total)}</td>
                <td className="amount">{money(row.after?.total)}</td>
                <td className="amount">{money(row.difference)}</td>
                <td>{t(`situation.quarterAction.${row.action}`)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('situation.effect.total')}
              </th>
              <td className="amount" data-testid="situation-total">
                {money(preview.totalDifference)}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {preview.yearsWithoutRules.length > 0 && (
        <p>{t('situation.effect.noRules', { years: preview.yearsWithoutRules.join(', ') })}</p>
      )}
      <p>
        {preview.notice === null
          ? t('situation.effect.noNotice')
          : t('situation.effect.notice', { notice: t(`situation.notice.${preview.notice}`) })}
      </p>
      {preview.explanation.length > 0 && <ExplanationList lines={preview.explanation} />}
    </section>
  );
}
