/** Follow-up tasks of the file: open ones first with their due date, a quick "new task", "done". */
import { addDays } from '../../../shared/domain/calendar';
import { fundDay } from '../../../shared/domain/fund-day';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseFileDetail, TaskRow } from '../../../shared/contract/channels/case-file-detail';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import type { CaseFileRef } from '../../app/shell-store';
import { taskTitleText } from '../../i18n/task-title';
import { taskKindLabel } from '../../ui/record-labels';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { DateInput } from '../../ui/DateInput';
import { upsertTask } from './case-file-store';

function statusLabel(t: TFunction, task: TaskRow): string {
  if (task.status === 'done') return t('task.status.done');
  if (task.status === 'cancelled') return t('task.status.cancelled');
  return task.isOverdue ? t('task.status.overdue') : t('task.status.open');
}

function inTwoWeeks(): string {
  return addDays(fundDay(new Date()), 14);
}

export function TasksTab({ detail, caseFile }: { detail: CaseFileDetail; caseFile: CaseFileRef }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState(inTwoWeeks);
  const [error, setError] = useState<ContractError | null>(null);
  const order = { open: 0, done: 1, cancelled: 2 } as const;
  const tasks = [...detail.tasks].sort(
    (a, b) => order[a.status] - order[b.status] || a.dueDate.localeCompare(b.dueDate),
  );
  const titleOf = (task: TaskRow): string =>
    taskTitleText(t, (key) => i18n.exists(key), task.title, taskKindLabel(t, task.kind));

  async function create(): Promise<void> {
    const reply = await api.task.create({ ...caseFile, taskKind: 'follow-up', title, dueDate });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    upsertTask(reply.value);
    setTitle('');
    setError(null);
  }

  async function complete(task: TaskRow): Promise<void> {
    const reply = await api.task.complete({ taskId: task.id });
    if (reply.ok) upsertTask(reply.value);
    else setError(reply.error);
  }

  const titleError = error?.details?.issues?.find((issue) => issue.path === 'title')?.messageKey ?? null;
  const dateError = error?.details?.issues?.find((issue) => issue.path === 'dueDate')?.messageKey ?? null;
  return (
    <div className="stack">
      <form
        className="card task-form"
        aria-labelledby="task-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <h2 id="task-form-title" className="card__title">
          {t('caseFile.tasks.add')}
        </h2>
        <div className="form-grid">
          <FormField id="task-title" label={t('caseFile.tasks.taskTitle')} error={titleError}>
            <input type="text" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
          </FormField>
          <FormField id="task-due" label={t('caseFile.tasks.dueDate')} error={dateError}>
            <DateInput value={dueDate} onChange={setDueDate} />
          </FormField>
        </div>
        {error && !titleError && !dateError && <ErrorMessage error={error} />}
        <div className="button-row">
          <button type="submit" className="button">
            {t('caseFile.tasks.create')}
          </button>
        </div>
      </form>
      <section className="card" aria-labelledby="tasks-title">
        <h2 id="tasks-title" className="card__title">
          {t('caseFile.tasks.title')}
        </h2>
        {tasks.length === 0 ? (
          <p className="empty-note">{t('caseFile.tasks.empty')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('caseFile.tasks.taskTitle')}</th>
                <th scope="col">{t('caseFile.tasks.kind')}</th>
                <th scope="col">{t('caseFile.tasks.dueDate')}</th>
                <th scope="col">{t('caseFile.tasks.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('caseFile.tasks.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id} className={task.isOverdue && task.status === 'open' ? 'is-overdue' : undefined}>
                  <td>{titleOf(task)}</td>
                  <td>{taskKindLabel(t, task.kind)}</td>
                  <td>{format.date(task.dueDate)}</td>
                  <td>
                    <span
                      className={`status-pill task-status task-status--${task.isOverdue && task.status === 'open' ? 'overdue' : task.status}`}
                    >
                      {statusLabel(t, task)}
                    </span>
                  </td>
                  <td>
                    {task.status === 'open' && (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => void complete(task)}
                        aria-label={t('caseFile.tasks.completeNamed', { title: titleOf(task) })}
                      >
                        {t('caseFile.tasks.complete')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
