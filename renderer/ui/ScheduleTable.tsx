/** Quarterly amounts of a contribution schedule with the year's totals: contribution, fees, total, due date. */
import { useTranslation } from 'react-i18next';
import type { ContributionSchedule } from '../../shared/domain/contribution/types';
import { useFormat } from '../i18n/use-format';
import { regimeLabel } from './contribution-labels';
import { formatQuarter } from './explanation-params';

export function ScheduleTable({ schedule, caption }: { schedule: ContributionSchedule; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regimes = new Set(schedule.quarters.map((quarter) => quarter.regime));
  const sharedRegime = regimes.size === 1 ? [...regimes][0] : undefined;
  return (
    <table className="data-table schedule-table">
      <caption className="schedule-table__caption">
        {sharedRegime === undefined ? caption : `${caption} · ${regimeLabel(t, sharedRegime)}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('schedule.quarter')}</th>
          {sharedRegime === undefined && <th scope="col">{t('schedule.regime')}</th>}
          <th scope="col" className="amount">
            {t('schedule.contribution')}
          </th>
          <th scope="col" className="amount">
            {t('schedule.fee')}
          </th>
          <th scope="col" className="amount">
            {t('schedule.total')}
          </th>
          <th scope="col">{t('schedule.dueDate')}</th>
        </tr>
      </thead>
      <tbody>
        {schedule.quarters.map((quarter) => (
          <tr key={quarter.quarter}>
            <th scope="row">{formatQuarter(quarter.quarter, t)}</th>
            {sharedRegime === undefined && <td>{regimeLabel(t, quarter.regime)}</td>}
            <td className="amount">{format.money(quarter.contribution)}</td>
            <td className="amount">{format.money(quarter.fee)}</td>
            <td className="amount">{format.money(quarter.total)}</td>
            <td>{format.date(quarter.dueDate)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={sharedRegime === undefined ? 2 : 1}>
            {t('schedule.year')}
          </th>
          <td className="amount">{format.money(schedule.totals.contribution)}</td>
          <td className="amount">{format.money(schedule.totals.fee)}</td>
          <td className="amount">{format.money(schedule.totals.total)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
