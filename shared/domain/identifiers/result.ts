/**
 * The one result shape every identifier parser returns. Parsers never throw on user input: a wrong
 * NISS typed at the counter is an expected outcome, not an exception. The `messageKey` follows
 * `identifiers.<kind>.<code>` so the renderer's i18n catalogues can translate it directly.
 */
export type IdentifierErrorCode = 'empty' | 'format' | 'checksum' | 'date' | 'unknown-bank' | 'too-long';

export type IdentifierError = { code: IdentifierErrorCode; messageKey: string };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: IdentifierError };

/** The `<kind>` part of the message keys, one per identifier family. */
export type IdentifierKind = 'niss' | 'enterpriseNumber' | 'iban' | 'structuredCommunication' | 'rfReference' | 'epcQr';

export function succeed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T>(kind: IdentifierKind, code: IdentifierErrorCode): ParseResult<T> {
  return { ok: false, error: { code, messageKey: `identifiers.${kind}.${code}` } };
}
