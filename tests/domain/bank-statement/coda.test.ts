import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCoda } from '../../../shared/domain/bank-statement/coda';
import type { BankStatement, StatementParse } from '../../../shared/domain/bank-statement/movement';
import { buildCoda, type CodaStatementSpec } from '../../fixtures/statements/coda-builder';
import {
  FUND_ACCOUNT,
  PAYER_DUBOIS,
  PAYER_PEETERS,
  TWO_STATEMENTS,
  ogmDigits,
} from '../../fixtures/statements/samples';

const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/statements/two-statements.cod'), 'latin1');

function statementsOf(parse: StatementParse): readonly BankStatement[] {
  if (!parse.ok) throw new Error(`refused: ${parse.error.code} line ${parse.error.line}: ${parse.error.detail}`);
  return parse.statements;
}

function refusal(parse: StatementParse): { code: string; line: number } {
  if (parse.ok) throw new Error('the file was accepted');
  return { code: parse.error.code, line: parse.error.line };
}

const [first, second] = TWO_STATEMENTS as [CodaStatementSpec, CodaStatementSpec];

describe('CODA statements', () => {
  it('reads both statements of the file with their account, balances and movements', () => {
    const statements = statementsOf(parseCoda(fixture));
    expect(statements.map((statement) => statement.statementNumber)).toEqual(['041', '042']);
    expect(statements[0]).toMatchObject({
      format: 'coda',
      accountIban: FUND_ACCOUNT,
      currency: 'EUR',
      openingBalance: { amount: 1_250_000, date: '2026-11-20' },
      closingBalance: { amount: 1_250_000 + 87_171 + 25_000 - 1_540, date: '2026-11-20' },
    });
    expect(statements.map((statement) => statement.movements.length)).toEqual([3, 1]);
  });

  it('gives a structured communication as its 12 digits with the payer kept', () => {
    const [movement] = statementsOf(parseCoda(fixture))[0]?.movements ?? [];
    expect(movement).toEqual({
      amount: 87_171,
      sign: 'credit',
      valueDate: '2026-11-19',
      entryDate: '2026-11-19',
      structuredCommunication: ogmDigits('2026000101'),
      freeCommunication: null,
      counterparty: { iban: PAYER_DUBOIS, name: 'DUBOIS MARIE', bic: 'GKCCBEBB' },
      bankReference: 'REF0001',
      line: 3,
    });
  });

  it('joins a free communication cut over 2.1, 2.2 and the information records 3.1 and 3.2', () => {
    const movement = statementsOf(parseCoda(fixture))[0]?.movements[1];
    expect(movement?.structuredCommunication).toBeNull();
    expect(movement?.freeCommunication).toBe(`${first.movements[1]?.free} ${first.movements[1]?.information}`);
    expect(movement?.counterparty).toEqual({ iban: PAYER_PEETERS, name: 'PEETERS JAN', bic: 'AXABBE22' });
  });

  it('reads a debit with no counterparty', () => {
    const movement = statementsOf(parseCoda(fixture))[0]?.movements[2];
    expect(movement).toMatchObject({ amount: 1_540, sign: 'debit', freeCommunication: 'FRAIS BANCAIRES NOVEMBRE' });
    expect(movement?.counterparty).toEqual({ iban: null, name: null, bic: null });
  });

  it('keeps a structured communication that fails mod 97 as free text, not as a reference', () => {
    const wrong = `${ogmDigits('2026000101').slice(0, 10)}00`;
    const text = buildCoda([
      { ...second, movements: [{ amountCents: 100, valueDate: '2026-11-23', structured: wrong }] },
    ]);
    const movement = statementsOf(parseCoda(text))[0]?.movements[0];
    expect(movement?.structuredCommunication).toBeNull();
    expect(movement?.freeCommunication).toBe(`+++${wrong.slice(0, 3)}/${wrong.slice(3, 7)}/${wrong.slice(7)}+++`);
  });
});

describe('CODA files refused', () => {
  it('refuses a wrong record count of record 9, with its line', () => {
    expect(refusal(parseCoda(buildCoda([{ ...second, trailer: { count: 4 } }])))).toEqual({
      code: 'record-count',
      line: 7,
    });
  });

  it('refuses a wrong credit total and a wrong debit total', () => {
    expect(refusal(parseCoda(buildCoda([{ ...second, trailer: { creditCents: 45_001 } }])))).toEqual({
      code: 'totals',
      line: 7,
    });
    expect(refusal(parseCoda(buildCoda([first, { ...second, trailer: { debitCents: 1 } }])))).toEqual({
      code: 'totals',
      line: 22,
    });
  });

  it('refuses a new balance that the movements do not explain', () => {
    expect(refusal(parseCoda(buildCoda([{ ...second, closingCents: 1 }])))).toEqual({ code: 'balance', line: 6 });
  });

  it('refuses a short line, an unknown record, a record out of place and a cut-off file', () => {
    const lines = buildCoda([second]).split('\r\n');
    const shortened = [...lines];
    shortened[3] = (shortened[3] ?? '').trimEnd();
    expect(refusal(parseCoda(shortened.join('\n')))).toEqual({ code: 'line-length', line: 4 });
    const unknown = [...lines];
    unknown[2] = `7${(unknown[2] ?? '').slice(1)}`;
    expect(refusal(parseCoda(unknown.join('\n')))).toEqual({ code: 'record-unknown', line: 3 });
    expect(refusal(parseCoda([lines[0], lines[2]].join('\n')))).toEqual({ code: 'record-order', line: 2 });
    expect(refusal(parseCoda(lines.slice(0, 5).join('\n')))).toEqual({ code: 'record-order', line: 5 });
  });

  it('refuses another version than 2 and an empty file', () => {
    const lines = buildCoda([second]).split('\r\n');
    lines[0] = `${(lines[0] ?? '').slice(0, 127)}1`;
    expect(refusal(parseCoda(lines.join('\n')))).toEqual({ code: 'version', line: 1 });
    expect(refusal(parseCoda(''))).toEqual({ code: 'empty', line: 1 });
  });
});
