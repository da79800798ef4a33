import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateOf, daysInMonth } from '../../shared/domain/calendar';
import { parseTypedDate, typedDateText } from '../../shared/domain/typed-date';

describe('a date typed day first', () => {
  it.each(['01/04/2026', '1/4/2026', '01.04.2026', '01-04-2026', ' 1.4.2026 ', '01/4/2026'])(
    'reads %s as 1 April 2026',
    (text) => {
      expect(parseTypedDate(text)).toEqual({ kind: 'date', date: '2026-04-01' });
    },
  );

  it('never reads the month first: 04/01/2026 is 4 January', () => {
    expect(parseTypedDate('04/01/2026')).toEqual({ kind: 'date', date: '2026-01-04' });
  });

  it.each(['31/04/2026', '29/02/2025', '00/01/2026', '01/13/2026', '01/00/2026', '01/01/1850'])(
    'refuses %s, a day the calendar does not have',
    (text) => {
      expect(parseTypedDate(text)).toEqual({ kind: 'wrong', problem: 'calendar' });
    },
  );

  it.each(['2026-04-01', '1/4/26', '01/04-2026', '1 avril 2026', '01/04/2026x', '001/04/2026', 'abc'])(
    'refuses %s, not written day/month/year',
    (text) => {
      expect(parseTypedDate(text)).toEqual({ kind: 'wrong', problem: 'format' });
    },
  );

  it('takes 29 February in a leap year', () => {
    expect(parseTypedDate('29/02/2028')).toEqual({ kind: 'date', date: '2028-02-29' });
  });

  it('reads an empty or blank field as empty', () => {
    expect(parseTypedDate('')).toEqual({ kind: 'empty' });
    expect(parseTypedDate('   ')).toEqual({ kind: 'empty' });
  });

  it('shows an ISO date as dd/mm/yyyy and an empty or unreadable value as empty', () => {
    expect(typedDateText('2026-04-01')).toBe('01/04/2026');
    expect(typedDateText('')).toBe('');
    expect(typedDateText('2026-04-31')).toBe('');
  });

  const anyDate = fc
    .record({ year: fc.integer({ min: 1900, max: 2999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
    .map(({ year, month, day }) => isoDateOf(year, month, (day % daysInMonth(year, month)) + 1));

  it('round-trips every ISO date through its typed text, whatever separator and zero padding', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom('/', '.', '-'), fc.boolean(), (date, separator, isPadded) => {
        const [year, month, day] = date.split('-');
        const strip = (part: string) => (isPadded ? part : String(Number(part)));
        const typed = [strip(day!), strip(month!), year].join(separator);
        expect(parseTypedDate(typed)).toEqual({ kind: 'date', date });
        expect(parseTypedDate(typedDateText(date))).toEqual({ kind: 'date', date });
      }),
    );
  });

  it('never throws on arbitrary text and returns a real date whenever it says date', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseTypedDate(text);
        if (result.kind === 'date') expect(typedDateText(result.date)).not.toBe('');
      }),
    );
  });
});
