/**
 * The branch's overdue tasks, oldest first, and their export to a spreadsheet the manager downloads
 * (the export is recorded in the access log by the service).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchDashboardDto } from '../../../shared/contract/channels/dashboard';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';

type Download = { url: string; fileName: string; count: number };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function xlsxUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
}

export function OverdueTasks({ tasks }: { tasks: BranchDashboardDto['overdueTasks'] }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [download, setDownload] = useState<Download | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => () => (download ? URL.revokeObjectURL(download.url) : undefined), [download]);
  const exportTasks = async () => {
    setIsBusy(true);
    setError(null);
    const reply = await api.dashboard.exportOverdueTasks({ language: format.language });
    setIsBusy(false);
    if (!reply.ok) return setError(reply.error);
    setDownload({ url: xlsxUrl(reply.value.xlsxBase64), fileName: reply.value.fileName, count: reply.value.rowCount });
  };
  return (
    <section className="dashboard__section dashboard__wide card" aria-labelledby="dashboard-overdue">
      <h2 id="dashboard-overdue">{t('dashboard.overdueTasks.title')}</h2>
      <div className="dashboard__export">
        <button type="button" className="button button--secondary" disabled={isBusy} onClick={() => void exportTasks()}>
          {isBusy ? t('dashboard.overdueTasks.exporting') : t('dashboard.overdueTasks.export')}
        </button>
        {download && (
          <a href={download.url} download={download.fileName} data-testid="dashboard-export-download">
            {t('dashboard.overdueTasks.download', { fileName: download.fileName, count: download.count })}
          </a>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
      {tasks.length === 0 ? (
        <p>{t('dashboard.overdueTasks.none')}</p>
      ) : (
        <table className="data-table" data-testid="dashboard-overdue-tasks">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.overdueTasks.dueDate')}</th>
              <th scope="col" className="amount">
                {t('dashboard.overdueTasks.daysOverdue')}
              </th>
              <th scope="col">{t('dashboard.overdueTasks.kind')}</th>
              <th scope="col">{t('dashboard.overdueTasks.caseFile')}</th>
              <th scope="col">{t('dashboard.overdueTasks.assignee')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id}>
                <td>
                  <time dateTime={task.dueDate}>{format.date(task.dueDate)}</time>
                </td>
                <td className="amount">{task.daysOverdue}</td>
                <td>{t(`dashboard.tasks.kinds.${task.kind}`, { defaultValue: task.kind })}</td>
                <td>{task.caseFileName}</td>
                <td>{task.assigneeName ?? t('dashboard.tasks.unassigned')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
