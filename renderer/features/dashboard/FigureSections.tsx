/**
 * The dashboard's counted groups: movements, complaints and plans, letters and requests. Each is a
 * table; counts this small read better than a chart.
 */
import { useTranslation } from 'react-i18next';
import type { BranchDashboardDto } from '../../../shared/contract/channels/dashboard';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';
import { Section } from './Section';

export function MovementSections({ figures }: { figures: BranchDashboardDto }) {
  const { t } = useTranslation();
  return (
    <>
      <Section id="movements" title={t('dashboard.movements.title')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.movements.figure')}</th>
              <th scope="col" className="amount">
                {t('dashboard.month')}
              </th>
              <th scope="col" className="amount">
                {t('dashboard.year')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(['affiliations', 'cessations', 'categoryChanges'] as const).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`dashboard.movements.${key}`)}</th>
                <td className="amount">{figures.movements[key].month}</td>
                <td className="amount">{figures.movements[key].year}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="complaints" title={t('dashboard.complaints.title')}>
        <table className="data-table">
          <tbody>
            {(['open', 'nearDeadline', 'overdue'] as const).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`dashboard.complaints.${key}`)}</th>
                <td className="amount">{figures.complaints[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t('dashboard.plans.title')}</h2>
        <table className="data-table" data-testid="dashboard-plans">
          <tbody>
            {(['active', 'respected', 'lapsed'] as const).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`dashboard.plans.${key}`)}</th>
                <td className="amount">{figures.plans[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}

export function LetterAndRequestSections({ figures }: { figures: BranchDashboardDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (value: number) => format.money(cents(value));
  return (
    <>
      <Section id="letters" title={t('dashboard.letters.title')}>
        {figures.lettersByKind.length === 0 ? (
          <p>{t('dashboard.letters.none')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.letters.kind')}</th>
                <th scope="col" className="amount">
                  {t('dashboard.month')}
                </th>
                <th scope="col" className="amount">
                  {t('dashboard.year')}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.lettersByKind.map((row) => (
                <tr key={row.kind}>
                  <th scope="row">{row.kind}</th>
                  <td className="amount">{row.month}</td>
                  <td className="amount">{row.year}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="requests" isWide title={t('dashboard.requests.title')}>
        {figures.requests.length === 0 ? (
          <p>{t('dashboard.requests.none')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.requests.kind')}</th>
                {(['total', 'pending', 'granted', 'refused', 'effect'] as const).map((key) => (
                  <th key={key} scope="col" className="amount">
                    {t(`dashboard.requests.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.requests.map((row) => (
                <tr key={row.kind}>
                  <th scope="row">{t(`dashboard.requests.kinds.${row.kind}`, { defaultValue: row.kind })}</th>
                  <td className="amount">{row.total}</td>
                  <td className="amount">{row.pending}</td>
                  <td className="amount">{row.granted}</td>
                  <td className="amount">{row.refused}</td>
                  <td className="amount">{money(row.grantedEffectCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}
