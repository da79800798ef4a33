/**
 * Errors that cross a process boundary. Only a code, a translation key and safe details travel:
 * never a stack trace, never personal data in `details` beyond what the caller itself sent.
 */
export const errorCodes = [
  'validation',
  'not-found',
  'conflict',
  'unauthorized',
  'forbidden',
  'unknown-channel',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type ValidationIssue = { path: string; messageKey: string };

export type ContractError = {
  code: ErrorCode;
  messageKey: string;
  details?: { issues?: ValidationIssue[]; [key: string]: unknown };
};

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** Thrown by services for an expected refusal; hosts turn it into `{ ok: false, error }`. */
export class GuichetError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly details: ContractError['details'];

  constructor(code: ErrorCode, messageKey: string, details?: ContractError['details']) {
    super(messageKey);
    this.name = 'GuichetError';
    this.code = code;
    this.messageKey = messageKey;
    this.details = details;
  }
}

export function isGuichetError(error: unknown): error is GuichetError {
  return error instanceof GuichetError;
}
