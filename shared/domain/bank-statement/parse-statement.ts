/** One entry for any statement file: camt.053 when it is XML, CODA otherwise. */
import { parseCamt053 } from './camt053';
import { parseCoda } from './coda';
import type { StatementParse } from './movement';

export function statementFormatOf(text: string): 'coda' | 'camt.053' {
  return /^\uFEFF?\s*</.test(text) ? 'camt.053' : 'coda';
}

export function parseStatement(text: string): StatementParse {
  return statementFormatOf(text) === 'camt.053' ? parseCamt053(text) : parseCoda(text);
}
