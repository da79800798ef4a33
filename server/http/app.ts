/**
 * The HTTP face of head office. Stateless: everything lives in PostgreSQL, so any number of
 * instances can serve behind a load balancer. Logs carry the route, status, device id and counts,
 * never a body, a name or an address (the request serialiser drops the rest).
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  MIN_CLIENT_PROTOCOL_VERSION,
  DEFAULT_FUND_RETENTION,
  MIN_CLIENT_SCHEMA_VERSION,
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  enrolRequestSchema,
  escrowRequestSchema,
  wipeConfirmRequestSchema,
  fetchRequestSchema,
  pullRequestSchema,
  pushEnvelopeSchema,
  syncErrorStatus,
  syncPaths,
  type FundRetention,
  type SyncErrorCode,
} from '../../shared/contract/sync-protocol';
import { authenticate, confirmWipe, deviceToWipe, enrolDevice, storeEscrowedKey, type DeviceScope } from '../auth';
import { escrowKeyIdOf } from '../escrow/escrow-key';
import type { ServerDb } from '../db/connection';
import { SyncRefusal } from '../sync/errors';
import { DEFAULT_ATTEMPT_LIMITS, limitFailedAttempts, type AttemptLimits } from './attempts';
import { useJsonBodies } from './json-body';
import { useCompression } from './compression';
import { pullResponseText, readOne, readPull } from '../sync/pull';
import { createReadAhead } from '../sync/read-ahead';
import { applyPush } from '../sync/push';
import { registerAuditRoutes } from './audit-routes';
import { registerStatementRoutes } from './statement-routes';
import { accessLogPaths, accessLogPushRequestSchema } from '../../shared/contract/access-log-protocol';
import { storeAccessEntries } from '../access-log/access-log';

export type AppOptions = {
  db: ServerDb;
  now?: () => Date;
  isLogging?: boolean;
  instanceName?: string;
  /** Failed enrolments and authentications allowed per client address and window (DEFAULT_ATTEMPT_LIMITS). */
  attemptLimits?: AttemptLimits;
  /** The escrow public key (PEM) given to devices at enrolment; without it no key is escrowed. */
  escrowPublicKey?: string;
  /** The fund's retention periods, sent to devices with every pull (DEFAULT_FUND_RETENTION unless set). */
  retention?: FundRetention;
};

/** A push of 500 changes of the largest rows the app writes fits well within it. */
const BODY_LIMIT = 20 * 1024 * 1024;

const versionFields = { protocolVersion: 0, schemaVersion: 0 };

function refuse(reply: FastifyReply, code: SyncErrorCode, details: Record<string, unknown> = {}): FastifyReply {
  return reply.code(syncErrorStatus[code]).send({ error: { code, messageKey: `sync.errors.${code}`, details } });
}

/** Version check first: an outdated client learns it must update before anything else is said or written. */
function versionRefusal(body: unknown): { code: SyncErrorCode; details: Record<string, unknown> } | null {
  const { protocolVersion, schemaVersion } = {
    ...versionFields,
    ...(typeof body === 'object' && body !== null ? body : {}),
  };
  const details = {
    serverProtocolVersion: PROTOCOL_VERSION,
    serverSchemaVersion: SCHEMA_VERSION,
    minProtocolVersion: MIN_CLIENT_PROTOCOL_VERSION,
    minSchemaVersion: MIN_CLIENT_SCHEMA_VERSION,
  };
  if (typeof protocolVersion !== 'number' || typeof schemaVersion !== 'number')
    return { code: 'update-required', details };
  if (protocolVersion < MIN_CLIENT_PROTOCOL_VERSION || schemaVersion < MIN_CLIENT_SCHEMA_VERSION)
    return { code: 'update-required', details };
  if (protocolVersion > PROTOCOL_VERSION) return { code: 'server-update-required', details };
  return null;
}

export function buildApp(options: AppOptions): FastifyInstance {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: options.isLogging
      ? {
          base: { instance: options.instanceName ?? 'guichet-sync' },
          serializers: {
            req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
            res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
          },
        }
      : false,
  });
  const { db } = options;
  const retention = options.retention ?? DEFAULT_FUND_RETENTION;
  // The next page of a long pull, read while the current one is sent (server/sync/read-ahead.ts).
  const readAhead = createReadAhead();
  useCompression(app);
  useJsonBodies(app);
  const attempts = limitFailedAttempts(app, options.attemptLimits ?? DEFAULT_ATTEMPT_LIMITS);
  const tooManyAttempts = (reply: FastifyReply): FastifyReply =>
    refuse(reply.header('retry-after', Math.ceil(attempts.retryAfterMs / 1000)), 'too-many-attempts');

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof SyncRefusal) return refuse(reply, error.code, error.details);
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status < 500)
      return refuse(reply, 'validation', { reason: (error as { code?: string }).code ?? 'malformed' });
    request.log.error(
      { err: { name: (error as Error).name, message: (error as Error).message } },
      'sync request failed',
    );
    return refuse(reply, 'internal');
  });

  // Routes go in once the compression plugin is loaded: it sets up each route as the route is added.
  void app.register(async (routes) => {
    // POST too: devices probe it through the same transport as every sync call while head office is unreachable.
    routes.route({
      method: ['GET', 'POST'],
      url: syncPaths.health,
      handler: async () => {
        await db.execute('SELECT 1');
        return {
          status: 'ok',
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: SCHEMA_VERSION,
          serverTime: now().getTime(),
        };
      },
    });

    async function guarded<T extends z.ZodType>(
      request: FastifyRequest,
      reply: FastifyReply,
      schema: T,
      handle: (input: z.infer<T>, scope: DeviceScope) => Promise<unknown>,
    ): Promise<unknown> {
      const refusal = versionRefusal(request.body);
      if (refusal) return refuse(reply, refusal.code, refusal.details);
      if (await attempts.isBlocked(request, 'authentication')) return tooManyAttempts(reply);
      const scope = await authenticate(db, request.headers.authorization);
      if (!scope) {
        // A lost laptop head office asked to wipe learns it at its next call, whatever that call was.
        const wiping = await deviceToWipe(db, request.headers.authorization);
        if (wiping !== null) {
          request.log.info({ deviceId: wiping }, 'wipe requested of device');
          return refuse(reply, 'wipe-required');
        }
        await attempts.recordFailure(request, 'authentication');
        return refuse(reply, 'unauthorized');
      }
      const parsed = schema.safeParse(request.body);
      if (!parsed.success)
        return refuse(reply, 'validation', { issues: parsed.error.issues.map((issue) => issue.path.join('.')) });
      request.log.info({ deviceId: scope.deviceId }, 'sync call');
      return handle(parsed.data, scope);
    }

    routes.post(syncPaths.push, (request, reply) =>
      guarded(request, reply, pushEnvelopeSchema, async (input, scope) => {
        readAhead.forget(scope.deviceId);
        const results = await applyPush(db, scope, input, now());
        const refused = results.filter((result) => result.status === 'refused').length;
        request.log.info({ deviceId: scope.deviceId, changes: input.changes.length, refused }, 'push applied');
        return { serverTime: now().getTime(), results };
      }),
    );

    routes.post(syncPaths.pull, (request, reply) =>
      guarded(request, reply, pullRequestSchema, async (input, scope) => {
        const page = (await readAhead.take(scope, input)) ?? (await readPull(db, scope, input));
        readAhead.prepare(scope, input, page, (next) => readPull(db, scope, next));
        return reply.type('application/json').send(pullResponseText(page, now(), retention));
      }),
    );

    routes.post(syncPaths.fetch, (request, reply) =>
      guarded(request, reply, fetchRequestSchema, async (input, scope) => ({
        serverTime: now().getTime(),
        item: await readOne(db, scope, input),
      })),
    );

    registerStatementRoutes(routes, { db, now, guarded });
    registerAuditRoutes(routes, { db, now, guarded });

    routes.post(accessLogPaths.push, (request, reply) =>
      guarded(request, reply, accessLogPushRequestSchema, async (input, scope) => {
        const stored = await storeAccessEntries(db, scope, input.entries);
        request.log.info({ deviceId: scope.deviceId, entries: input.entries.length, stored }, 'access log received');
        return { serverTime: now().getTime(), stored };
      }),
    );

    const escrowKeyId = options.escrowPublicKey === undefined ? undefined : escrowKeyIdOf(options.escrowPublicKey);
    routes.post(syncPaths.escrow, (request, reply) =>
      guarded(request, reply, escrowRequestSchema, async (input, scope) => {
        // A blob for another key pair (head office changed it since enrolment) could not be opened: refused, so the device wraps again.
        if (input.escrowKeyId !== escrowKeyId || options.escrowPublicKey === undefined)
          return refuse(reply, 'validation', {
            reason: 'escrow-key',
            escrowPublicKey: options.escrowPublicKey ?? null,
          });
        await storeEscrowedKey(db, scope.deviceId, input, now());
        request.log.info({ deviceId: scope.deviceId }, 'device key escrowed');
        return { serverTime: now().getTime(), escrowKeyId: input.escrowKeyId };
      }),
    );

    // Answered only for a device asked to wipe itself: it is revoked, so `guarded` refuses it.
    routes.post(syncPaths.wipeConfirmed, async (request, reply) => {
      const refusal = versionRefusal(request.body);
      if (refusal) return refuse(reply, refusal.code, refusal.details);
      if (await attempts.isBlocked(request, 'authentication')) return tooManyAttempts(reply);
      const deviceId = await deviceToWipe(db, request.headers.authorization);
      if (deviceId === null) {
        await attempts.recordFailure(request, 'authentication');
        return refuse(reply, 'unauthorized');
      }
      if (!wipeConfirmRequestSchema.safeParse(request.body).success) return refuse(reply, 'validation');
      const confirmedAt = await confirmWipe(db, deviceId, now());
      request.log.info({ deviceId }, 'device wipe confirmed');
      return { serverTime: now().getTime(), confirmedAt: confirmedAt.toISOString() };
    });

    routes.post(syncPaths.enrol, async (request, reply) => {
      const refusal = versionRefusal(request.body);
      if (refusal) return refuse(reply, refusal.code, refusal.details);
      const parsed = enrolRequestSchema.safeParse(request.body);
      if (!parsed.success) return refuse(reply, 'validation');
      if (await attempts.isOverLimit(request, 'enrolment')) return tooManyAttempts(reply);
      const enrolled = await enrolDevice(db, parsed.data.code, parsed.data.deviceName, now());
      if (!enrolled) return refuse(reply, 'enrolment-invalid');
      request.log.info({ deviceId: enrolled.deviceId }, 'device enrolled');
      return {
        ...enrolled,
        serverTime: now().getTime(),
        ...(options.escrowPublicKey === undefined ? {} : { escrowPublicKey: options.escrowPublicKey }),
      };
    });
  });

  return app;
}
