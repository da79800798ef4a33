/**
 * The one path from a host to a handler: look the channel up in the contract, validate the input,
 * run the handler, and turn every failure into a typed reply. Both hosts call this, so IPC and
 * HTTP validate exactly alike. Errors are logged by code and channel only: no input, no personal data.
 */
import type { z } from 'zod';
import { appContract, isChannel } from '../../shared/contract/app-contract';
import { isGuichetError, type Reply, type ValidationIssue } from '../../shared/contract/errors';
import type { Handlers, RequestContext } from '../services/handlers';

export type Logger = { error(message: string): void };

export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  context: RequestContext,
  logger: Logger = console,
): Promise<Reply<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', messageKey: 'errors.unknownChannel' } };
  }
  const parsed = appContract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'validation', messageKey: 'errors.validation', details: { issues: toIssues(parsed.error) } },
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown, context: RequestContext) => unknown;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    if (isGuichetError(error)) {
      return {
        ok: false,
        error: { code: error.code, messageKey: error.messageKey, ...(error.details ? { details: error.details } : {}) },
      };
    }
    logger.error(`internal error on channel ${channel}: ${error instanceof Error ? error.name : typeof error}`);
    return { ok: false, error: { code: 'internal', messageKey: 'errors.internal' } };
  }
}

/** Our schemas carry translation keys as messages; zod's own English messages become a generic key. */
function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.join('.'),
    messageKey: /^[a-z]+(\.[A-Za-z]+)+$/.test(issue.message) ? issue.message : `validation.${issue.code}`,
  }));
}
