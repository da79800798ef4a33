/** A bankrupt debtor: the fund files its claim with the receiver, which holds the rest of the path. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/FormField';

type Props = { isBusy: boolean; onFile: (receiverName: string) => void };

export function ClaimPanel({ isBusy, onFile }: Props) {
  const { t } = useTranslation();
  const [receiverName, setReceiverName] = useState('');
  return (
    <details className="card">
      <summary className="card__title">{t('recovery.handOver.claim')}</summary>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onFile(receiverName);
        }}
      >
        <FormField id="recovery-receiver-name" label={t('recovery.handOver.receiverName')}>
          <input value={receiverName} onChange={(event) => setReceiverName(event.target.value)} />
        </FormField>
        <button type="submit" className="button button--secondary" disabled={isBusy}>
          {t('recovery.handOver.claimSubmit')}
        </button>
      </form>
    </details>
  );
}
