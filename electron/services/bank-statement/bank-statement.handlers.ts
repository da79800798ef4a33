/**
 * Handlers of the unmatched-queue channels (shared/contract/channels/bank-statement.ts). The queue
 * lives at head office only, so both ask it online through the device's authenticated sync transport,
 * naming the signed-in advisor whose role head office checks. Nothing is written here: after an
 * allocation a sync round brings the booked payment like any change from head office.
 */
import type { bankStatementChannels } from '../../../shared/contract/channels/bank-statement';
import { GuichetError } from '../../../shared/contract/errors';
import {
  allocateResponseSchema,
  allocationRefusals,
  statementPaths,
  unmatchedListResponseSchema,
  type AllocationRefusal,
} from '../../../shared/contract/statement-protocol';
import type { HandlerGroup } from '../service-context';
import { syncErrorKey, type SyncService } from '../sync/sync-service';
import { SyncFailure } from '../sync/transport';

const refusals: Record<AllocationRefusal, GuichetError> = {
  'unknown-entry': new GuichetError('not-found', 'unmatchedPayments.errors.unknownEntry'),
  'already-resolved': new GuichetError('conflict', 'unmatchedPayments.errors.alreadyResolved'),
  'unknown-contribution': new GuichetError('not-found', 'unmatchedPayments.errors.unknownContribution'),
  'unknown-case-file': new GuichetError('not-found', 'unmatchedPayments.errors.unknownCaseFile'),
  'ambiguous-case-file': new GuichetError('validation', 'unmatchedPayments.errors.ambiguousCaseFile'),
};

const isRefusal = (reason: unknown): reason is AllocationRefusal =>
  (allocationRefusals as readonly unknown[]).includes(reason);

/** Head office's answer as the advisor reads it; never its raw body. */
export function headOfficeError(error: unknown): unknown {
  if (!(error instanceof SyncFailure)) return error;
  if (error.code === 'offline') return new GuichetError('internal', 'unmatchedPayments.errors.offline');
  if (error.code === 'not-enrolled') return new GuichetError('internal', 'unmatchedPayments.errors.noHeadOffice');
  if (error.code === 'forbidden') return new GuichetError('forbidden', 'unmatchedPayments.errors.forbidden');
  const reason = error.details['reason'];
  if (error.code === 'validation' && isRefusal(reason)) return refusals[reason];
  return new GuichetError('internal', syncErrorKey(error.code));
}

export function bankStatementHandlers(sync: SyncService | null): HandlerGroup<keyof typeof bankStatementChannels> {
  const ask = async (path: string, body: Record<string, unknown>): Promise<unknown> => {
    if (!sync) throw new GuichetError('internal', 'unmatchedPayments.errors.noHeadOffice');
    try {
      return await sync.callHeadOffice(path, body);
    } catch (error) {
      throw headOfficeError(error);
    }
  };
  return {
    'bankStatement.unmatched': async (_input, { advisor }) =>
      unmatchedListResponseSchema.parse(await ask(statementPaths.unmatched, { advisorId: advisor.id })).entries,
    'bankStatement.allocate': async (input, { advisor }) => {
      const answer = await ask(statementPaths.allocate, { advisorId: advisor.id, ...input });
      const { paymentId } = allocateResponseSchema.parse(answer);
      // The payment is booked at head office; the round brings it here. A failed round retries on its own schedule.
      void sync?.syncNow('manual').catch(() => undefined);
      return { paymentId };
    },
  };
}
