/**
 * Route `#/letters/batches` (back office): choose the mailing (reminders for a quarter's
 * contributions still unpaid N days after the due date, statements and formal notices the recovery
 * path has reached, due notices of a quarter, tax certificates, company notices and reminders of a
 * year, in one branch), see how many, the total and who is in or left out and why first, confirm, then follow the progress (count, letters per second, time left; polled every
 * 500 ms, there is no push channel), cancel, resume — also batches interrupted by a crash or an
 * app restart — and download the merged PDF and the CSV manifest. The services check the role too.
 */
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  batchKindFields,
  type BatchCriteriaDto,
  type BatchKindName,
  type BatchStatusDto,
} from '../../../shared/contract/channels/letters';
import type { ContractError } from '../../../shared/contract/errors';
import { cents } from '../../../shared/domain/money';
import { useApi } from '../../api/ApiProvider';
import { useSessionStore } from '../../app/session-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { FormalNoticeCandidates } from './FormalNoticeCandidates';
import { BatchProgressView } from './BatchProgressView';
import { BatchCandidates } from './BatchCandidates';
import { batchCriteria, batchKindOf, canonicalQuarter, emptyBatchForm, withKind, type BatchForm } from './batch-form';
import { base64ToBytes, downloadBlob } from './pdf-blob';
import './letters.css';

export const POLL_MS = 500;

/** The kinds in the list, in the order the back office runs them over a year. */
const kindsInList: readonly BatchKindName[] = [
  'reminder',
  'account-statement',
  'formal-notice',
  'due-notice',
  'tax-certificate',
  'company-notice',
  'company-reminder',
];

function kindLabel(t: TFunction, kind: string): string {
  switch (kind) {
    case 'reminder':
      return t('letter.kind.reminder');
    case 'account-statement':
      return t('letter.kind.accountStatement');
    case 'formal-notice':
      return t('letter.kind.formalNotice');
    case 'due-notice':
      return t('letter.kind.dueNotice');
    case 'tax-certificate':
      return t('letter.kind.taxCertificate');
    case 'company-notice':
      return t('letters.batch.companyNotice');
    case 'company-reminder':
      return t('letters.batch.companyReminder');
    default:
      return kind;
  }
}

export function BatchPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const session = useSessionStore((state) => state.session);
  const [form, setForm] = useState<BatchForm>(() => emptyBatchForm(new Date(), session?.advisor.branch.code ?? ''));
  const [counted, setCounted] = useState<{ criteria: BatchCriteriaDto; count: number; totalCents: number } | null>(
    null,
  );
  const [batch, setBatch] = useState<BatchStatusDto | null>(null);
  const [unfinished, setUnfinished] = useState<BatchStatusDto[]>([]);
  const [error, setError] = useState<ContractError | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  // Poll while the batch renders; stop when it is completed, cancelled or failed.
  const batchId = batch?.id;
  const isActive = batch?.isActive === true;
  // Unfinished batches (to resume): at start, and again whenever the batch shown stops or starts.
  useEffect(() => {
    let isCurrent = true;
    void api.letters.batchList({}).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setUnfinished(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, batchId, isActive]);
  useEffect(() => {
    if (batchId === undefined || !isActive) return undefined;
    const timer = setInterval(() => {
      void api.letters.batchStatus({ batchId }).then((reply) => {
        if (reply.ok) setBatch(reply.value);
        else setError(reply.error);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, batchId, isActive]);

  const update = (patch: Partial<BatchForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setCounted(null);
  };

  async function count(): Promise<void> {
    const criteria = batchCriteria(form);
    setIsBusy(true);
    const reply = await api.letters.batchPreview(criteria);
    setIsBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      setCounted(null);
      return;
    }
    setError(null);
    setCounted({ criteria, count: reply.value.count, totalCents: reply.value.totalCents });
  }

  async function act(run: () => ReturnType<typeof api.letters.batchStatus>): Promise<void> {
    setIsBusy(true);
    const reply = await run();
    setIsBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setBatch(reply.value);
  }

  async function download(file: 'pdf' | 'manifest'): Promise<void> {
    if (!batch) return;
    setIsBusy(true);
    const parts: Uint8Array<ArrayBuffer>[] = [];
    let name = '';
    let type = '';
    for (let offset: number | null = 0; offset !== null;) {
      const reply = await api.letters.batchOutput({ batchId: batch.id, file, offset });
      if (!reply.ok) {
        setIsBusy(false);
        setError(reply.error);
        return;
      }
      parts.push(base64ToBytes(reply.value.base64));
      name = reply.value.fileName;
      type = reply.value.mediaType;
      offset = reply.value.nextOffset;
    }
    setIsBusy(false);
    downloadBlob(new Blob(parts, { type }), name);
  }

  const fields: readonly string[] = batchKindFields[form.kind];
  // What the services will receive, in the advisor's language and as the code, so a typo shows before counting.
  const canonical = canonicalQuarter(form.quarter);
  const quarterRead =
    canonical === null
      ? null
      : `${t('common.quarter', { index: canonical.slice(6), year: canonical.slice(0, 4) })} (${canonical})`;
  const issue = (path: string) => error?.details?.issues?.find((item) => item.path === path)?.messageKey ?? null;
  return (
    <section className="letters" aria-labelledby="batch-title">
      <header className="letters__header">
        <h1 id="batch-title" className="page-title">
          {t('letters.batch.title')}
        </h1>
        <Link className="button button--secondary" to="/letters">
          {t('letters.batch.back')}
        </Link>
      </header>
      {session?.advisor.role !== 'back-office' && <p className="hint">{t('letters.batch.backOfficeOnly')}</p>}
      {error && <ErrorMessage error={error} />}

      {unfinished.filter((item) => item.id !== batch?.id).length > 0 && (
        <section className="card" aria-labelledby="unfinished-title">
          <h2 id="unfinished-title" className="card__title">
            {t('letters.batch.unfinished')}
          </h2>
          <ul className="batch-list" data-testid="unfinished-batches">
            {unfinished
              .filter((item) => item.id !== batch?.id)
              .map((item) => (
                <li key={item.id}>
                  <span>
                    {t('letters.batch.unfinishedLine', {
                      kind: kindLabel(t, item.kind),
                      period: String(item.criteria.quarter ?? item.criteria.year ?? ''),
                      branch: String(item.criteria.branchCode ?? ''),
                      done: item.done,
                      total: item.total,
                      date: format.date(item.createdAt.slice(0, 10)),
                    })}
                  </span>{' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={isBusy}
                    onClick={() => void act(() => api.letters.batchResume({ batchId: item.id }))}
                  >
                    {t('letters.batch.resume')}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      )}

      <form
        className="card batch-form"
        aria-labelledby="batch-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void count();
        }}
      >
        <h2 id="batch-form-title" className="card__title">
          {t('letters.batch.criteria')}
        </h2>
        <div className="form-grid">
          <FormField id="batch-kind" label={t('letters.batch.kind')} error={issue('kind')}>
            <select
              value={form.kind}
              onChange={(event) => {
                setForm((current) => withKind(current, batchKindOf(event.target.value), new Date()));
                setCounted(null);
              }}
            >
              {kindsInList.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(t, kind)}
                </option>
              ))}
            </select>
          </FormField>
          {fields.includes('quarter') && (
            <FormField
              id="batch-quarter"
              label={t('letters.batch.quarter')}
              error={issue('quarter')}
              hint={quarterRead === null ? undefined : t('letters.batch.quarterRead', { quarter: quarterRead })}
            >
              <input type="text" value={form.quarter} onChange={(event) => update({ quarter: event.target.value })} />
            </FormField>
          )}
          {fields.includes('year') && (
            <FormField id="batch-year" label={t('letters.batch.year')} error={issue('year')}>
              <input
                type="number"
                min={1990}
                max={2100}
                value={form.year}
                onChange={(event) => update({ year: event.target.value })}
              />
            </FormField>
          )}
          {fields.includes('daysAfterDue') && (
            <FormField id="batch-days" label={t('letters.batch.daysAfterDue')} error={issue('daysAfterDue')}>
              <input
                type="number"
                min={0}
                value={form.daysAfterDue}
                onChange={(event) => update({ daysAfterDue: event.target.value })}
              />
            </FormField>
          )}
          <FormField id="batch-branch" label={t('letters.batch.branch')} error={issue('branchCode')}>
            <input
              type="text"
              value={form.branchCode}
              maxLength={5}
              onChange={(event) => update({ branchCode: event.target.value })}
            />
          </FormField>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={isBusy || isActive}>
            {t('letters.batch.count')}
          </button>
        </div>
        {counted && (
          <div className="batch-form__count" role="status" data-testid="batch-count">
            <p>
              {t('letters.batch.counted', { count: counted.count, amount: format.money(cents(counted.totalCents)) })}
            </p>
            {counted.criteria.kind === 'formal-notice' ? (
              <FormalNoticeCandidates branchCode={counted.criteria.branchCode} />
            ) : (
              <BatchCandidates criteria={counted.criteria} />
            )}
            {counted.count > 0 && (
              <button
                type="button"
                className="button"
                disabled={isBusy || isActive}
                onClick={() => {
                  void act(() => api.letters.batchStart(counted.criteria));
                  setCounted(null);
                }}
              >
                {t('letters.batch.start', { count: counted.count })}
              </button>
            )}
          </div>
        )}
      </form>

      {batch && (
        <BatchProgressView
          batch={batch}
          isBusy={isBusy}
          onCancel={() => void act(() => api.letters.batchCancel({ batchId: batch.id }))}
          onResume={() => void act(() => api.letters.batchResume({ batchId: batch.id }))}
          onDownload={(file) => void download(file)}
        />
      )}
    </section>
  );
}
