/** The fields of one kind of change: an address, contact details, a category, a reason. */
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../shared/contract/app-contract';
import type { ContractError } from '../../../shared/contract/errors';
import {
  cessationReasons,
  changeableCategories,
  type CessationReason,
  type ChangeableCategory,
} from '../../../shared/domain/situation/types';
import { FormField } from '../../ui/FormField';
import { languageName } from '../../ui/language-name';
import type { SituationValues } from './situation-form';

type Props = {
  values: SituationValues;
  error: ContractError | null;
  onChange: (patch: Partial<SituationValues>) => void;
};

function issueFor(error: ContractError | null, field: string): string | null {
  return error?.details?.issues?.find((issue) => issue.path.endsWith(field))?.messageKey ?? null;
}

export function SituationFields({ values, error, onChange }: Props) {
  const { t } = useTranslation();
  const text = (name: 'street' | 'houseNumber' | 'box' | 'postalCode' | 'municipality', max: number) => (
    <FormField id={`situation-${name}`} label={t(`situation.field.${name}`)} error={issueFor(error, name)}>
      <input value={values[name]} maxLength={max} onChange={(event) => onChange({ [name]: event.target.value })} />
    </FormField>
  );
  switch (values.kind) {
    case 'address':
      return (
        <div className="form-grid">
          {text('street', 100)}
          {text('houseNumber', 10)}
          {text('box', 10)}
          {text('postalCode', 4)}
          {text('municipality', 100)}
        </div>
      );
    case 'contact':
      return (
        <div className="form-grid">
          <FormField id="situation-email" label={t('situation.field.email')} error={issueFor(error, 'email')}>
            <input type="email" value={values.email} onChange={(event) => onChange({ email: event.target.value })} />
          </FormField>
          <FormField id="situation-phone" label={t('situation.field.phone')} error={issueFor(error, 'phone')}>
            <input type="tel" value={values.phone} onChange={(event) => onChange({ phone: event.target.value })} />
          </FormField>
          <FormField id="situation-language" label={t('situation.field.language')}>
            <select
              value={values.language}
              onChange={(event) => onChange({ language: event.target.value as Language })}
            >
              {languages.map((language) => (
                <option key={language} value={language}>
                  {languageName(t, language)}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      );
    case 'category':
    case 'resumption':
      return (
        <FormField id="situation-category" label={t('situation.field.category')}>
          <select
            value={values.category}
            onChange={(event) => onChange({ category: event.target.value as ChangeableCategory })}
          >
            {changeableCategories.map((category) => (
              <option key={category} value={category}>
                {t(`situation.category.${category}`)}
              </option>
            ))}
          </select>
        </FormField>
      );
    case 'cessation':
      return (
        <FormField id="situation-reason" label={t('situation.field.reason')}>
          <select
            value={values.reason}
            onChange={(event) => onChange({ reason: event.target.value as CessationReason })}
          >
            {cessationReasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`situation.reason.${reason}`)}
              </option>
            ))}
          </select>
        </FormField>
      );
  }
}
