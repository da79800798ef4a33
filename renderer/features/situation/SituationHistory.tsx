/** The changes filed for the person and their addresses, newest first (the former addresses are kept). */
import { useTranslation } from 'react-i18next';
import type { SituationHistory as History } from '../../../shared/contract/channels/situation';
import { cents } from '../../../shared/domain/money';
import { useFormat } from '../../i18n/use-format';

function detailText(details: Record<string, unknown>, reason: string | null, t: (key: string) => string): string {
  if (typeof details.after === 'string') return details.after;
  if (reason !== null) return t(`situation.reason.${reason}`);
  if (typeof details.toCategory === 'string') return t(`situation.category.${details.toCategory}`);
  return '';
}

export function SituationHistory({ history }: { history: History }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="situation-history-title">
      <h2 id="situation-history-title" className="card__title">
        {t('situation.history.title')}
      </h2>
      {history.changes.length === 0 ? (
        <p>{t('situation.history.empty')}</p>
      ) : (
        <table className="data-table" data-testid="situation-history">
          <thead>
            <tr>
              <th scope="col">{t('situation.history.date')}</th>
              <th scope="col">{t('situation.history.kind')}</th>
              <th scope="col">{t('situation.history.detail')}</th>
              <th scope="col">{t('situation.history.difference')}</th>
              <th scope="col">{t('situation.history.by')}</th>
            </tr>
          </thead>
          <tbody>
            {history.changes.map((change) => (
              <tr key={change.id}>
                <td>{format.date(change.effectiveDate)}</td>
                <td>{t(`situation.kind.${change.kind}`)}</td>
                <td>{detailText(change.details, change.reason, (key) => t(key as never))}</td>
                <td className="amount">{format.money(cents(change.differenceCents))}</td>
                <td>{change.advisorName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('situation.history.addresses')}</h3>
      <table className="data-table" data-testid="address-history">
        <thead>
          <tr>
            <th scope="col">{t('situation.history.address')}</th>
            <th scope="col">{t('situation.history.from')}</th>
            <th scope="col">{t('situation.history.to')}</th>
          </tr>
        </thead>
        <tbody>
          {history.addresses.map((address) => (
            <tr key={address.id}>
              <td>
                {address.street} {address.houseNumber}
                {address.box ? ` bte ${address.box}` : ''}, {address.postalCode} {address.municipality}
              </td>
              <td>{format.date(address.validFrom)}</td>
              <td>{address.validTo === null ? t('situation.history.current') : format.date(address.validTo)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
