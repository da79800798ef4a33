/**
 * Who changed what in this case file, and when: newest first, each change with its values before
 * and after. The list is fetched by pages; "more" asks for the next page.
 */
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/channels/case-file-detail';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import type { CaseFileRef } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { auditChanges, entityLabel, fieldLabel } from './audit-lines';
import './counter.css';

const PAGE = 50;
/** The channel's cap: beyond it the trail is read at head office. */
const MAX_LINES = 500;

function operationLabel(t: TFunction, operation: AuditEntry['operation']): string {
  switch (operation) {
    case 'insert':
      return t('counter.audit.inserted');
    case 'update':
      return t('counter.audit.updated');
    case 'delete':
      return t('counter.audit.deleted');
  }
}

export function AuditTab({ caseFile }: { caseFile: CaseFileRef }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const exists = (key: string) => i18n.exists(key);
  const [limit, setLimit] = useState(PAGE);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<ContractError | null>(null);

  useEffect(() => {
    let isCurrent = true;
    // One line more than shown tells whether there is a next page.
    void api.caseFile.audit({ ...caseFile, limit: Math.min(limit + 1, MAX_LINES) }).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setEntries(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, caseFile.kind, caseFile.id, limit]); // eslint-disable-line react-hooks/exhaustive-deps -- the ref object is rebuilt on each render

  const shown = entries?.slice(0, limit) ?? [];
  const hasMore = entries !== null && entries.length > limit && limit < MAX_LINES;
  return (
    <section className="card" aria-labelledby="audit-title" data-testid="audit-trail">
      <h2 id="audit-title" className="card__title">
        {t('counter.audit.title')}
      </h2>
      {error && <ErrorMessage error={error} />}
      {entries !== null && shown.length === 0 && <p className="empty-note">{t('counter.audit.empty')}</p>}
      {shown.length > 0 && (
        <table className="data-table audit-table">
          <thead>
            <tr>
              <th scope="col">{t('counter.audit.at')}</th>
              <th scope="col">{t('counter.audit.who')}</th>
              <th scope="col">{t('counter.audit.what')}</th>
              <th scope="col">{t('counter.audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id}>
                <td>
                  {format.date(entry.at.slice(0, 10))} {entry.at.slice(11, 16)}
                </td>
                <td>{entry.advisor?.displayName ?? t('counter.audit.system')}</td>
                <td>
                  {entityLabel(t, exists, entry.entity)} — {operationLabel(t, entry.operation)}
                </td>
                <td>
                  <ul className="audit-changes">
                    {auditChanges(t, exists, format, entry).map((change) => (
                      <li key={change.field}>
                        <span className="audit-changes__field">{fieldLabel(t, exists, change.field)}</span>{' '}
                        {change.before !== null && <del>{change.before}</del>}
                        {change.before !== null && change.after !== null && ' → '}
                        {change.after !== null && <ins>{change.after}</ins>}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasMore && (
        <button type="button" className="button button--secondary" onClick={() => setLimit((value) => value + PAGE)}>
          {t('counter.audit.more', { count: PAGE })}
        </button>
      )}
    </section>
  );
}
