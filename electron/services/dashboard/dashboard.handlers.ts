/**
 * The branch dashboard: the repository reads the branch's rows, the pure core counts them, and the
 * overdue tasks are written to a spreadsheet. An export names case files: each case file in it gets
 * an access-log entry, written in the same transaction as the read, before the file leaves.
 */
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { appendAccess } from '../../../db/repositories/access-log-repo';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { readDashboardRows, readOverdueTasks, type OverdueTaskRecord } from '../../../db/repositories/dashboard-repo';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import type { dashboardChannels } from '../../../shared/contract/channels/dashboard';
import { toIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { branchDashboard, daysOverdue } from '../../../shared/domain/reports/branch-dashboard';
import { defaultReportPeriod } from '../../../shared/domain/reports/report-definitions';
import { overdueTasksTexts, taskKindText } from '../../letters/texts/dashboard-export';
import { complaintPolicyOf } from '../complaint/complaint-policy';
import type { HandlerGroup, ServiceContext } from '../service-context';

type OverdueLine = ChannelOutput<'dashboard.branch'>['overdueTasks'][number];

const overdueLine = (task: OverdueTaskRecord, at: IsoDate): OverdueLine => ({
  id: task.id,
  dueDate: toIsoDate(task.dueDate),
  daysOverdue: daysOverdue(task.dueDate, at),
  kind: task.kind,
  caseFileName: task.caseFileName,
  assigneeName: task.assigneeName,
});

function branchFigures(context: ServiceContext, advisor: AdvisorWithBranch): ChannelOutput<'dashboard.branch'> {
  const sqlite = context.db.$client;
  const at = toIsoDate(context.today());
  const { rows, overdue } = sqlite.transaction(() => ({
    rows: readDashboardRows(sqlite, advisor.branchId, defaultReportPeriod(at).from),
    overdue: readOverdueTasks(sqlite, advisor.branchId, at),
  }))();
  return {
    ...branchDashboard(rows, at, complaintPolicyOf(context.db)),
    branchCode: advisor.branchCode,
    overdueTasks: overdue.map((task) => overdueLine(task, at)),
  };
}

async function exportOverdueTasks(
  context: ServiceContext,
  { language }: ParsedInput<'dashboard.exportOverdueTasks'>,
  advisor: AdvisorWithBranch,
): Promise<ChannelOutput<'dashboard.exportOverdueTasks'>> {
  const sqlite = context.db.$client;
  const at = toIsoDate(context.today());
  const tasks = sqlite.transaction(() => {
    const read = readOverdueTasks(sqlite, advisor.branchId, at);
    const caseFiles = new Map<string, { kind: 'person' | 'company'; id: string }>();
    for (const task of read) {
      if (task.personId !== null) caseFiles.set(`p${task.personId}`, { kind: 'person', id: task.personId });
      else if (task.companyId !== null) caseFiles.set(`c${task.companyId}`, { kind: 'company', id: task.companyId });
    }
    for (const caseFile of caseFiles.values())
      appendAccess(context.recorder, { caseFile, action: 'caseFile.export', detail: 'dashboard.overdueTasks' });
    return read;
  })();
  const texts = overdueTasksTexts[language];
  const { headers } = texts;
  const header: Row = [headers.dueDate, headers.daysOverdue, headers.kind, headers.caseFile, headers.assignee].map(
    (value) => ({ value, fontWeight: 'bold' as const }),
  );
  const lines = tasks.map((task): Row => {
    const line = overdueLine(task, at);
    return [
      line.dueDate,
      line.daysOverdue,
      taskKindText(texts, line.kind),
      line.caseFileName,
      line.assigneeName ?? texts.unassigned,
    ];
  });
  const xlsx = await writeXlsxFile([header, ...lines], {
    sheet: texts.sheet,
    columns: [{ width: 12 }, { width: 10 }, { width: 36 }, { width: 36 }, { width: 28 }],
  }).toBuffer();
  return {
    fileName: `overdue-tasks-${advisor.branchCode}-${at}.xlsx`,
    xlsxBase64: xlsx.toString('base64'),
    rowCount: lines.length,
  };
}

export function dashboardHandlers(context: ServiceContext): HandlerGroup<keyof typeof dashboardChannels> {
  return {
    'dashboard.branch': (_input, { advisor }) => branchFigures(context, advisor),
    'dashboard.exportOverdueTasks': (input, { advisor }) => exportOverdueTasks(context, input, advisor),
  };
}
