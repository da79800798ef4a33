import { describe, expect, it } from 'vitest';
import { formatIban, makeBelgianIban } from '../../shared/domain/identifiers/iban';
import { formatNiss, makeNiss } from '../../shared/domain/identifiers/niss';
import { createPersonalDataScanner, isScannableName } from './personal-data-scan';

const niss = '85073003361';
const validNiss = makeNiss({ birthDate: '1996-05-14', serial: 917 });
const iban = 'BE48001123456727';
const seededIban = makeBelgianIban('063', 4455667);
const scanner = createPersonalDataScanner({
  niss: [niss, validNiss],
  ibans: [iban, seededIban],
  lastNames: ['Dupré', 'Van den Berghe', "D'Hondt", 'Vos'],
});

/** The log of a process with one planted datum on line 3. */
function logWith(planted: string): string {
  return ['server listening on http://127.0.0.1:41234', 'sync round ended in 120 ms', planted, 'closed'].join('\n');
}

describe('personal data scan of logs', () => {
  it.each([
    ['85.07.30-033.61', 'niss'],
    ['85073003361', 'niss'],
    ['850730 033 61', 'niss'],
    ['850730-033-61', 'niss'],
    [formatNiss(validNiss), 'niss'],
    ['BE48 0011 2345 6727', 'iban'],
    ['BE48001123456727', 'iban'],
    ['be48 0011 2345 6727', 'iban'],
    [formatIban(seededIban), 'iban'],
    ['Dupré', 'name'],
    ['DUPRE', 'name'],
    ['van  den BERGHE', 'name'],
    ["d'hondt", 'name'],
  ] as const)('finds %s as a %s, on its line', (written, kind) => {
    for (const planted of [
      written,
      `refused: ${written}`,
      `{"field":"${written}"}`,
      `GET /persons?q=${written}&page=2`,
    ]) {
      expect(scanner.scan(logWith(planted)), planted).toEqual([{ line: 3, kind }]);
    }
  });

  it('finds a name inside an e-mail address', () => {
    expect(scanner.scan(logWith('mail to marie.dupre@example.be failed'))).toEqual([{ line: 3, kind: 'name' }]);
  });

  it('reports each kind of a line once, and every line that has one', () => {
    const text = `${niss} ${niss} Dupré\nnothing here\nBE48 0011 2345 6727`;
    expect(scanner.scan(text)).toEqual([
      { line: 1, kind: 'niss' },
      { line: 1, kind: 'name' },
      { line: 3, kind: 'iban' },
    ]);
  });

  it('says where and what kind, never the datum itself', () => {
    const report = JSON.stringify(scanner.scan(logWith(`${formatNiss(niss)} ${formatIban(iban)} Dupré`)));
    expect(report).not.toContain('85');
    expect(report).not.toContain('BE48');
    expect(report.toLowerCase()).not.toContain('dupr');
  });

  it('does not take digits inside a longer number, or a name inside a longer word, for personal data', () => {
    const clean = [
      `timestamp 1${niss}9`,
      `port ${niss.slice(0, 6)}`,
      `XBE48001123456727`,
      'Vosges and the Vos family', // a three-letter name is not scanned at all
      'Dupréville, Van den Berghestraat',
      `${niss.slice(0, 5)} ${niss.slice(5)}0`,
    ].join('\n');
    expect(scanner.scan(clean)).toEqual([]);
  });

  it('scans only names of four letters or more', () => {
    expect(isScannableName('Vos')).toBe(false);
    expect(isScannableName('De Vos')).toBe(true);
    expect(isScannableName('Noël')).toBe(true);
    expect(isScannableName("D'Hondt")).toBe(true);
  });

  it('finds nothing when it knows nothing', () => {
    expect(createPersonalDataScanner({ niss: [], ibans: [], lastNames: [] }).scan(logWith('Dupré'))).toEqual([]);
  });
});
