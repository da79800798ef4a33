/**
 * The branch's work queue (open tasks and complaints to answer, overdue first), who does what
 * (assigning a task, taking it), and the advisor a case file is assigned to: its contact on letters.
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import type { AdvisorRole } from './session';
import { advisorRefSchema, caseFileRefSchema, idSchema, isoDateSchema } from './common';
import { taskKinds, taskRowSchema } from './case-file-detail';

/** Who hands work and case files to another advisor; any advisor may take a task for themself. */
export const assigningRoles = ['branch-manager'] as const satisfies readonly AdvisorRole[];

/** The queue's kind filter: a task kind, or the complaints. */
export const queueKinds = [...taskKinds, 'complaint'] as const;

export const queueEntrySchema = z.object({
  entryKind: z.enum(['task', 'complaint']),
  id: idSchema,
  kind: z.enum(queueKinds),
  /** A task's title (a message key or the advisor's words); a complaint's subject. */
  title: z.string(),
  dueDate: isoDateSchema,
  isOverdue: z.boolean(),
  /** A complaint within the fund's warning window before its answer is due. */
  isNearDeadline: z.boolean(),
  status: z.string(),
  assignee: advisorRefSchema,
  caseFile: caseFileRefSchema.extend({ displayName: z.string() }),
});
export type QueueEntryDto = z.infer<typeof queueEntrySchema>;

export const branchAdvisorSchema = z.object({ id: idSchema, displayName: z.string(), role: z.string() });

export const workQueueChannels = {
  /** Open tasks and open complaints of the advisor's branch: overdue first, then by due date. */
  'workQueue.list': {
    input: z.object({
      scope: z.enum(['mine', 'branch']).default('branch'),
      kind: z.enum(queueKinds).nullable().default(null),
      limit: z.number().int().min(1).max(500).default(200),
    }),
    output: z.array(queueEntrySchema),
  },
  /** The advisors of the signed-in advisor's branch: who a task or a case file can be assigned to. */
  'workQueue.advisors': { input: z.object({}), output: z.array(branchAdvisorSchema) },
  /** Assigns an open task to an advisor of the branch (the branch manager's call). */
  'task.assign': { input: z.object({ taskId: idSchema, advisorId: idSchema }), output: taskRowSchema },
  /** The signed-in advisor takes an open task for themself. */
  'task.take': { input: z.object({ taskId: idSchema }), output: taskRowSchema },
  /** The advisor the case file is assigned to (its contact on letters), or null. */
  'caseFile.contact': { input: caseFileRefSchema, output: z.object({ advisor: advisorRefSchema }) },
  /** Assigns the case file to an advisor of its branch (the branch manager's call). */
  'caseFile.assignAdvisor': {
    input: caseFileRefSchema.extend({ advisorId: idSchema }),
    output: z.object({ advisor: advisorRefSchema }),
  },
} as const satisfies ChannelGroup;
