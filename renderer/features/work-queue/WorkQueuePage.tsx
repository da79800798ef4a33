/**
 * "File de travail": the branch's open tasks and complaints to answer, overdue first, then by due
 * date; filtered by mine / branch and by kind; each entry links to its case file. Assigning is
 * offered to the branch manager only (the services refuse it to others).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assigningRoles, queueKinds } from '../../../shared/contract/channels/work-queue';
import { useApi } from '../../api/ApiProvider';
import { useSessionStore } from '../../app/session-store';
import { caseFilePath } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TaskActions } from './TaskActions';
import { queueKindLabel, queueTitle } from './work-queue-labels';
import {
  loadBranchAdvisors,
  loadWorkQueue,
  setQueueFilter,
  useWorkQueueStore,
  type QueueKindFilter,
} from './work-queue-store';
import './work-queue.css';

export function WorkQueuePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { scope, kind, entries, advisors, status, error } = useWorkQueueStore();
  const advisor = useSessionStore((state) => state.session?.advisor);
  const canAssign = advisor !== undefined && (assigningRoles as readonly string[]).includes(advisor.role);
  const [message, setMessage] = useState<string | null>(null);
  const exists = (key: string) => i18n.exists(key);

  useEffect(() => {
    void loadWorkQueue(api);
    void loadBranchAdvisors(api);
  }, [api]);

  const onChanged = (text: string) => {
    setMessage(text);
    void loadWorkQueue(api);
  };

  return (
    <section className="page work-queue" aria-labelledby="work-queue-title">
      <h1 id="work-queue-title" className="page-title">
        {t('workQueue.title')}
      </h1>
      <p className="page-intro">{t('workQueue.intro')}</p>
      <div className="work-queue__filters" role="group" aria-label={t('workQueue.filters.label')}>
        <label>
          {t('workQueue.filters.scope')}{' '}
          <select
            value={scope}
            onChange={(event) => setQueueFilter(api, { scope: event.target.value === 'mine' ? 'mine' : 'branch' })}
          >
            <option value="branch">{t('workQueue.filters.branch')}</option>
            <option value="mine">{t('workQueue.filters.mine')}</option>
          </select>
        </label>
        <label>
          {t('workQueue.filters.kind')}{' '}
          <select
            value={kind ?? ''}
            onChange={(event) =>
              setQueueFilter(api, { kind: event.target.value === '' ? null : (event.target.value as QueueKindFilter) })
            }
          >
            <option value="">{t('workQueue.filters.allKinds')}</option>
            {queueKinds.map((option) => (
              <option key={option} value={option}>
                {option === 'complaint' ? t('workQueue.filters.complaint') : queueKindLabel(t, option)}
              </option>
            ))}
          </select>
        </label>
        <span className="work-queue__count" role="status">
          {t('workQueue.count', { count: entries.length })}
        </span>
      </div>
      {message && (
        <p className="status-message" role="status">
          {message}
        </p>
      )}
      {status === 'error' && error && <ErrorMessage error={error} />}
      {status === 'ready' && entries.length === 0 ? (
        <p className="empty-note">{t('workQueue.empty')}</p>
      ) : (
        <table className="data-table work-queue__table">
          <thead>
            <tr>
              <th scope="col">{t('workQueue.columns.dueDate')}</th>
              <th scope="col">{t('workQueue.columns.kind')}</th>
              <th scope="col">{t('workQueue.columns.title')}</th>
              <th scope="col">{t('workQueue.columns.caseFile')}</th>
              <th scope="col">{t('workQueue.columns.assignee')}</th>
              <th scope="col">{t('workQueue.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const title = queueTitle(t, exists, entry);
              const path = caseFilePath(entry.caseFile);
              return (
                <tr
                  key={entry.id}
                  className={entry.isOverdue ? 'is-overdue' : undefined}
                  data-entry-kind={entry.entryKind}
                >
                  <td>
                    {format.date(entry.dueDate)}
                    {entry.isOverdue && (
                      <span className="status-pill queue-flag--overdue">{t('workQueue.overdue')}</span>
                    )}
                    {!entry.isOverdue && entry.isNearDeadline && (
                      <span className="status-pill queue-flag--near">{t('workQueue.nearDeadline')}</span>
                    )}
                  </td>
                  <td>{queueKindLabel(t, entry.kind)}</td>
                  <td>{title}</td>
                  <td>
                    <Link
                      to={entry.entryKind === 'complaint' ? `${path}?tab=complaints` : `${path}?tab=tasks`}
                      state={{ accessSource: 'work-queue' }}
                    >
                      {entry.caseFile.displayName}
                    </Link>
                  </td>
                  <td>{entry.assignee?.displayName ?? t('workQueue.nobody')}</td>
                  <td>
                    {entry.entryKind === 'task' && advisor ? (
                      <TaskActions
                        entry={entry}
                        title={title}
                        advisorId={advisor.id}
                        canAssign={canAssign}
                        advisors={advisors}
                        onChanged={onChanged}
                      />
                    ) : (
                      <Link
                        className="button button--secondary"
                        to={`${path}?tab=complaints`}
                        state={{ accessSource: 'work-queue' }}
                      >
                        {t('workQueue.openComplaint')}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
