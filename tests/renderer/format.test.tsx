// @vitest-environment jsdom
/** Dates and money the Belgian way, in each interface language. */
import { describe, expect, it } from 'vitest';
import { cents } from '../../shared/domain/money';
import { formatDate, formatMoney } from '../../renderer/i18n/format';
import { formatIdentifier } from '../../renderer/ui/format-identifier';

// Intl uses narrow/ordinary no-break spaces as group and currency separators; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting at the edge', () => {
  it('prints an IsoDate as the same calendar day in every language', () => {
    expect(formatDate('1985-07-30', 'fr')).toBe('30/07/1985');
    expect(formatDate('1985-07-30', 'nl')).toBe('30/07/1985');
    expect(formatDate('1985-07-30', 'de')).toBe('30.07.1985');
    expect(formatDate('2020-01-01', 'fr', 'long')).toBe('1 janvier 2020');
    expect(formatDate('2020-01-01', 'nl', 'long')).toBe('1 januari 2020');
    expect(formatDate('2020-01-01', 'de', 'long')).toBe('1. Januar 2020');
  });

  it('leaves something that is not an IsoDate as it is', () => {
    expect(formatDate('30/07/1985', 'fr')).toBe('30/07/1985');
  });

  it('prints cents as euros without going through a float', () => {
    expect(plain(formatMoney(cents(123456), 'fr'))).toBe('1 234,56 €');
    expect(plain(formatMoney(cents(123456), 'nl'))).toBe('€ 1.234,56');
    expect(plain(formatMoney(cents(-5), 'de'))).toBe('-0,05 €');
    expect(plain(formatMoney(cents(900719925474099), 'fr'))).toBe('9 007 199 254 740,99 €');
  });

  it('shows a NISS and an enterprise number as on official documents', () => {
    expect(formatIdentifier('person', '85073003328')).toBe('85.07.30-033.28');
    expect(formatIdentifier('company', '0123456749')).toBe('0123.456.749');
    expect(formatIdentifier('company', '123456749')).toBe('0123.456.749');
  });
});
