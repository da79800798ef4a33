import { describe, expect, test } from 'vitest';
import { isInvalidInput, runCli, runCliJson } from './run-cli';

describe.concurrent('guichet check / ogm / epc', { timeout: 120_000 }, () => {
  test.each([
    [['check', 'niss', '85.07.30-033.28'], 'valid NISS: 85.07.30-033.28, birth date 1985-07-30, sex M'],
    [['check', 'bce', 'BE 0403.170.701'], 'valid enterprise number: 0403.170.701'],
    [['check', 'iban', 'BE71 0961 2345 6769'], 'valid IBAN: BE71 0961 2345 6769, BIC GKCCBEBB'],
    [['check', 'ogm', '+++000/0123/45672+++'], 'valid structured communication: +++000/0123/45672+++'],
    [['ogm', '--reference', '123456'], '+++000/0123/45672+++'],
  ])('%j prints %s', async (args, expected) => {
    const run = await runCli(args);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(expected);
  });

  test('check --json gives the parsed value, or the error on stdout with exit code 2', async () => {
    expect(await runCliJson(['check', 'niss', '85073003328'])).toMatchObject({
      code: 0,
      json: { ok: true, value: { niss: '85073003328', sex: 'M' } },
    });
    const invalid = await runCliJson(['check', 'niss', '85073003329']);
    expect(invalid).toMatchObject({
      code: 2,
      json: { ok: false, error: { code: 'checksum', messageKey: 'identifiers.niss.checksum' } },
    });
    expect(invalid.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('epc builds the EPC069-12 payload with the structured communication', async () => {
    const run = await runCliJson([
      'epc',
      '--iban',
      'BE71096123456769',
      '--amount',
      '871,71',
      '--ogm',
      '+++000/0123/45672+++',
      '--name',
      'Caisse Guichet',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json).toMatchObject({
      command: 'epc',
      amount: { cents: 87_171 },
      lines: [
        'BCD',
        '002',
        '1',
        'SCT',
        '',
        'Caisse Guichet',
        'BE71096123456769',
        'EUR871.71',
        '',
        '+++000/0123/45672+++',
      ],
    });
    const human = await runCli([
      'epc',
      '--iban',
      'BE71096123456769',
      '--amount',
      '12.30',
      '--text',
      'Q1 2026',
      '--name',
      'Caisse',
      '--bic',
      'GKCCBEBB',
    ]);
    expect(human.stdout).toContain('EPC QR payload for 12,30 €');
  });

  test.each([
    [['check', 'niss', '85073003329'], 'invalid NISS'],
    [['check', 'iban', 'BE68539007547034'], 'unknown-bank'],
    [['check', 'bce', '0403170702'], 'checksum'],
    [['check', 'ogm', '123'], 'format'],
    [['check', 'passport', '1'], 'first argument must be one of niss, bce, iban, ogm'],
    [['check', 'niss'], 'value to check is missing'],
    [['check', 'niss', '1', '2'], "unexpected argument '2'"],
    [['ogm', '--reference', '12345678901'], '1 to 10 digits'],
    [['ogm'], '--reference is required'],
    [['epc', '--iban', 'BE71096123456769', '--name', 'Caisse'], '--amount is required'],
    [['epc', '--iban', 'BE71096123456769', '--amount', '1', '--name', 'Caisse', '--ogm', 'x', '--text', 'y'], 'format'],
    [['epc', '--iban', 'BE00', '--amount', '1', '--name', 'Caisse'], 'identifiers.iban'],
  ])('%j → exit 2: %s', async (args, message) => {
    const run = await runCli(args);
    expect(isInvalidInput(run), run.stderr).toBe(true);
    expect(run.stderr).toContain(message);
  });
});
