import { statementFormatOf } from '../../shared/domain/bank-statement/parse-statement';

/** CODA comes in ISO 8859-1 (the standard's character set), camt.053 as XML in UTF-8. */
export function statementText(bytes: Buffer): string {
  const asLatin1 = bytes.toString('latin1');
  return statementFormatOf(asLatin1) === 'camt.053' ? bytes.toString('utf8') : asLatin1;
}
