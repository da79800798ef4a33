/**
 * Enrols this device with the one-time code head office issued (`npm run server -- enrol --branch X`).
 * Refusals (unknown or used code, already enrolled, empty field) come back as translated messages;
 * the fields keep what was typed so a mistyped code is corrected, not retyped.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { enrolDevice } from './sync-store';

export function EnrolForm() {
  const { t } = useTranslation();
  const api = useApi();
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [isSubmitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);

  const issueFor = (path: string) => error?.details?.issues?.find((issue) => issue.path === path)?.messageKey ?? null;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (isSubmitting) return;
    setSubmitting(true);
    setError(await enrolDevice(api, { code, deviceName }));
    setSubmitting(false);
  }

  return (
    <form
      className="card sync-enrol"
      aria-labelledby="sync-enrol-title"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id="sync-enrol-title" className="card__title">
        {t('sync.enrol.title')}
      </h2>
      <p className="sync-page__hint">{t('sync.enrol.hint')}</p>
      <FormField id="sync-enrol-code" label={t('sync.enrol.code')} error={issueFor('code')}>
        <input
          className="mono"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          autoFocus
        />
      </FormField>
      <FormField
        id="sync-enrol-device"
        label={t('sync.enrol.deviceName')}
        hint={t('sync.enrol.deviceNameHint')}
        error={issueFor('deviceName')}
      >
        <input value={deviceName} onChange={(event) => setDeviceName(event.target.value)} autoComplete="off" />
      </FormField>
      {error && <ErrorMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('sync.enrol.submitting') : t('sync.enrol.submit')}
        </button>
      </div>
    </form>
  );
}
