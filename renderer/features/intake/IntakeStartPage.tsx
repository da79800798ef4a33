/**
 * Route `#/intake`: the person (or company) first. The NISS is checked as it is typed; a known
 * person opens their file, an unknown one starts a draft; an open draft for the same number is
 * resumed. The drafts of this device are listed, so work interrupted by a restart goes on.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { IntakeDraftDto } from '../../../shared/contract/channels/intake';
import type { ContractError } from '../../../shared/contract/errors';
import { parseEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { parseNiss } from '../../../shared/domain/identifiers/niss';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import './intake.css';

export function IntakeStartPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const format = useFormat();
  const [kind, setKind] = useState<'person' | 'company'>('person');
  const [searchParams] = useSearchParams();
  // From a search that found nobody: the number typed there is carried over.
  const [identifier, setIdentifier] = useState(() => searchParams.get('identifier') ?? '');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [existing, setExisting] = useState<{ path: string; name: string } | null>(null);
  const [drafts, setDrafts] = useState<IntakeDraftDto[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    void api.intake.listDrafts({}).then((reply) => {
      if (reply.ok) setDrafts(reply.value);
    });
  }, [api]);

  const parsed = kind === 'person' ? parseNiss(identifier) : parseEnterpriseNumber(identifier);
  const isComplete = identifier.replace(/\D/g, '').length >= (kind === 'person' ? 11 : 10);
  const fieldError = parsed.ok || (!isSubmitted && !isComplete) ? null : parsed.error.messageKey;

  async function start(): Promise<void> {
    setIsSubmitted(true);
    setExisting(null);
    if (!parsed.ok) return;
    const reply = await api.intake.start(
      kind === 'person' ? { kind, niss: identifier } : { kind, enterpriseNumber: identifier },
    );
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    if (reply.value.status === 'existing') {
      const { caseFile } = reply.value;
      setExisting({ path: caseFilePath(caseFile), name: caseFile.displayName });
      return;
    }
    navigate(`/intake/${reply.value.draft.id}`);
  }

  return (
    <section className="intake" aria-labelledby="intake-title">
      <h1 id="intake-title" className="page-title">
        {t('intake.title')}
      </h1>
      <form
        className="card intake__start"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <fieldset className="intake__kind">
          <legend className="form-field__label">{t('intake.start.who')}</legend>
          <label className="form-check">
            <input type="radio" name="intake-kind" checked={kind === 'person'} onChange={() => setKind('person')} />
            {t('intake.start.person')}
          </label>
          <label className="form-check">
            <input type="radio" name="intake-kind" checked={kind === 'company'} onChange={() => setKind('company')} />
            {t('intake.start.company')}
          </label>
        </fieldset>
        <FormField
          id="intake-identifier"
          label={kind === 'person' ? t('identifier.niss') : t('identifier.enterpriseNumber')}
          hint={kind === 'person' ? t('intake.start.nissHint') : t('intake.start.enterpriseNumberHint')}
          error={fieldError}
        >
          <input
            ref={inputRef}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className="mono"
            value={identifier}
            onChange={(event) => setIdentifier(event.target.value)}
          />
        </FormField>
        <div className="button-row">
          <button type="submit" className="button">
            {t('intake.start.submit')}
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
        {existing && (
          <div className="status-message intake__existing" role="status">
            {t('intake.start.existing', { name: existing.name })}{' '}
            <Link to={existing.path}>{t('intake.start.openFile')}</Link>
          </div>
        )}
      </form>
      {drafts.length > 0 && (
        <section className="card intake__drafts" aria-labelledby="intake-drafts-title">
          <h2 id="intake-drafts-title" className="card__title">
            {t('intake.drafts.title')}
          </h2>
          <ul>
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link to={`/intake/${draft.id}`}>{draft.label}</Link>{' '}
                <span className="intake__draft-meta">
                  {t('intake.drafts.updated', { date: format.date(draft.updatedAt.slice(0, 10)) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
