/**
 * What can be done with an open task from the queue: the branch manager assigns it to an advisor of
 * the branch, any advisor takes it for themself, and completes it with a note of what was done.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueEntryDto } from '../../../shared/contract/channels/work-queue';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';

type Props = {
  entry: QueueEntryDto;
  title: string;
  advisorId: string;
  canAssign: boolean;
  advisors: readonly { id: string; displayName: string }[];
  onChanged: (message: string) => void;
};

export function TaskActions({ entry, title, advisorId, canAssign, advisors, onChanged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [assignee, setAssignee] = useState(entry.assignee?.id ?? '');
  const [isCompleting, setIsCompleting] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ContractError | null>(null);

  async function assign(targetId: string): Promise<void> {
    const reply =
      targetId === advisorId && !canAssign
        ? await api.task.take({ taskId: entry.id })
        : await api.task.assign({ taskId: entry.id, advisorId: targetId });
    if (!reply.ok) return setError(reply.error);
    const name = advisors.find((advisor) => advisor.id === targetId)?.displayName ?? '';
    onChanged(t('workQueue.assigned', { name }));
  }

  async function complete(): Promise<void> {
    const reply = await api.task.complete({ taskId: entry.id, note });
    if (!reply.ok) return setError(reply.error);
    onChanged(t('workQueue.completed'));
  }

  const noteError = error?.details?.issues?.find((issue) => issue.path === 'note')?.messageKey ?? null;
  return (
    <div className="queue-actions">
      {canAssign && (
        <div className="queue-actions__assign">
          <label className="visually-hidden" htmlFor={`assign-${entry.id}`}>
            {t('workQueue.assignNamed', { title })}
          </label>
          <select id={`assign-${entry.id}`} value={assignee} onChange={(event) => setAssignee(event.target.value)}>
            <option value="">{t('workQueue.nobody')}</option>
            {advisors.map((advisor) => (
              <option key={advisor.id} value={advisor.id}>
                {advisor.displayName}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--secondary"
            disabled={assignee === '' || assignee === entry.assignee?.id}
            onClick={() => void assign(assignee)}
          >
            {t('workQueue.assign')}
          </button>
        </div>
      )}
      {!canAssign && entry.assignee?.id !== advisorId && (
        <button type="button" className="button button--secondary" onClick={() => void assign(advisorId)}>
          {t('workQueue.take')}
        </button>
      )}
      {!isCompleting ? (
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('workQueue.completeNamed', { title })}
          onClick={() => setIsCompleting(true)}
        >
          {t('workQueue.complete')}
        </button>
      ) : (
        <form
          className="queue-actions__complete"
          onSubmit={(event) => {
            event.preventDefault();
            void complete();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setIsCompleting(false);
            }
          }}
        >
          <FormField id={`note-${entry.id}`} label={t('workQueue.completionNote')} error={noteError}>
            <textarea value={note} autoFocus onChange={(event) => setNote(event.target.value)} />
          </FormField>
          <div className="button-row">
            <button type="submit" className="button">
              {t('workQueue.confirmComplete')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setIsCompleting(false)}>
              {t('workQueue.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && !noteError && <ErrorMessage error={error} />}
    </div>
  );
}
