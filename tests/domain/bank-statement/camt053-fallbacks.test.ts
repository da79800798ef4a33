import { describe, expect, it } from 'vitest';
import { parseCamt053 } from '../../../shared/domain/bank-statement/camt053';
import type { BankStatement, StatementParse } from '../../../shared/domain/bank-statement/movement';

function camt(statements: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-1</MsgId></GrpHdr>${statements}
  </BkToCstmrStmt>
</Document>
`;
}

function bal(code: string, amount: string, indicator: string, date = '<Dt>2026-03-01</Dt>', ccy = ''): string {
  return `
      <Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt${ccy}>${amount}</Amt><CdtDbtInd>${indicator}</CdtDbtInd><Dt>${date}</Dt></Bal>`;
}

function entry(amount: string, indicator: string, rest = '<BookgDt><Dt>2026-03-02</Dt></BookgDt>'): string {
  return `
      <Ntry>
        <Amt>${amount}</Amt><CdtDbtInd>${indicator}</CdtDbtInd>
        ${rest}
      </Ntry>`;
}

function stmt(inner: string): string {
  return `
    <Stmt>
      <Id>STMT-9</Id>
      <Acct><Id><IBAN>BE68539007547034</IBAN></Id></Acct>${inner}
    </Stmt>`;
}

function accepted(parse: StatementParse): BankStatement {
  if (!parse.ok) throw new Error(`refused: ${parse.error.detail}`);
  expect(parse.statements).toHaveLength(1);
  return parse.statements[0] as BankStatement;
}

function refusal(parse: StatementParse): { code: string; line: number } {
  if (parse.ok) throw new Error('the file was accepted');
  return { code: parse.error.code, line: parse.error.line };
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('camt.053 fields a bank may leave out', () => {
  it('takes the currency from the balance amount, the number from ElctrncSeqNb and a balance date from DtTm', () => {
    const text = camt(
      stmt(
        `<ElctrncSeqNb>7</ElctrncSeqNb>${bal('OPBD', '5.00', 'DBIT', '<Dt>2026-03-01</Dt>', ' Ccy="USD"')}${bal(
          'CLBD',
          '15.00',
          'DBIT',
          '<DtTm>2026-03-31T18:00:00</DtTm>',
        )}${entry('10.00', 'DBIT')}`,
      ),
    );
    const statement = accepted(parseCamt053(text));
    expect(statement).toMatchObject({
      currency: 'USD',
      statementNumber: '7',
      openingBalance: { amount: -500, date: '2026-03-01' },
      closingBalance: { amount: -1500, date: '2026-03-31' },
    });
    // No ValDt, no AcctSvcrRef, no NtryDtls: the booking date, an empty reference, no party, no communication.
    expect(statement.movements).toEqual([
      {
        amount: 1000,
        sign: 'debit',
        valueDate: '2026-03-02',
        entryDate: '2026-03-02',
        structuredCommunication: null,
        freeCommunication: null,
        counterparty: { iban: null, name: null, bic: null },
        bankReference: '',
        line: lineOf(text, '<Ntry>'),
      },
    ]);
  });

  it('falls back to EUR and the statement Id, checks only the summary parts present, reads TxDtls/Refs/AcctSvcrRef and a whole amount', () => {
    const text = camt(
      stmt(`${bal('OPBD', '0.00', 'CRDT')}${bal('CLBD', '10.00', 'CRDT')}
      <TxsSummry><TtlNtries><NbOfNtries>1</NbOfNtries></TtlNtries></TxsSummry>${entry(
        '10',
        'CRDT',
        `<BookgDt><Dt>2026-03-02</Dt></BookgDt>
        <NtryDtls><TxDtls><Refs><AcctSvcrRef>TX-REF-1</AcctSvcrRef></Refs></TxDtls></NtryDtls>`,
      )}`),
    );
    const statement = accepted(parseCamt053(text));
    expect(statement).toMatchObject({ currency: 'EUR', statementNumber: 'STMT-9' });
    expect(statement.movements[0]).toMatchObject({ amount: 1000, sign: 'credit', bankReference: 'TX-REF-1' });
  });
});

describe('camt.053 statements refused field by field', () => {
  const balances = `${bal('OPBD', '0.00', 'CRDT')}${bal('CLBD', '10.00', 'CRDT')}`;

  it('refuses a report without any Stmt, at the line of BkToCstmrStmt', () => {
    const text = camt('');
    expect(refusal(parseCamt053(text))).toEqual({ code: 'empty', line: lineOf(text, '<BkToCstmrStmt>') });
  });

  it('refuses a statement without IBAN or without a closing balance, at the line of the Stmt', () => {
    const noIban = camt(stmt(balances).replace('<IBAN>BE68539007547034</IBAN>', ''));
    expect(refusal(parseCamt053(noIban))).toEqual({ code: 'field', line: lineOf(noIban, '<Stmt>') });
    const noClosing = camt(stmt(bal('OPBD', '0.00', 'CRDT')));
    expect(refusal(parseCamt053(noClosing))).toEqual({ code: 'field', line: lineOf(noClosing, '<Stmt>') });
  });

  it('refuses a credit/debit indicator other than CRDT or DBIT, at the line of the entry', () => {
    const text = camt(stmt(`${balances}${entry('10.00', 'RVSL')}`));
    expect(refusal(parseCamt053(text))).toEqual({ code: 'field', line: lineOf(text, '<Ntry>') });
  });

  it('refuses an entry not yet booked (Sts PDNG), at the line of the entry', () => {
    const text = camt(
      stmt(`${balances}${entry('10.00', 'CRDT', '<Sts>PDNG</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>')}`),
    );
    expect(refusal(parseCamt053(text))).toEqual({ code: 'field', line: lineOf(text, '<Ntry>') });
  });

  it('refuses an entry without booking date at its line, and an impossible date at the line of BookgDt', () => {
    const missing = camt(stmt(`${balances}${entry('10.00', 'CRDT', '')}`));
    expect(refusal(parseCamt053(missing))).toEqual({ code: 'field', line: lineOf(missing, '<Ntry>') });
    const impossible = camt(stmt(`${balances}${entry('10.00', 'CRDT', '\n<BookgDt><Dt>2026-02-30</Dt></BookgDt>')}`));
    expect(refusal(parseCamt053(impossible))).toEqual({ code: 'field', line: lineOf(impossible, '<BookgDt>') });
  });

  it('refuses a batched entry (several TxDtls), at the line of the entry', () => {
    const text = camt(
      stmt(
        `${balances}${entry(
          '10.00',
          'CRDT',
          '<BookgDt><Dt>2026-03-02</Dt></BookgDt><NtryDtls><TxDtls/><TxDtls/></NtryDtls>',
        )}`,
      ),
    );
    expect(refusal(parseCamt053(text))).toEqual({ code: 'field', line: lineOf(text, '<Ntry>') });
  });

  it('refuses an amount that is not a decimal number, at the line of the entry', () => {
    const text = camt(stmt(`${balances}${entry('-10.00', 'CRDT')}`));
    expect(refusal(parseCamt053(text))).toEqual({ code: 'field', line: lineOf(text, '<Ntry>') });
  });

  it('refuses an amount beyond safe integer cents, at the line of the entry', () => {
    const text = camt(stmt(`${balances}${entry('99999999999999999999.00', 'CRDT')}`));
    expect(refusal(parseCamt053(text))).toEqual({ code: 'field', line: lineOf(text, '<Ntry>') });
  });
});
