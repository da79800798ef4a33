/**
 * A payment received at the counter: amount, date and (optional) structured communication; the
 * allocation the rules give is shown before the advisor confirms; once recorded, its receipt (queued
 * by the service) is issued and archived at once, ready to print.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import type { ContractError } from '../../../shared/contract/errors';
import { fundDay } from '../../../shared/domain/fund-day';
import { cents } from '../../../shared/domain/money';
import { useApi } from '../../api/ApiProvider';
import type { CaseFileRef } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { DateInput } from '../../ui/DateInput';
import { loadCaseFile } from './case-file-store';
import { contributionPeriod } from './contribution-period';
import { draftCounterPayment, type CounterPaymentForm as Form } from './counter-payment-preview';
import type { CounterAllocationLine } from '../../../shared/domain/surcharge/counter-payment';
import './counter.css';

function pdfUrl(pdfBase64: string): string {
  const binary = atob(pdfBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

type Recorded = { amountCents: number; receiptQueueId: string };

function AllocationPreview({ detail, lines }: { detail: CaseFileDetail; lines: readonly CounterAllocationLine[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const byId = new Map(detail.contributions.map((row) => [row.id, row]));
  return (
    <section aria-labelledby="counter-payment-preview-title" data-testid="counter-payment-preview">
      <h3 id="counter-payment-preview-title" className="counter-payment__preview-title">
        {t('counter.payment.preview')}
      </h3>
      <p className="counter-payment__preview-hint">{t('counter.payment.previewHint')}</p>
      <table className="data-table">
        <tbody>
          {lines.map((line, index) => {
            const row = line.contributionId === null ? undefined : byId.get(line.contributionId);
            return (
              <tr key={`${line.target}-${line.contributionId ?? index}`}>
                <td>
                  {row
                    ? t('counter.payment.principal', { period: contributionPeriod(t, row) })
                    : line.target === 'surcharge'
                      ? t('counter.payment.surcharge')
                      : t('counter.payment.credit')}
                </td>
                <td className="amount">{format.money(line.amount)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function ReceiptView({ receipt }: { receipt: { url: string; fileName: string } }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <p role="status">
        {t('counter.payment.receiptIssued')}{' '}
        <a href={receipt.url} download={receipt.fileName}>
          {receipt.fileName}
        </a>
      </p>
      <iframe
        className="pdf-preview__frame"
        title={t('counter.payment.receiptTitle')}
        src={receipt.url}
        data-testid="receipt-frame"
      />
    </div>
  );
}

export function CounterPaymentForm({ detail, caseFile }: { detail: CaseFileDetail; caseFile: CaseFileRef }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [form, setForm] = useState<Form>(() => ({ amount: '', date: fundDay(new Date()), communication: '' }));
  const [isTouched, setIsTouched] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [receipt, setReceipt] = useState<{ url: string; fileName: string } | null>(null);
  useEffect(() => () => (receipt ? URL.revokeObjectURL(receipt.url) : undefined), [receipt]);
  const draft = draftCounterPayment(detail, form);

  async function confirm(): Promise<void> {
    setIsTouched(true);
    if (!draft.ok) return;
    const reply = await api.payment.record({
      ...caseFile,
      amountCents: draft.amountCents,
      date: draft.date,
      structuredCommunication: draft.communication,
    });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setRecorded({ amountCents: reply.value.amountCents, receiptQueueId: reply.value.receiptQueueId });
    setForm((current) => ({ ...current, amount: '', communication: '' }));
    setIsTouched(false);
    await loadCaseFile(api, caseFile, true);
  }

  async function printReceipt(queueId: string): Promise<void> {
    const reply = await api.letters.issue({ source: 'queue', queueId });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setRecorded(null);
    setReceipt({ url: pdfUrl(reply.value.pdfBase64), fileName: reply.value.fileName });
  }

  const change = (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch }));
  return (
    <form
      className="card counter-payment"
      aria-labelledby="counter-payment-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      <h2 id="counter-payment-title" className="card__title">
        {t('counter.payment.title')}
      </h2>
      <div className="counter-payment__fields">
        <FormField
          id="counter-payment-amount"
          label={t('counter.payment.amount')}
          error={isTouched && !draft.ok && draft.error === 'amount' ? 'counter.payment.amountInvalid' : null}
        >
          <input
            className="input"
            inputMode="decimal"
            value={form.amount}
            onChange={(event) => change({ amount: event.target.value })}
          />
        </FormField>
        <FormField
          id="counter-payment-date"
          label={t('counter.payment.date')}
          error={isTouched && !draft.ok && draft.error === 'date' ? 'validation.isoDate' : null}
        >
          <DateInput value={form.date} onChange={(date) => change({ date })} />
        </FormField>
        <FormField
          id="counter-payment-communication"
          label={t('counter.payment.communication')}
          hint={t('counter.payment.communicationHint')}
        >
          <input
            className="input mono"
            value={form.communication}
            maxLength={30}
            onChange={(event) => change({ communication: event.target.value })}
          />
        </FormField>
      </div>
      {draft.ok && <AllocationPreview detail={detail} lines={draft.lines} />}
      {error && <ErrorMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button">
          {t('counter.payment.confirm')}
        </button>
        {recorded && (
          <>
            <span className="status-message" role="status">
              {t('counter.payment.recorded', { amount: format.money(cents(recorded.amountCents)) })}
            </span>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void printReceipt(recorded.receiptQueueId)}
            >
              {t('counter.payment.printReceipt')}
            </button>
          </>
        )}
      </div>
      {receipt && <ReceiptView receipt={receipt} />}
    </form>
  );
}
