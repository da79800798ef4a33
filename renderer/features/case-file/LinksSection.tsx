/** Company mandates and helping-spouse links, each leading to the other case file. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import { useFormat } from '../../i18n/use-format';
import { caseFilePath } from '../../app/shell-store';
import { formatIdentifier } from '../../ui/format-identifier';

function roleLabel(t: TFunction, role: 'director' | 'manager' | 'partner'): string {
  switch (role) {
    case 'director':
      return t('mandate.role.director');
    case 'manager':
      return t('mandate.role.manager');
    case 'partner':
      return t('mandate.role.partner');
  }
}

export function LinksSection({ detail }: { detail: CaseFileDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (detail.mandates.length === 0 && detail.spouseLinks.length === 0) return null;
  return (
    <section className="card" aria-labelledby="case-file-links">
      <h2 id="case-file-links" className="card__title">
        {t('caseFile.links.title')}
      </h2>
      <ul className="case-file__links">
        {detail.mandates.map((mandate) => (
          <li key={mandate.id}>
            <Link to={caseFilePath({ kind: mandate.counterpart.kind, id: mandate.counterpart.id })}>
              {mandate.counterpart.displayName}
            </Link>{' '}
            <span className="mono">{formatIdentifier(mandate.counterpart.kind, mandate.counterpart.identifier)}</span> —{' '}
            {roleLabel(t, mandate.role)}, {t('caseFile.links.since', { date: format.date(mandate.startDate) })}
            {mandate.endDate && `, ${t('caseFile.links.until', { date: format.date(mandate.endDate) })}`}
            {mandate.isJointlyLiable && <span className="badge">{t('mandate.jointlyLiable')}</span>}
          </li>
        ))}
        {detail.spouseLinks.map((link) => (
          <li key={link.id}>
            {link.relation === 'assists' ? t('caseFile.links.assists') : t('caseFile.links.assistedBy')}{' '}
            <Link to={caseFilePath({ kind: 'person', id: link.counterpart.id })}>{link.counterpart.displayName}</Link>{' '}
            <span className="mono">{formatIdentifier('person', link.counterpart.niss)}</span>,{' '}
            {t('caseFile.links.since', { date: format.date(link.startDate) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
