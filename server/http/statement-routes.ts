/**
 * The unmatched queue served to the app (shared/contract/statement-protocol.ts): listed and allocated
 * by a back-office advisor of the calling device's branch. Authentication, versions and validation
 * are the sync routes' own (`guarded`); a refusal changes nothing and names its reason in the details.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  allocateRequestSchema,
  statementPaths,
  unmatchedListRequestSchema,
} from '../../shared/contract/statement-protocol';
import type { DeviceScope } from '../auth';
import type { ServerDb } from '../db/connection';
import { isBackOfficeAdvisor } from '../statement-import/back-office';
import { allocateUnmatched, listUnmatchedForStaff, QueueRefusal } from '../statement-import/unmatched-queue';
import { SyncRefusal } from '../sync/errors';

export type Guarded = <T extends z.ZodType>(
  request: FastifyRequest,
  reply: FastifyReply,
  schema: T,
  handle: (input: z.infer<T>, scope: DeviceScope) => Promise<unknown>,
) => Promise<unknown>;

async function requireBackOffice(db: ServerDb, advisorId: string, scope: DeviceScope): Promise<void> {
  if (!(await isBackOfficeAdvisor(db, advisorId, scope.branchId)))
    throw new SyncRefusal('forbidden', { reason: 'back-office-only' });
}

export function registerStatementRoutes(
  app: FastifyInstance,
  options: { db: ServerDb; now: () => Date; guarded: Guarded },
): void {
  const { db, now, guarded } = options;

  app.post(statementPaths.unmatched, (request, reply) =>
    guarded(request, reply, unmatchedListRequestSchema, async (input, scope) => {
      await requireBackOffice(db, input.advisorId, scope);
      const entries = await listUnmatchedForStaff(db);
      request.log.info({ deviceId: scope.deviceId, entries: entries.length }, 'unmatched queue listed');
      return { serverTime: now().getTime(), entries };
    }),
  );

  app.post(statementPaths.allocate, (request, reply) =>
    guarded(request, reply, allocateRequestSchema, async (input, scope) => {
      await requireBackOffice(db, input.advisorId, scope);
      const target =
        input.target.kind === 'contribution'
          ? { contributionId: input.target.contributionId }
          : { caseFile: input.target.caseFile };
      const resolver = { advisorId: input.advisorId, deviceId: scope.deviceId };
      try {
        const { paymentId } = await allocateUnmatched(db, input.entryId, target, input.note, now(), resolver);
        request.log.info({ deviceId: scope.deviceId }, 'unmatched entry allocated');
        return { serverTime: now().getTime(), paymentId };
      } catch (error) {
        if (error instanceof QueueRefusal) throw new SyncRefusal('validation', { reason: error.reason });
        throw error;
      }
    }),
  );
}
