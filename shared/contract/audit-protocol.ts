/**
 * The audit trail head office keeps (every change received, with its fields before and after), read
 * online by a device for a case file of its scope: the case file's audit screen shows it beside the
 * device's own lines, which leave the device once head office holds them. Same authentication,
 * versions and error body as the sync protocol.
 */
import { z } from 'zod';
import { singleLineText } from './text';

export const auditPaths = { caseFile: '/v1/audit/case-file' } as const;

const versions = {
  protocolVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
};

export const caseFileAuditRequestSchema = z.looseObject({
  ...versions,
  rootId: singleLineText({ max: 200 }).min(1),
  limit: z.number().int().min(1).max(500),
});

export const headOfficeAuditLineSchema = z.object({
  /** The device's mutation id, also the id of the device's own audit line of the same change. */
  mutationId: z.string(),
  deviceId: z.string(),
  /** When head office received the change. */
  at: z.string(),
  advisorId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  operation: z.enum(['insert', 'update', 'delete']),
  fields: z.array(z.string()),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type HeadOfficeAuditLine = z.infer<typeof headOfficeAuditLineSchema>;

export const caseFileAuditResponseSchema = z.object({
  serverTime: z.number(),
  lines: z.array(headOfficeAuditLineSchema),
});
