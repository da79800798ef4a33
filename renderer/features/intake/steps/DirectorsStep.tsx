/** Company intake, step 2: the directors, each a person the fund already knows (by NISS). */
import { useTranslation } from 'react-i18next';
import { messageText } from '../../../i18n/message-text';
import type { DirectorForm } from '../step-forms';
import type { FieldErrors } from '../intake-issues';
import { SelectField, TextField } from './fields';

type Props = {
  directors: DirectorForm[];
  errors: FieldErrors;
  onChange: (directors: DirectorForm[], field: string) => void;
};

export function DirectorsStep({ directors, errors, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const update = (index: number, patch: Partial<DirectorForm>, field: string) =>
    onChange(
      directors.map((director, position) => (position === index ? { ...director, ...patch } : director)),
      `${index}.${field}`,
    );
  return (
    <fieldset className="intake__group">
      <legend>{t('intake.directors.title')}</legend>
      {errors[''] && (
        <p className="form-field__error">
          {messageText(t, (key) => i18n.exists(key), errors[''], {}, 'errors.validation')}
        </p>
      )}
      {directors.map((director, index) => (
        <div
          key={index}
          className="intake__repeat"
          role="group"
          aria-label={t('intake.directors.item', { number: index + 1 })}
        >
          <div className="form-grid">
            <TextField
              id={`intake-director-${index}-niss`}
              label={t('identifier.niss')}
              inputMode="numeric"
              value={director.niss}
              error={errors[`${index}.niss`]}
              onChange={(value) => update(index, { niss: value }, 'niss')}
            />
            <SelectField
              id={`intake-director-${index}-role`}
              label={t('intake.mandates.role')}
              value={director.role}
              options={[
                { value: 'director', label: t('mandate.role.director') },
                { value: 'manager', label: t('mandate.role.manager') },
                { value: 'partner', label: t('mandate.role.partner') },
              ]}
              onChange={(role) => update(index, { role }, 'role')}
            />
            <TextField
              id={`intake-director-${index}-startDate`}
              label={t('intake.mandates.startDate')}
              type="date"
              value={director.startDate}
              error={errors[`${index}.startDate`]}
              onChange={(value) => update(index, { startDate: value }, 'startDate')}
            />
          </div>
          <label className="form-check intake__check">
            <input
              type="checkbox"
              checked={director.isJointlyLiable}
              onChange={(event) => update(index, { isJointlyLiable: event.target.checked }, 'isJointlyLiable')}
            />
            {t('mandate.jointlyLiable')}
          </label>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              onChange(
                directors.filter((_, position) => position !== index),
                '',
              )
            }
          >
            {t('intake.directors.remove', { number: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          onChange([...directors, { niss: '', role: 'director', startDate: '', isJointlyLiable: true }], '')
        }
      >
        {t('intake.directors.add')}
      </button>
    </fieldset>
  );
}
