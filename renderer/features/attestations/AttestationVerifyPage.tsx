/**
 * Route `#/attestations/verify`: an advisor types the verification code of an attestation someone
 * presents (a bank, a mutuality, the person) and learns whether this device's archive issued it,
 * which kind and when, or whether the code is mistyped, unknown or the archive altered.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttestationCheckDto } from '../../../shared/contract/channels/letters';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { letterKindLabel } from '../../ui/record-labels';
import './attestations.css';

export function AttestationVerifyPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [code, setCode] = useState('');
  const [check, setCheck] = useState<AttestationCheckDto | null>(null);
  const [error, setError] = useState<ContractError | null>(null);

  useEffect(() => titleRef.current?.focus(), []);

  async function verify(event: FormEvent): Promise<void> {
    event.preventDefault();
    const reply = await api.letters.verifyAttestation({ code });
    if (!reply.ok) {
      setError(reply.error);
      setCheck(null);
      return;
    }
    setError(null);
    setCheck(reply.value);
  }

  return (
    <article className="attestations">
      <h1 ref={titleRef} tabIndex={-1} className="page-title">
        {t('attestations.verify.title')}
      </h1>
      <form className="card stack" onSubmit={(event) => void verify(event)}>
        <p>{t('attestations.verify.intro')}</p>
        <FormField id="attestation-code" label={t('attestations.verify.code')} hint={t('attestations.verify.hint')}>
          <input
            type="text"
            className="mono"
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        </FormField>
        <div className="button-row">
          <button type="submit" className="button">
            {t('attestations.verify.submit')}
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
      </form>
      {check && (
        <p role="status" className={`card attestations__check is-${check.status}`} data-testid="attestation-check">
          {check.status === 'valid'
            ? t('attestations.verify.valid', {
                kind: letterKindLabel(t, check.kind ?? ''),
                date: format.date((check.issuedAt ?? '').slice(0, 10)),
              })
            : t(`attestations.verify.${check.status}`)}
        </p>
      )}
    </article>
  );
}
