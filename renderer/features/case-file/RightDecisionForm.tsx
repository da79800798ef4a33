/** The fund's decision on an application: granted or refused, with the motivation a refusal needs. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/FormField';

type Props = {
  id: string;
  /** Translation key of the motivation's error, or null. */
  motivationError: string | null;
  onDecide: (decision: 'granted' | 'refused', motivation: string) => void;
};

export function RightDecisionForm({ id, motivationError, onDecide }: Props) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'granted' | 'refused'>('granted');
  const [motivation, setMotivation] = useState('');
  return (
    <form
      className="stack"
      aria-label={t('rightsPanel.fields.decision')}
      onSubmit={(submitted) => {
        submitted.preventDefault();
        onDecide(decision, motivation);
      }}
    >
      <fieldset>
        <legend className="form-field__label">{t('rightsPanel.fields.decision')}</legend>
        {(['granted', 'refused'] as const).map((value) => (
          <label key={value} className="form-check">
            <input
              type="radio"
              name={`${id}-decision`}
              value={value}
              checked={decision === value}
              onChange={() => setDecision(value)}
            />
            {value === 'granted' ? t('rightsPanel.actions.grant') : t('rightsPanel.actions.refuse')}
          </label>
        ))}
      </fieldset>
      <FormField id={`${id}-motivation`} label={t('rightsPanel.fields.motivation')} error={motivationError}>
        <textarea value={motivation} maxLength={2000} onChange={(change) => setMotivation(change.target.value)} />
      </FormField>
      <div className="button-row">
        <button type="submit" className="button">
          {t('rightsPanel.actions.decide')}
        </button>
      </div>
    </form>
  );
}
