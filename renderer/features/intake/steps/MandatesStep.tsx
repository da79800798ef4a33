/**
 * Step 4 (person): company mandates. An enterprise number the fund already knows is enough; an
 * unknown company is created from its name, legal form and balance-sheet class.
 */
import { useTranslation } from 'react-i18next';
import { mandateFormSchema, type MandateForm } from '../../../../shared/contract/channels/intake';
import type { FieldErrors } from '../intake-issues';
import { SelectField, TextField } from './fields';

type Props = {
  mandates: MandateForm[];
  errors: FieldErrors;
  onChange: (mandates: MandateForm[], field: string) => void;
};

export function MandatesStep({ mandates, errors, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<MandateForm>, field: string) =>
    onChange(
      mandates.map((mandate, position) => (position === index ? { ...mandate, ...patch } : mandate)),
      `${index}.${field}`,
    );
  return (
    <fieldset className="intake__group">
      <legend>{t('intake.mandates.title')}</legend>
      {mandates.length === 0 && <p className="empty-note">{t('intake.mandates.none')}</p>}
      {mandates.map((mandate, index) => {
        const error = (field: string) => errors[`${index}.${field}`];
        const id = (field: string) => `intake-mandate-${index}-${field}`;
        return (
          <div
            key={index}
            className="intake__repeat"
            role="group"
            aria-label={t('intake.mandates.item', { number: index + 1 })}
          >
            <div className="form-grid">
              <TextField
                id={id('enterpriseNumber')}
                label={t('identifier.enterpriseNumber')}
                value={mandate.enterpriseNumber}
                error={error('enterpriseNumber')}
                onChange={(value) => update(index, { enterpriseNumber: value }, 'enterpriseNumber')}
              />
              <SelectField
                id={id('role')}
                label={t('intake.mandates.role')}
                value={mandate.role}
                options={[
                  { value: 'director', label: t('mandate.role.director') },
                  { value: 'manager', label: t('mandate.role.manager') },
                  { value: 'partner', label: t('mandate.role.partner') },
                ]}
                onChange={(role) => update(index, { role }, 'role')}
              />
              <TextField
                id={id('startDate')}
                label={t('intake.mandates.startDate')}
                type="date"
                value={mandate.startDate}
                error={error('startDate')}
                onChange={(value) => update(index, { startDate: value }, 'startDate')}
              />
              <TextField
                id={id('companyName')}
                label={t('intake.company.name')}
                value={mandate.companyName}
                error={error('companyName')}
                hint={t('intake.mandates.unknownOnly')}
                onChange={(value) => update(index, { companyName: value }, 'companyName')}
              />
              <TextField
                id={id('legalForm')}
                label={t('caseFile.identity.legalForm')}
                value={mandate.legalForm}
                error={error('legalForm')}
                onChange={(value) => update(index, { legalForm: value }, 'legalForm')}
              />
              <SelectField
                id={id('balanceSheetClass')}
                label={t('intake.company.balanceSheetClass')}
                value={mandate.balanceSheetClass}
                error={error('balanceSheetClass')}
                options={[
                  { value: '', label: t('intake.choose') },
                  { value: 'small', label: t('intake.company.small') },
                  { value: 'large', label: t('intake.company.large') },
                ]}
                onChange={(value) => update(index, { balanceSheetClass: value }, 'balanceSheetClass')}
              />
            </div>
            <label className="form-check intake__check">
              <input
                type="checkbox"
                checked={mandate.isJointlyLiable}
                onChange={(event) => update(index, { isJointlyLiable: event.target.checked }, 'isJointlyLiable')}
              />
              {t('mandate.jointlyLiable')}
            </label>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                onChange(
                  mandates.filter((_, position) => position !== index),
                  'mandates',
                )
              }
            >
              {t('intake.mandates.remove', { number: index + 1 })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...mandates, mandateFormSchema.parse({})], 'mandates')}
      >
        {t('intake.mandates.add')}
      </button>
    </fieldset>
  );
}
