/** Label/value pairs of a read-only record; a missing value says so rather than leaving a gap. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Detail = { label: string; value: ReactNode | null; lang?: string };

export function DetailList({ items }: { items: Detail[] }) {
  const { t } = useTranslation();
  return (
    <dl className="detail-list">
      {items.map((item) => (
        <div className="detail-list__row" key={item.label}>
          <dt>{item.label}</dt>
          <dd lang={item.lang}>
            {item.value === null || item.value === '' ? (
              <span className="detail-list__missing">{t('common.notProvided')}</span>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
