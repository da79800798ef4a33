/**
 * The branch dashboard: the figures of the signed-in advisor's branch at today's date, computed on
 * the device's data (works offline), and the export of its overdue tasks as a spreadsheet. Figures
 * follow the head-office report definitions (shared/domain/reports).
 */
import { z } from 'zod';
import { languageSchema, type ChannelGroup } from '../schemas';
import { centsSchema, isoDateSchema } from './common';

export { dashboardRoles } from '../fixed-lists';

const periodCountSchema = z.object({ month: z.number().int(), year: z.number().int() });
const taskCountSchema = z.object({ open: z.number().int(), overdue: z.number().int() });
const debtFigureSchema = z.object({
  debts: z.number().int(),
  caseFiles: z.number().int(),
  outstandingCents: centsSchema,
});

export const branchDashboardSchema = z.object({
  at: isoDateSchema,
  monthFrom: isoDateSchema,
  yearFrom: isoDateSchema,
  branchCode: z.string(),
  movements: z.object({
    affiliations: periodCountSchema,
    cessations: periodCountSchema,
    categoryChanges: periodCountSchema,
  }),
  tasksByKind: z.array(taskCountSchema.extend({ kind: z.string() })),
  tasksByAdvisor: z.array(
    taskCountSchema.extend({ advisorId: z.string().nullable(), advisorName: z.string().nullable() }),
  ),
  tasksTotal: taskCountSchema,
  complaints: z.object({ open: z.number().int(), nearDeadline: z.number().int(), overdue: z.number().int() }),
  debtsByAge: z.array(debtFigureSchema.extend({ ageBucket: z.string() })),
  debtsByStep: z.array(debtFigureSchema.extend({ recoveryStep: z.string() })),
  debtsTotal: debtFigureSchema,
  plans: z.object({ active: z.number().int(), respected: z.number().int(), lapsed: z.number().int() }),
  lettersByKind: z.array(periodCountSchema.extend({ kind: z.string() })),
  requests: z.array(
    z.object({
      kind: z.string(),
      total: z.number().int(),
      pending: z.number().int(),
      granted: z.number().int(),
      refused: z.number().int(),
      grantedEffectCents: centsSchema,
    }),
  ),
  overdueTasks: z.array(
    z.object({
      id: z.string(),
      dueDate: isoDateSchema,
      daysOverdue: z.number().int(),
      kind: z.string(),
      caseFileName: z.string(),
      assigneeName: z.string().nullable(),
    }),
  ),
});
export type BranchDashboardDto = z.infer<typeof branchDashboardSchema>;

export const dashboardChannels = {
  /** The figures of the signed-in advisor's branch today. */
  'dashboard.branch': { input: z.object({}), output: branchDashboardSchema },
  /** The branch's overdue tasks as an XLSX file (headers in `language`); recorded in the access log. */
  'dashboard.exportOverdueTasks': {
    input: z.object({ language: languageSchema }),
    output: z.object({ fileName: z.string(), xlsxBase64: z.string(), rowCount: z.number().int() }),
  },
} as const satisfies ChannelGroup;
