/** The "overview" tab: who, how to reach them, where they are followed, affiliations and links. */
import { useTranslation } from 'react-i18next';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import { formatEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { formatIban } from '../../../shared/domain/identifiers/iban';
import { formatNiss } from '../../../shared/domain/identifiers/niss';
import { useFormat } from '../../i18n/use-format';
import { DetailList, type Detail } from '../../ui/DetailList';
import { languageName } from '../../ui/language-name';
import { AffiliationHistory } from './AffiliationHistory';
import { EditPersonSection } from './EditPersonForm';
import { LinksSection } from './LinksSection';
import { sexLabel } from './case-file-labels';

export function OverviewTab({ detail }: { detail: CaseFileDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { summary } = detail;
  const { person, company, address, branch } = summary;
  const identity: Detail[] = person
    ? [
        { label: t('caseFile.identity.lastName'), value: person.lastName },
        { label: t('caseFile.identity.firstName'), value: person.firstName },
        { label: t('identifier.niss'), value: <span className="mono">{formatNiss(summary.identifier)}</span> },
        {
          label: t('caseFile.identity.birthDate'),
          value: person.birthDate ? format.date(person.birthDate, 'long') : null,
        },
        { label: t('caseFile.identity.sex'), value: sexLabel(t, person.sex) },
        { label: t('caseFile.identity.language'), value: languageName(t, person.language), lang: person.language },
      ]
    : company
      ? [
          { label: t('caseFile.identity.companyName'), value: company.name },
          { label: t('caseFile.identity.legalForm'), value: company.legalForm },
          {
            label: t('identifier.enterpriseNumber'),
            value: <span className="mono">{formatEnterpriseNumber(company.enterpriseNumber)}</span>,
          },
        ]
      : [];

  const contact: Detail[] = person
    ? [
        { label: t('caseFile.contact.email'), value: person.email },
        { label: t('caseFile.contact.phone'), value: person.phone },
        {
          label: t('caseFile.contact.iban'),
          value: person.iban ? <span className="mono">{formatIban(person.iban)}</span> : null,
        },
      ]
    : [];

  return (
    <div className="stack">
      <div className="case-file__grid">
        <section className="card" aria-labelledby="case-file-identity">
          <h2 id="case-file-identity" className="card__title">
            {t('caseFile.identity.title')}
          </h2>
          <DetailList items={identity} />
        </section>

        {person && (
          <section className="card" aria-labelledby="case-file-contact">
            <h2 id="case-file-contact" className="card__title">
              {t('caseFile.contact.title')}
            </h2>
            <DetailList items={contact} />
          </section>
        )}

        <section className="card" aria-labelledby="case-file-address">
          <h2 id="case-file-address" className="card__title">
            {t('caseFile.address.title')}
          </h2>
          {address ? (
            <address className="case-file__address">
              <span>
                {address.street} {address.houseNumber}
                {address.box && ` ${t('caseFile.address.box', { box: address.box })}`}
              </span>
              <span>
                {address.postalCode} {address.municipality}
              </span>
              {address.country.toUpperCase() !== 'BE' && <span>{format.country(address.country)}</span>}
            </address>
          ) : (
            <p className="detail-list__missing">{t('common.notProvided')}</p>
          )}
        </section>

        <section className="card" aria-labelledby="case-file-branch">
          <h2 id="case-file-branch" className="card__title">
            {t('caseFile.branch.title')}
          </h2>
          {branch ? (
            <DetailList
              items={[
                { label: t('caseFile.branch.name'), value: branch.name },
                { label: t('caseFile.branch.code'), value: branch.code },
              ]}
            />
          ) : (
            <p className="detail-list__missing">{t('common.notProvided')}</p>
          )}
        </section>
      </div>

      <EditPersonSection summary={summary} />
      <AffiliationHistory affiliations={detail.affiliations} />
      <LinksSection detail={detail} />
    </div>
  );
}
