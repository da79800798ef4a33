/**
 * CODA records field by field: each refusal a malformed field earns, with its line, and the less common
 * records and codes a bank may send (record 4, structure 3, a value date of 000000, communication type
 * 102 or another type, information records 3.1 not free and 3.3).
 */
import { describe, expect, it } from 'vitest';
import { parseCoda } from '../../../shared/domain/bank-statement/coda';
import type { BankStatement, StatementParse } from '../../../shared/domain/bank-statement/movement';
import { buildCoda, type CodaStatementSpec } from '../../fixtures/statements/coda-builder';
import { ogmDigits, TWO_STATEMENTS } from '../../fixtures/statements/samples';

const [first, second] = TWO_STATEMENTS as [CodaStatementSpec, CodaStatementSpec];

/**
 * The records of the second sample statement: 1 record 0, 2 record 1, 3–5 records 2.1–2.3 of its one
 * movement (sequence 0001, 450.00 EUR credit), 6 record 8, 7 record 9.
 */
function recordsOf(spec: CodaStatementSpec = second): string[] {
  return buildCoda([spec]).trimEnd().split('\r\n');
}

/** The file with `value` written from position `at` (1-based) of line `line`. */
function withField(records: readonly string[], line: number, at: number, value: string): string {
  return records
    .map((record, index) =>
      index === line - 1 ? `${record.slice(0, at - 1)}${value}${record.slice(at - 1 + value.length)}` : record,
    )
    .join('\n');
}

function statementsOf(parse: StatementParse): readonly BankStatement[] {
  if (!parse.ok) throw new Error(`refused: ${parse.error.code} line ${parse.error.line}: ${parse.error.detail}`);
  return parse.statements;
}

function refusal(parse: StatementParse): { code: string; line: number; detail: string } {
  if (parse.ok) throw new Error('the file was accepted');
  return { code: parse.error.code, line: parse.error.line, detail: parse.error.detail };
}

function refused(text: string, code: string, line: number, detail: RegExp): void {
  const error = refusal(parseCoda(text));
  expect({ code: error.code, line: error.line }).toEqual({ code, line });
  expect(error.detail).toMatch(detail);
}

describe('CODA fields refused, with their line', () => {
  it('refuses a creation date of record 0 that is not a date', () => {
    refused(withField(recordsOf(), 1, 6, '3A1126'), 'field', 1, /creation date/);
  });

  it('refuses an account of record 1 in a national structure, with a malformed IBAN or currency', () => {
    const records = recordsOf();
    refused(withField(records, 2, 2, '0'), 'field', 2, /account/);
    refused(withField(records, 2, 6, '12'), 'field', 2, /account/);
    refused(withField(records, 2, 40, 'EU1'), 'field', 2, /account/);
  });

  it('refuses an old balance with a sign other than 0 or 1 and a new balance whose amount is not digits', () => {
    refused(withField(recordsOf(), 2, 43, '2'), 'field', 2, /balance \(positions 43-64\)/);
    refused(withField(recordsOf(), 6, 43, 'X'), 'field', 6, /balance \(positions 42-63\)/);
  });

  it('refuses a globalised movement, a sign other than 0 or 1 and a communication type other than 0 or 1', () => {
    refused(withField(recordsOf(), 3, 125, '1'), 'field', 3, /globalised/);
    refused(withField(recordsOf(), 3, 32, '2'), 'field', 3, /sign/);
    refused(withField(recordsOf(), 3, 62, '2'), 'field', 3, /communication type/);
  });

  it('refuses an amount with a fraction of a cent and an amount that is not digits', () => {
    refused(withField(recordsOf(), 3, 47, '5'), 'field', 3, /amount/);
    refused(withField(recordsOf(), 3, 33, ' '), 'field', 3, /amount/);
  });

  it('refuses an entry date that is no calendar day and a value date that is not digits', () => {
    refused(withField(recordsOf(), 3, 116, '310226'), 'field', 3, /entry date/);
    refused(withField(recordsOf(), 3, 48, '23 126'), 'field', 3, /value date/);
  });

  it('refuses a record 2.2 of another movement and a record 2.2 with no record 2.1 before it', () => {
    refused(withField(recordsOf(), 4, 3, '0002'), 'record-order', 4, /does not continue movement 0001/);
    const records = recordsOf();
    refused([records[0], records[1], records[3]].join('\n'), 'record-order', 3, /before any record 2\.1/);
  });
});

describe('CODA records and codes less often sent', () => {
  it('skips a free message (record 4) between record 8 and record 9', () => {
    const records = recordsOf();
    const withMessage = [...records.slice(0, 6), `4 00010000${'AVIS: NOUVEAUX TARIFS'.padEnd(117)}0`, records[6]];
    expect(statementsOf(parseCoda(withMessage.join('\n')))).toEqual(statementsOf(parseCoda(records.join('\n'))));
  });

  it('reads a debit old balance as a negative amount', () => {
    const [statement] = statementsOf(parseCoda(buildCoda([{ ...second, openingCents: -5_000 }])));
    expect(statement?.openingBalance).toEqual({ amount: -5_000, date: '2026-11-23' });
    expect(statement?.closingBalance).toEqual({ amount: 40_000, date: '2026-11-23' });
  });

  it('reads a foreign IBAN given in structure 3', () => {
    const records = recordsOf({ ...second, account: 'NL91ABNA0417164300' });
    const [statement] = statementsOf(parseCoda(withField(records, 2, 2, '3')));
    expect(statement).toMatchObject({ accountIban: 'NL91ABNA0417164300', currency: 'EUR' });
  });

  it('takes the entry date as the value date when the value date is 000000', () => {
    const [movement] = statementsOf(parseCoda(withField(recordsOf(), 3, 48, '000000')))[0]?.movements ?? [];
    expect(movement).toMatchObject({ valueDate: '2026-11-23', entryDate: '2026-11-23' });
  });

  it('reads a structured communication of type 102 as one of type 101', () => {
    const [movement] = statementsOf(parseCoda(withField(recordsOf(), 3, 63, '102')))[0]?.movements ?? [];
    expect(movement?.structuredCommunication).toBe(ogmDigits('2026000202'));
  });

  it('keeps neither reference nor text from a structured communication of another type', () => {
    const [movement] = statementsOf(parseCoda(withField(recordsOf(), 3, 63, '127')))[0]?.movements ?? [];
    expect(movement).toMatchObject({ structuredCommunication: null, freeCommunication: null });
  });

  /**
   * The first sample statement: its second movement (sequence 0002) has records 2.1–2.3 on lines 6–8,
   * then 3.1 on line 9 and 3.2 on line 10; the third movement on lines 11–13, record 8 on line 14 and
   * record 9 (13 records) on line 15.
   */
  const firstRecords = recordsOf(first);
  const free = first.movements[1]?.free ?? '';
  const information = first.movements[1]?.information ?? '';

  it('leaves out the information of a record 3.1 that is not free text, and of the record 3.2 after it', () => {
    const movement = statementsOf(parseCoda(withField(firstRecords, 9, 40, '1')))[0]?.movements[1];
    expect(movement?.freeCommunication).toBe(free);
  });

  it('adds the free text of a record 3.3 (positions 11-100) after that of 3.1 and 3.2', () => {
    const record33 = `3300020001${'SOLDE EN JANVIER'.padEnd(90)}${'NOT READ'.padEnd(28)}`;
    const records = [...firstRecords.slice(0, 10), record33, ...firstRecords.slice(10)];
    const text = withField(records, 16, 17, '000014');
    const movement = statementsOf(parseCoda(text))[0]?.movements[1];
    expect(movement?.freeCommunication).toBe(
      `${free} ${information.slice(0, 73)}${information.slice(73).padEnd(105)}SOLDE EN JANVIER`,
    );
  });
});
