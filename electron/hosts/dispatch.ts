/**
 * The one path from a host to a handler: look the channel up in the contract, check who is calling
 * (shared/contract/access.ts), validate the input, check the case file it names is in the
 * advisor's reach, run the handler, and turn every failure into a typed reply. Both hosts call
 * this, so IPC and HTTP check exactly alike. Errors are logged by code and channel only: no input,
 * no personal data.
 *
 * Who may call is checked before the input is read: a caller without the right learns nothing,
 * not even whether their input would have been valid. The case file is checked after validation,
 * as only a valid input names one.
 */
import type { z } from 'zod';
import { appContract, isChannel } from '../../shared/contract/app-contract';
import { isGuichetError, type Reply, type ValidationIssue } from '../../shared/contract/errors';
import type { DispatchTarget } from '../services/app-core';
import type { HandlerContext, RequestContext } from '../services/handler-types';

export type Logger = { error(message: string): void };

export async function dispatch(
  target: DispatchTarget,
  channel: string,
  rawInput: unknown,
  context: RequestContext,
  logger: Logger = console,
): Promise<Reply<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', messageKey: 'errors.unknownChannel' } };
  }
  try {
    const advisor = target.access.admit(channel);
    const parsed = appContract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'validation', messageKey: 'errors.validation', details: { issues: toIssues(parsed.error) } },
      };
    }
    target.access.checkScope(channel, advisor, parsed.data);
    const handler = target.handlers[channel] as (input: unknown, context: HandlerContext) => unknown;
    return { ok: true, value: await handler(parsed.data, { ...context, advisor }) };
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
