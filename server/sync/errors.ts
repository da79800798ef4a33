import type { SyncErrorCode } from '../../shared/contract/sync-protocol';

/** An expected refusal, turned into `{ error: { code, messageKey, details } }` by the HTTP layer. */
export class SyncRefusal extends Error {
  readonly code: SyncErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: SyncErrorCode, details: Record<string, unknown> = {}) {
    super(code);
    this.name = 'SyncRefusal';
    this.code = code;
    this.details = details;
  }
}
