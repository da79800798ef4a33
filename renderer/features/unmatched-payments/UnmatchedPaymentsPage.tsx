/**
 * Route `#/unmatched-payments` (back office): the credits head office could not book alone, read
 * online from head office. One entry at a time is allocated in the panel below the list; once booked
 * it leaves the list, and the payment reaches the case file with the next sync.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError, Reply } from '../../../shared/contract/errors';
import type { UnmatchedEntry } from '../../../shared/contract/statement-protocol';
import { formatIban } from '../../../shared/domain/identifiers/iban';
import { cents } from '../../../shared/domain/money';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AllocationPanel } from './AllocationPanel';
import { communicationOf, reasonLabel } from './unmatched-labels';
import './unmatched-payments.css';

export function UnmatchedPaymentsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [entries, setEntries] = useState<UnmatchedEntry[] | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [selected, setSelected] = useState<UnmatchedEntry | null>(null);
  const [isDone, setIsDone] = useState(false);
  useEffect(() => titleRef.current?.focus(), []);
  const show = useCallback((reply: Reply<UnmatchedEntry[]>) => {
    setError(reply.ok ? null : reply.error);
    if (reply.ok) setEntries(reply.value);
  }, []);
  useEffect(() => {
    let isCurrent = true;
    void api.bankStatement.unmatched({}).then((reply) => {
      if (isCurrent) show(reply);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, show]);
  const load = async () => show(await api.bankStatement.unmatched({}));
  const onAllocated = (entryId: string) => {
    setEntries((current) => current?.filter((entry) => entry.id !== entryId) ?? null);
    setSelected(null);
    setIsDone(true);
  };
  return (
    <article className="stack unmatched-payments">
      <h1 ref={titleRef} tabIndex={-1} className="page-title">
        {t('unmatchedPayments.title')}
      </h1>
      <p>{t('unmatchedPayments.intro')}</p>
      <div>
        <button type="button" className="button button--secondary" onClick={() => void load()}>
          {t('unmatchedPayments.refresh')}
        </button>
      </div>
      {isDone && <p role="status">{t('unmatchedPayments.done')}</p>}
      {error && <ErrorMessage error={error} />}
      {entries === null && !error && <p>{t('unmatchedPayments.loading')}</p>}
      {entries?.length === 0 && <p>{t('unmatchedPayments.empty')}</p>}
      {entries !== null && entries.length > 0 && (
        <table className="data-table" data-testid="unmatched-payments">
          <thead>
            <tr>
              <th scope="col">{t('unmatchedPayments.column.date')}</th>
              <th scope="col" className="amount">
                {t('unmatchedPayments.column.amount')}
              </th>
              <th scope="col">{t('unmatchedPayments.column.payer')}</th>
              <th scope="col">{t('unmatchedPayments.column.communication')}</th>
              <th scope="col">{t('unmatchedPayments.column.reason')}</th>
              <th scope="col">{t('unmatchedPayments.column.action')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} aria-selected={selected?.id === entry.id}>
                <td>{format.date(entry.valueDate)}</td>
                <td className="amount">{format.money(cents(entry.amountCents))}</td>
                <td>
                  {entry.payerName ?? t('unmatchedPayments.noPayer')}
                  {entry.payerIban && <div className="unmatched-payments__iban">{formatIban(entry.payerIban)}</div>}
                </td>
                <td>{communicationOf(entry)}</td>
                <td>{reasonLabel(t, entry.reason)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setIsDone(false);
                      setSelected(entry);
                    }}
                  >
                    {t('unmatchedPayments.allocate')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && (
        <AllocationPanel
          key={selected.id}
          entry={selected}
          onAllocated={onAllocated}
          onCancel={() => setSelected(null)}
        />
      )}
    </article>
  );
}
