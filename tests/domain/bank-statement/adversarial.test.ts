/** Whatever a file holds, the parsers answer with statements or a refusal: they never throw, never let a control character through. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCamt053 } from '../../../shared/domain/bank-statement/camt053';
import { parseCoda } from '../../../shared/domain/bank-statement/coda';
import type { StatementParse } from '../../../shared/domain/bank-statement/movement';
import { parseStatement } from '../../../shared/domain/bank-statement/parse-statement';
import { buildCamt053 } from '../../fixtures/statements/camt-builder';
import { buildCoda, type CodaStatementSpec } from '../../fixtures/statements/coda-builder';
import { TWO_STATEMENTS } from '../../fixtures/statements/samples';

const coda = buildCoda(TWO_STATEMENTS);
const camt = buildCamt053(TWO_STATEMENTS);
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function hasNoControlText(parse: StatementParse): boolean {
  if (!parse.ok) return true;
  return parse.statements.every((statement) =>
    statement.movements.every((movement) =>
      [movement.freeCommunication, movement.counterparty.name, movement.bankReference].every(
        (text) => text === null || !CONTROL.test(text),
      ),
    ),
  );
}

/** The text with one character replaced at a position. */
const mutated = (text: string) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }))
    .map(([at, character]) => `${text.slice(0, at)}${character}${text.slice(at + 1)}`);

describe('statement parsers on adversarial input', () => {
  it('answer any string without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => {
        expect(() => parseStatement(text)).not.toThrow();
        expect(() => parseCamt053(`<${text}`)).not.toThrow();
      }),
    );
  });

  it('refuse or read a valid file with one character changed, and never pass a control character on', () => {
    fc.assert(
      fc.property(mutated(coda), (text) => {
        const parse = parseCoda(text);
        expect(hasNoControlText(parse)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutated(camt), (text) => {
        const parse = parseCamt053(text);
        expect(hasNoControlText(parse)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a NUL in a CODA record and a control character reference in camt.053', () => {
    const [, second] = TWO_STATEMENTS as [CodaStatementSpec, CodaStatementSpec];
    const lines = buildCoda([second]).split('\r\n');
    lines[4] = `${(lines[4] ?? '').slice(0, 50)}\u0000${(lines[4] ?? '').slice(51)}`;
    expect(parseCoda(lines.join('\n'))).toMatchObject({ ok: false, error: { code: 'field', line: 5 } });
    expect(parseCamt053(buildCamt053([second]).replace('SCHMITZ KARL', 'SCHMITZ&#1;KARL'))).toMatchObject({
      ok: false,
      error: { code: 'xml' },
    });
  });
});
