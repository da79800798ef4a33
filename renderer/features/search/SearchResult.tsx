/** One result line: who, their identifier, birth date and place, and what the query matched. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseFileHit } from '../../../shared/contract/app-contract';
import { useFormat } from '../../i18n/use-format';
import { formatIdentifier } from '../../ui/format-identifier';

function matchLabel(t: TFunction, matchedOn: CaseFileHit['matchedOn']): string {
  switch (matchedOn) {
    case 'name':
      return t('search.matchedOn.name');
    case 'niss':
      return t('search.matchedOn.niss');
    case 'enterprise-number':
      return t('search.matchedOn.enterpriseNumber');
  }
}

function identifierLabel(t: TFunction, kind: CaseFileHit['kind']): string {
  return kind === 'person' ? t('identifier.niss') : t('identifier.enterpriseNumber');
}

export function SearchResult({ hit }: { hit: CaseFileHit }) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = [hit.postalCode, hit.municipality].filter(Boolean).join(' ');
  return (
    <div className="search-hit">
      <div className="search-hit__main">
        <span className="search-hit__name">{hit.displayName}</span>
        <span className="search-hit__identifier">
          <span className="search-hit__identifier-label">{identifierLabel(t, hit.kind)}</span>{' '}
          <span className="search-hit__identifier-value">{formatIdentifier(hit.kind, hit.identifier)}</span>
        </span>
      </div>
      <div className="search-hit__meta">
        {hit.kind === 'company' && <span>{t('search.kind.company')}</span>}
        {hit.birthDate && <span>{t('search.bornOn', { date: format.date(hit.birthDate) })}</span>}
        {place && <span>{place}</span>}
      </div>
      <span className={`badge search-hit__badge search-hit__badge--${hit.matchedOn}`}>
        <span className="visually-hidden">{t('search.matchedOnPrefix')} </span>
        {matchLabel(t, hit.matchedOn)}
      </span>
    </div>
  );
}
