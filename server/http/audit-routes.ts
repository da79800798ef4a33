/**
 * Head office's audit trail of one case file, for a device whose scope holds it (its branch, or an
 * assignment): every change received for the file's rows, newest first, with the fields before and
 * after as the writing device recorded them. Read-only.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { auditPaths, caseFileAuditRequestSchema } from '../../shared/contract/audit-protocol';
import type { ServerDb } from '../db/connection';
import { SyncRefusal } from '../sync/errors';
import type { Guarded } from './statement-routes';

type Line = {
  mutation_id: string;
  device_id: string;
  received_at: Date | string;
  advisor_id: string | null;
  entity: string;
  entity_id: string;
  operation: 'insert' | 'update' | 'delete';
  applied_fields: string[];
  audit_before: Record<string, unknown> | null;
  audit_after: Record<string, unknown> | null;
};

export function registerAuditRoutes(
  app: FastifyInstance,
  options: { db: ServerDb; now: () => Date; guarded: Guarded },
): void {
  const { db, now, guarded } = options;
  app.post(auditPaths.caseFile, (request, reply) =>
    guarded(request, reply, caseFileAuditRequestSchema, async (input, scope) => {
      const root = await db.execute(
        sql`SELECT branch_id FROM sync_rows WHERE id = ${input.rootId} AND entity IN ('person', 'company') LIMIT 1`,
      );
      const rootRows = (root as unknown as { rows: { branch_id: string | null }[] }).rows;
      const branchId = rootRows[0]?.branch_id;
      if (rootRows.length === 0 || (branchId !== scope.branchId && !scope.assignedRootIds.has(input.rootId)))
        throw new SyncRefusal('forbidden', { reason: 'out-of-scope' });
      const result = await db.execute(
        sql`SELECT m.mutation_id, m.device_id, m.received_at, m.advisor_id, m.entity, m.entity_id, m.operation,
                   m.applied_fields, m.audit_before, m.audit_after
            FROM mutations m JOIN sync_rows r ON r.entity = m.entity AND r.id = m.entity_id
            WHERE r.id = ${input.rootId} OR r.root_id = ${input.rootId}
            ORDER BY m.received_at DESC, m.seq DESC LIMIT ${input.limit}`,
      );
      const lines = (result as unknown as { rows: Line[] }).rows;
      request.log.info({ deviceId: scope.deviceId, lines: lines.length }, 'case-file audit read');
      return {
        serverTime: now().getTime(),
        lines: lines.map((line) => ({
          mutationId: line.mutation_id,
          deviceId: line.device_id,
          at: new Date(line.received_at).toISOString(),
          advisorId: line.advisor_id,
          entity: line.entity,
          entityId: line.entity_id,
          operation: line.operation,
          fields: line.applied_fields,
          before: line.audit_before,
          after: line.audit_after,
        })),
      };
    }),
  );
}
