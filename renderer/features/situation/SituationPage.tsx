/**
 * Route `#/case-files/person/:id/situation`: a change of situation filed at the counter. The advisor
 * picks the kind and fills its form, sees what it does to the provisional contributions per quarter
 * (nothing written yet), then confirms: the change, the new quarters and the notice are written
 * together, on the version the preview read. Below, the changes already filed and the addresses.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseFileSummary } from '../../../shared/contract/app-contract';
import type { SituationHistory as History, SituationPreview } from '../../../shared/contract/channels/situation';
import type { ContractError } from '../../../shared/contract/errors';
import { fundDay } from '../../../shared/domain/fund-day';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath, rememberCaseFile } from '../../app/shell-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { EffectTable } from './EffectTable';
import { SituationForm } from './SituationForm';
import { SituationHistory } from './SituationHistory';
import { changeOf, initialValues, type SituationValues } from './situation-form';
import './situation.css';

type Done = { notice: SituationPreview['notice'] };

export function SituationPage() {
  const { t } = useTranslation();
  const api = useApi();
  const personId = useParams().id ?? '';
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [summary, setSummary] = useState<CaseFileSummary | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [values, setValues] = useState<SituationValues | null>(null);
  const [preview, setPreview] = useState<SituationPreview | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const ref = { kind: 'person' as const, id: personId };

  const [reloadCount, setReloadCount] = useState(0);
  const reload = () => setReloadCount((count) => count + 1);

  useEffect(() => titleRef.current?.focus(), []);

  useEffect(() => {
    let isCurrent = true;
    const person = { kind: 'person' as const, id: personId };
    rememberCaseFile(person);
    void Promise.all([api.caseFile.get(person), api.situation.history({ personId })]).then(
      ([summaryReply, historyReply]) => {
        if (!isCurrent) return;
        if (!summaryReply.ok) return setError(summaryReply.error);
        if (!historyReply.ok) return setError(historyReply.error);
        setSummary(summaryReply.value);
        setHistory(historyReply.value);
        setValues((current) => current ?? initialValues(summaryReply.value, fundDay(new Date())));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, personId, reloadCount]);

  function change(patch: Partial<SituationValues>): void {
    setValues((current) => (current === null ? current : { ...current, ...patch }));
    setPreview(null);
    setDone(null);
    setError(null);
  }

  async function showEffect(): Promise<void> {
    if (values === null || isBusy) return;
    setBusy(true);
    const reply = await api.situation.preview({ personId, change: changeOf(values) });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setPreview(reply.value);
  }

  async function confirm(): Promise<void> {
    if (values === null || preview === null || isBusy) return;
    setBusy(true);
    const reply = await api.situation.confirm({
      personId,
      rowVersion: preview.subject.rowVersion,
      change: changeOf(values),
    });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    window.dispatchEvent(new Event('guichet:local-write'));
    setDone({ notice: reply.value.notice });
    setPreview(null);
    setValues(null);
    reload();
  }

  return (
    <article className="situation">
      <p>
        <Link to={caseFilePath(ref)}>{t('situation.back')}</Link>
      </p>
      <h1 ref={titleRef} tabIndex={-1} className="page-title">
        {t('situation.title')}
        {summary !== null && <span className="situation__name"> — {summary.displayName}</span>}
      </h1>
      <p className="form-field__hint">{t('situation.intro')}</p>
      {summary === null || values === null ? (
        error ? (
          <ErrorMessage error={error} />
        ) : (
          <p>{t('situation.loading')}</p>
        )
      ) : (
        <SituationForm
          summary={summary}
          values={values}
          error={error}
          preview={preview}
          isBusy={isBusy}
          onChange={change}
          onPreview={() => void showEffect()}
          onConfirm={() => void confirm()}
          onReload={() => {
            setPreview(null);
            setError(null);
            reload();
          }}
        />
      )}
      {preview !== null && <EffectTable preview={preview} />}
      {done !== null && (
        <div role="status" className="card situation__done">
          <p>{t('situation.done')}</p>
          {done.notice !== null && (
            <p>
              {t('situation.doneNotice')} <Link to="/letters">{t('situation.toLetters')}</Link>
            </p>
          )}
        </div>
      )}
      {history !== null && <SituationHistory history={history} />}
    </article>
  );
}
