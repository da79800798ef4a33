/** Payment plans of the file (with a way to the plan screen) and the letters issued or queued. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import { cents } from '../../../shared/domain/money';
import type { CaseFileRef } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { letterKindLabel, planStatusLabel } from '../../ui/record-labels';
import { IssuedLetters } from './IssuedLetters';

export function FollowUpTab({ detail, caseFile }: { detail: CaseFileDetail; caseFile: CaseFileRef }) {
  const { t } = useTranslation();
  const format = useFormat();
  const planPath = `/case-files/${caseFile.kind}/${encodeURIComponent(caseFile.id)}/payment-plan`;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="plans-title">
        <h2 id="plans-title" className="card__title">
          {t('caseFile.plans.title')}
        </h2>
        {detail.plans.length === 0 ? (
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
              </tr>
            </thead>
            <tbody>
              {detail.plans.map((plan) => (
                <tr key={plan.id}>
                  <td>
                    <Link to={`${planPath}?plan=${plan.id}`}>
                      {format.date(plan.startDate)} – {format.date(plan.endDate)}
                    </Link>
                  </td>
                  <td className="amount">{format.money(cents(plan.totalCents))}</td>
                  <td>
                    {t('caseFile.plans.paidCount', {
                      paid: plan.instalments.filter((instalment) => instalment.status === 'paid').length,
                      count: plan.instalments.length,
                    })}
                  </td>
                  <td>
                    <span className={`status-pill plan-status--${plan.status}`}>{planStatusLabel(t, plan.status)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <Link to={planPath} className="button button--secondary">
            {t('caseFile.actions.paymentPlan')}
          </Link>
        </p>
      </section>

      <section className="card" aria-labelledby="letters-title">
        <h2 id="letters-title" className="card__title">
          {t('caseFile.letters.title')}
        </h2>
        {detail.letters.length === 0 ? (
          <p className="empty-note">{t('caseFile.letters.empty')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('caseFile.letters.kind')}</th>
                <th scope="col">{t('caseFile.letters.language')}</th>
                <th scope="col">{t('caseFile.letters.queuedAt')}</th>
                <th scope="col">{t('caseFile.letters.status')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.letters.map((letter) => (
                <tr key={letter.id}>
                  <td>{letterKindLabel(t, letter.kind)}</td>
                  <td>{letter.language.toUpperCase()}</td>
                  <td>{format.date(letter.queuedAt.slice(0, 10))}</td>
                  <td>
                    {letter.status === 'queued'
                      ? t('caseFile.letters.queued')
                      : letter.status === 'issued'
                        ? t('caseFile.letters.issued', {
                            date: format.date((letter.issuedAt ?? letter.queuedAt).slice(0, 10)),
                          })
                        : t('caseFile.letters.cancelled')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <IssuedLetters caseFile={caseFile} />
    </div>
  );
}
