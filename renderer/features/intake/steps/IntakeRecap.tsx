/**
 * The review step's recap: everything the advisor entered, step by step, so the file is checked as a
 * whole before "complete" creates it. Each block links back to its step.
 */
import { useTranslation } from 'react-i18next';
import type { IntakeDraftDto, IntakeStep } from '../../../../shared/contract/channels/intake';
import { cents } from '../../../../shared/domain/money';
import { useFormat } from '../../../i18n/use-format';
import { contributionCategoryLabel } from '../../../ui/contribution-labels';
import { DetailList, type Detail } from '../../../ui/DetailList';
import { formatIdentifier } from '../../../ui/format-identifier';

type Props = { draft: IntakeDraftDto; stepLabel: (step: IntakeStep) => string; onGoTo: (step: IntakeStep) => void };

function addressLine(form: {
  street: string;
  houseNumber: string;
  box: string;
  postalCode: string;
  municipality: string;
}) {
  const street = [form.street, form.houseNumber].filter(Boolean).join(' ') + (form.box ? ` / ${form.box}` : '');
  const place = [form.postalCode, form.municipality].filter(Boolean).join(' ');
  return [street.trim(), place].filter(Boolean).join(', ');
}

export function IntakeRecap({ draft, stepLabel, onGoTo }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const date = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? format.date(value, 'long') : value);
  const { identity, activity, spouse, mandates, company, directors } = draft.forms;
  const blocks: { step: IntakeStep; items: Detail[] }[] = [];
  if (identity) {
    blocks.push({
      step: 'identity',
      items: [
        { label: t('identifier.niss'), value: identity.niss ? formatIdentifier('person', identity.niss) : null },
        { label: t('caseFile.identity.lastName'), value: identity.lastName },
        { label: t('caseFile.identity.firstName'), value: identity.firstName },
        { label: t('caseFile.identity.birthDate'), value: identity.birthDate ? date(identity.birthDate) : null },
        { label: t('caseFile.identity.language'), value: t(`languages.${identity.language}`) },
        { label: t('caseFile.address.title'), value: addressLine(identity) },
        { label: t('caseFile.contact.email'), value: identity.email },
        { label: t('caseFile.contact.phone'), value: identity.phone },
        { label: t('caseFile.contact.iban'), value: identity.iban },
      ],
    });
  }
  if (company) {
    blocks.push({
      step: 'company',
      items: [
        {
          label: t('identifier.enterpriseNumber'),
          value: company.enterpriseNumber ? formatIdentifier('company', company.enterpriseNumber) : null,
        },
        { label: t('intake.company.name'), value: company.name },
        { label: t('caseFile.identity.legalForm'), value: company.legalForm },
        {
          label: t('intake.company.balanceSheetClass'),
          value: company.balanceSheetClass === '' ? null : t(`intake.company.${company.balanceSheetClass}`),
        },
        { label: t('intake.company.startDate'), value: company.startDate ? date(company.startDate) : null },
        { label: t('caseFile.identity.language'), value: t(`languages.${company.language}`) },
        { label: t('intake.company.seat'), value: addressLine(company) },
      ],
    });
  }
  if (activity) {
    blocks.push({
      step: 'activity',
      items: [
        {
          label: t('simulation.fields.category'),
          value: activity.category === '' ? null : contributionCategoryLabel(t, activity.category),
        },
        { label: t('simulation.fields.start'), value: activity.startDate ? date(activity.startDate) : null },
        {
          label: t('intake.activity.estimate'),
          value: activity.estimatedIncomeCents === null ? null : format.money(cents(activity.estimatedIncomeCents)),
        },
        { label: t('intake.activity.primoStarter'), value: activity.isPrimoStarter ? t('common.yes') : t('common.no') },
      ],
    });
  }
  if (spouse?.hasPartner) {
    blocks.push({
      step: 'spouse',
      items: [
        {
          label: t('identifier.niss'),
          value: spouse.partnerNiss ? formatIdentifier('person', spouse.partnerNiss) : null,
        },
      ],
    });
  }
  if (mandates && mandates.mandates.length > 0) {
    blocks.push({
      step: 'mandates',
      items: mandates.mandates.map((mandate, index) => ({
        label: `${t('intake.mandates.title')} ${index + 1}`,
        value: [mandate.companyName, mandate.enterpriseNumber, mandate.startDate ? date(mandate.startDate) : '']
          .filter(Boolean)
          .join(' · '),
      })),
    });
  }
  if (directors && directors.directors.length > 0) {
    blocks.push({
      step: 'directors',
      items: directors.directors.map((director, index) => ({
        label: `${stepLabel('directors')} ${index + 1}`,
        value: [
          director.niss ? formatIdentifier('person', director.niss) : '',
          director.startDate ? date(director.startDate) : '',
        ]
          .filter(Boolean)
          .join(' · '),
      })),
    });
  }
  if (blocks.length === 0) return null;
  return (
    <section className="intake__recap" aria-labelledby="intake-recap-title">
      <h3 id="intake-recap-title" className="explanation__title">
        {t('intake.review.recap')}
      </h3>
      {blocks.map((block) => (
        <section key={block.step} aria-label={stepLabel(block.step)}>
          <h4>
            {stepLabel(block.step)}{' '}
            <button type="button" className="intake__issue-link" onClick={() => onGoTo(block.step)}>
              {t('intake.review.change')}
            </button>
          </h4>
          <DetailList items={block.items} />
        </section>
      ))}
    </section>
  );
}
