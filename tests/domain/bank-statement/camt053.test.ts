import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCamt053 } from '../../../shared/domain/bank-statement/camt053';
import type { StatementParse } from '../../../shared/domain/bank-statement/movement';
import { parseStatement } from '../../../shared/domain/bank-statement/parse-statement';
import { buildCamt053 } from '../../fixtures/statements/camt-builder';
import type { CodaStatementSpec } from '../../fixtures/statements/coda-builder';
import { TWO_STATEMENTS, ogmDigits } from '../../fixtures/statements/samples';

const folder = join(import.meta.dirname, '../../fixtures/statements');
const camt = readFileSync(join(folder, 'two-statements.camt053.xml'), 'utf8');
const coda = readFileSync(join(folder, 'two-statements.cod'), 'latin1');
const [, second] = TWO_STATEMENTS as [CodaStatementSpec, CodaStatementSpec];

function refusal(parse: StatementParse): { code: string; line: number } {
  if (parse.ok) throw new Error('the file was accepted');
  return { code: parse.error.code, line: parse.error.line };
}

function withoutPlace(parse: StatementParse): unknown {
  if (!parse.ok) throw new Error(`refused: ${parse.error.detail}`);
  return parse.statements.map(({ format: _format, ...statement }) => ({
    ...statement,
    movements: statement.movements.map(({ line: _line, ...movement }) => movement),
  }));
}

describe('camt.053 statements', () => {
  it('reads the same statements, balances and movements as the CODA file built from the same description', () => {
    expect(withoutPlace(parseCamt053(camt))).toEqual(withoutPlace(parseStatement(coda)));
  });

  it('takes the BBA structured reference and the payer (debtor) of a credit', () => {
    const parse = parseStatement(camt);
    const movement = parse.ok ? parse.statements[0]?.movements[0] : undefined;
    expect(movement).toMatchObject({
      structuredCommunication: ogmDigits('2026000101'),
      counterparty: { name: 'DUBOIS MARIE', bic: 'GKCCBEBB' },
      line: lineOf(camt, '<Ntry>'),
    });
  });

  it('keeps a reference of another issuer (an RF creditor reference) as free text', () => {
    const text = buildCamt053([second]).replace('<Issr>BBA</Issr>', '<Issr>ISO</Issr>');
    const parse = parseCamt053(text);
    const movement = parse.ok ? parse.statements[0]?.movements[0] : undefined;
    expect(movement?.structuredCommunication).toBeNull();
    expect(movement?.freeCommunication).toBe(ogmDigits('2026000202'));
  });
});

describe('camt.053 files refused', () => {
  it('refuses a summary whose count or sums the entries do not give, with the line of the summary part', () => {
    const counted = buildCamt053([{ ...second, trailer: { count: 2 } }]);
    expect(refusal(parseCamt053(counted))).toEqual({ code: 'record-count', line: lineOf(counted, '<TtlNtries>') });
    const summed = buildCamt053([{ ...second, trailer: { creditCents: 1 } }]);
    expect(refusal(parseCamt053(summed))).toEqual({ code: 'totals', line: lineOf(summed, '<TtlCdtNtries>') });
  });

  it('refuses a closing balance the entries do not explain', () => {
    const text = buildCamt053([{ ...second, closingCents: 5 }]);
    expect(refusal(parseCamt053(text))).toEqual({ code: 'balance', line: lineOf(text, '<Stmt>') });
  });

  it('refuses a DOCTYPE, a mismatched tag, an unknown entity and a document that is not camt.053', () => {
    const text = buildCamt053([second]);
    expect(refusal(parseCamt053(text.replace('<Document', '<!DOCTYPE x [<!ENTITY a "b">]><Document')))).toEqual({
      code: 'xml',
      line: 2,
    });
    expect(refusal(parseCamt053(text.replace('</AcctSvcrRef>', '</AcctSvcrReff>')))).toMatchObject({ code: 'xml' });
    expect(refusal(parseCamt053(text.replace('SCHMITZ KARL', 'SCHMITZ &nbsp; KARL')))).toMatchObject({ code: 'xml' });
    expect(refusal(parseCamt053('<Document><Other/></Document>'))).toEqual({ code: 'xml', line: 1 });
  });

  it('refuses an amount finer than a cent', () => {
    const text = buildCamt053([second]).replace('<Amt Ccy="EUR">450.00</Amt>', '<Amt Ccy="EUR">450.001</Amt>');
    expect(refusal(parseCamt053(text))).toMatchObject({ code: 'field' });
  });
});

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}
