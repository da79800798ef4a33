/**
 * What this device keeps, by part, and what leaves it when and why, under the periods the fund sets
 * at head office: acknowledged changes and their audit lines once head office holds them, the audit
 * lines head office never receives, letter PDFs (their hash and data stay, so a letter can be drawn again). Read-only; reloaded with the sync history after each round.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageOverviewDto } from '../../../shared/contract/channels/sync';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatInstant } from './sync-labels';

function useStorage(reloadKey: string): { storage: StorageOverviewDto | null; error: ContractError | null } {
  const api = useApi();
  const [storage, setStorage] = useState<StorageOverviewDto | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void api.sync.storage({}).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setStorage(reply.value);
      setError(reply.ok ? null : reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, reloadKey]);
  return { storage, error };
}

/** On the sync page a card under the page's title; on `#/sync/storage` the page itself (its title an h1). */
export function StoragePanel({ reloadKey, isPage = false }: { reloadKey: string; isPage?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { storage, error } = useStorage(reloadKey);
  if (error) return <ErrorMessage error={error} />;
  if (!storage) return null;
  const size = (bytes: number): string =>
    t('sync.storage.megabytes', { value: Math.round((bytes / 1_048_576) * 10) / 10 });
  const when = (iso: string | null): string =>
    iso === null ? t('sync.storage.nothingYet') : formatInstant(iso, format.language);
  const parts: { key: string; label: string; bytes: number; detail: string }[] = [
    { key: 'caseFiles', label: t('sync.storage.parts.caseFiles'), bytes: storage.caseFilesBytes, detail: '' },
    {
      key: 'letters',
      label: t('sync.storage.parts.letters'),
      bytes: storage.lettersBytes,
      detail: t('sync.storage.lettersWithPdf', { count: storage.lettersWithPdf }),
    },
    {
      key: 'outboxPending',
      label: t('sync.storage.parts.outboxPending'),
      bytes: storage.outboxPendingBytes,
      detail: t('sync.storage.records', { count: storage.outboxPending }),
    },
    {
      key: 'outboxKept',
      label: t('sync.storage.parts.outboxKept'),
      bytes: storage.outboxKeptBytes,
      detail: t('sync.storage.records', { count: storage.outboxKept }),
    },
    {
      key: 'audit',
      label: t('sync.storage.parts.audit'),
      bytes: storage.auditPendingBytes + storage.auditKeptBytes,
      detail: t('sync.storage.lines', { count: storage.auditLines - storage.auditDeviceOnly }),
    },
    {
      key: 'auditDeviceOnly',
      label: t('sync.storage.parts.auditDeviceOnly'),
      bytes: storage.auditDeviceOnlyBytes,
      detail: t('sync.storage.lines', { count: storage.auditDeviceOnly }),
    },
    { key: 'other', label: t('sync.storage.parts.other'), bytes: storage.otherBytes, detail: '' },
    { key: 'free', label: t('sync.storage.parts.free'), bytes: storage.freeBytes, detail: '' },
  ];
  return (
    <section className="card" aria-labelledby="sync-storage-title">
      {isPage ? (
        <h1 id="sync-storage-title" className="page-title">
          {t('sync.storage.title')}
        </h1>
      ) : (
        <h2 id="sync-storage-title" className="card__title">
          {t('sync.storage.title')}
        </h2>
      )}
      <p>{t('sync.storage.total', { size: size(storage.fileBytes) })}</p>
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="sync-storage-title">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('sync.storage.part')}</th>
              <th scope="col" className="amount">
                {t('sync.storage.size')}
              </th>
              <th scope="col">{t('sync.storage.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part.key}>
                <th scope="row">{part.label}</th>
                <td className="amount">{size(part.bytes)}</td>
                <td>{part.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isPage ? <h2>{t('sync.storage.scheduleTitle')}</h2> : <h3>{t('sync.storage.scheduleTitle')}</h3>}
      <p>{storage.isSetByFund ? t('sync.storage.setByFund') : t('sync.storage.defaults')}</p>
      <ul className="stack">
        <li>
          {t('sync.storage.outboxRule', { days: storage.acknowledgedKeepDays })}{' '}
          {t('sync.storage.nextAt', { at: when(storage.nextOutboxPurgeAt) })}
        </li>
        {storage.outboxHeld > 0 && <li>{t('sync.storage.held', { count: storage.outboxHeld })}</li>}
        <li>
          {t('sync.storage.letterRule', { days: storage.letterPdfKeepDays })}{' '}
          {t('sync.storage.nextAt', { at: when(storage.nextLetterPdfPurgeAt) })}
        </li>
        <li>
          {t('sync.storage.deviceAuditRule', { days: storage.deviceAuditKeepDays })}{' '}
          {t('sync.storage.nextAt', { at: when(storage.nextDeviceAuditPurgeAt) })}
        </li>
        <li>{t('sync.storage.scopeRule')}</li>
        <li>{t('sync.storage.why')}</li>
      </ul>
    </section>
  );
}
