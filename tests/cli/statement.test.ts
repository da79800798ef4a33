import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCoda, type CodaStatementSpec } from '../fixtures/statements/coda-builder';
import { PAYER_DUBOIS, TWO_STATEMENTS, ogmDigits } from '../fixtures/statements/samples';
import { isInvalidInput, runCli, runCliJson, writeCaseFile } from './run-cli';

const folder = join(import.meta.dirname, '../fixtures/statements');

describe.concurrent('guichet statement parse', { timeout: 120_000 }, () => {
  test.each([['two-statements.cod'], ['two-statements.camt053.xml']])(
    '%s: one object per movement, amounts in cents',
    async (file) => {
      const run = await runCliJson(['statement', 'parse', join(folder, file)]);
      expect(run.code, run.stderr).toBe(0);
      const json = run.json as { movements: Record<string, unknown>[]; statements: unknown[] };
      expect(json.statements).toHaveLength(2);
      expect(json.movements).toHaveLength(4);
      expect(json.movements[0]).toMatchObject({
        amount: 87_171,
        sign: 'credit',
        valueDate: '2026-11-19',
        structuredCommunication: ogmDigits('2026000101'),
        freeCommunication: null,
        counterparty: { iban: PAYER_DUBOIS, name: 'DUBOIS MARIE', bic: 'GKCCBEBB' },
        bankReference: 'REF0001',
      });
      expect(json.movements[2]).toMatchObject({ amount: 1_540, sign: 'debit', structuredCommunication: null });
    },
  );

  test('the text output lists each movement with its communication', async () => {
    const run = await runCli(['statement', 'parse', join(folder, 'two-statements.cod')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('+++202/6000/10195+++');
    expect(run.stdout).toContain('-15,40 €');
  });

  test('a wrong record 9 is invalid input naming the line', async () => {
    const [, second] = TWO_STATEMENTS as [CodaStatementSpec, CodaStatementSpec];
    const path = writeCaseFile(buildCoda([{ ...second, trailer: { count: 9 } }]), 'wrong.cod');
    const run = await runCli(['statement', 'parse', path, '--json']);
    expect(isInvalidInput(run)).toBe(true);
    expect(run.stderr).toContain('line 7');
    expect(run.stderr).toContain('[bankStatement.error.record-count]');
  });

  test('a missing file and a missing action are invalid input', async () => {
    expect(isInvalidInput(await runCli(['statement', 'parse', join(folder, 'none.cod')]))).toBe(true);
    expect(isInvalidInput(await runCli(['statement', join(folder, 'two-statements.cod')]))).toBe(true);
  });
});
