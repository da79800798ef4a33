/**
 * Affiliation periods, most recent first, with their category and dates in the interface language;
 * a change of category inside an affiliation (complementary → main…) is listed under it.
 */
import { useTranslation } from 'react-i18next';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import { fundDay } from '../../../shared/domain/fund-day';
import { useFormat } from '../../i18n/use-format';
import { contributionCategoryLabel } from '../../ui/contribution-labels';

type Affiliation = CaseFileDetail['affiliations'][number];

export function AffiliationHistory({ affiliations }: { affiliations: readonly Affiliation[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  // ISO dates sort as strings; copied first because props are read-only.
  const sorted = [...affiliations].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const today = fundDay(new Date());
  const isPlanned = (affiliation: Affiliation) => affiliation.startDate > today;
  const planned = sorted.filter(isPlanned);
  return (
    <section className="card case-file__history" aria-labelledby="case-file-history">
      <h2 id="case-file-history" className="card__title">
        {t('affiliation.history.title')}
      </h2>
      {sorted.length === 0 ? (
        <p className="detail-list__missing">{t('affiliation.history.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('affiliation.history.category')}</th>
              <th scope="col">{t('affiliation.history.start')}</th>
              <th scope="col">{t('affiliation.history.end')}</th>
              <th scope="col">{t('affiliation.history.state')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((affiliation) => (
              <tr key={affiliation.id} className={affiliation.isActive ? 'is-active' : undefined}>
                <td>
                  {contributionCategoryLabel(t, affiliation.category)}
                  {affiliation.isPrimoStarter && (
                    <span className="badge case-file__primo">{t('affiliation.primoStarter')}</span>
                  )}
                  {affiliation.history.length > 1 && (
                    <ul className="case-file__periods" aria-label={t('affiliation.history.periods')}>
                      {affiliation.history.map((period) => (
                        <li key={period.id}>
                          {t('affiliation.history.period', {
                            category: contributionCategoryLabel(t, period.category),
                            from: format.date(period.validFrom),
                            to: period.validTo ? format.date(period.validTo) : t('affiliation.history.ongoing'),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{format.date(affiliation.startDate, 'long')}</td>
                <td>
                  {affiliation.endDate
                    ? format.date(affiliation.endDate, 'long')
                    : isPlanned(affiliation)
                      ? t('affiliation.history.noEndDate')
                      : t('affiliation.history.ongoing')}
                </td>
                <td>
                  <span
                    className={`status-pill status-pill--${affiliation.isActive ? 'active' : isPlanned(affiliation) ? 'planned' : 'ended'}`}
                  >
                    {affiliation.isActive
                      ? t('affiliation.status.active')
                      : isPlanned(affiliation)
                        ? t('affiliation.status.planned')
                        : t('affiliation.status.ended')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* A start after today surprises (no contribution yet): say when the contributions begin. */}
      {planned.map((affiliation) => (
        <p key={affiliation.id} className="form-field__hint">
          {t('affiliation.plannedExplanation', {
            date: format.date(affiliation.startDate, 'long'),
            quarter: t('common.quarter', {
              index: Math.floor((Number(affiliation.startDate.slice(5, 7)) - 1) / 3) + 1,
              year: affiliation.startDate.slice(0, 4),
            }),
          })}
        </p>
      ))}
    </section>
  );
}
