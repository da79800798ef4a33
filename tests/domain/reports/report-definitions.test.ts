/** The CSV of the reports and the bands they cut by, for any input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDateOf, type IsoDate } from '../../../shared/domain/calendar';
import { csvField, toCsv } from '../../../shared/domain/reports/csv';
import {
  ageBandOf,
  ageBands,
  debtAgeBucketOf,
  defaultReportPeriod,
  regionOf,
  reportDefinitions,
  reportNames,
  type ReportColumn,
} from '../../../shared/domain/reports/report-definitions';

/** An RFC 4180 reader, to read back what toCsv wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let index = 0;
  let isQuoted = false;
  while (index < text.length) {
    const character = text[index] ?? '';
    if (isQuoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (character === '"') isQuoted = false;
      else field += character;
      index += 1;
      continue;
    }
    if (character === '"') isQuoted = true;
    else if (character === ',') {
      fields.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      index += 1;
    } else field += character;
    index += 1;
  }
  return records;
}

const dateFrom = (minYear: number) =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ year, month, day }) => isoDateOf(year, month, day));
const date = dateFrom(1970);

describe('report CSV', () => {
  it('reads back every field as written, whatever the text, one record per line and a header first', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.integer(), fc.option(fc.string()))), (lines) => {
        const columns: ReportColumn[] = [
          { key: 'text', header: 'text, with "quotes"', isCount: false },
          { key: 'count', header: 'count', isCount: true },
          { key: 'maybe', header: 'maybe', isCount: false },
        ];
        const rows = lines.map(([text, count, maybe]) => ({ text, count, maybe }));
        const records = parseCsv(toCsv(columns, rows));
        expect(records).toHaveLength(rows.length + 1);
        expect(records[0]).toEqual(columns.map((column) => column.header));
        const shown = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
        rows.forEach((row, index) =>
          expect(records[index + 1]).toEqual([
            shown(row.text),
            String(row.count),
            row.maybe === null ? '' : shown(row.maybe),
          ]),
        );
      }),
    );
  });

  it('never lets a field start a formula', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@'), fc.string(), (start, rest) => {
        expect(csvField(`${start}${rest}`).replace(/^"/, '').startsWith("'")).toBe(true);
      }),
    );
  });
});

describe('report bands', () => {
  it('puts everyone born by the date in the band of their age in whole years', () => {
    fc.assert(
      fc.property(dateFrom(1900), date, (birth, at) => {
        fc.pre(birth <= at);
        const band = ageBandOf(birth, at);
        const birthday = (years: number): IsoDate =>
          isoDateOf(Number(birth.slice(0, 4)) + years, Number(birth.slice(5, 7)), Number(birth.slice(8, 10)));
        let age = 0;
        while (birthday(age + 1) <= at) age += 1;
        const expected = [...ageBands].reverse().find((candidate) => age >= candidate.minYears)?.key;
        expect(band).toBe(expected);
      }),
    );
  });

  it('ages a debt by whole days past its due date', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 2000 }), (at, days) => {
        const bucket = debtAgeBucketOf(addDays(at, -days), at);
        expect(bucket).toBe(days <= 90 ? '0-90' : days <= 180 ? '91-180' : days <= 365 ? '181-365' : '366+');
      }),
    );
  });

  it('leaves an unknown or future birth date out of the bands, and reads a year from its first of January', () => {
    expect(ageBandOf(null, '2026-12-06' as IsoDate)).toBe('unknown');
    expect(ageBandOf('2027-01-01', '2026-12-06' as IsoDate)).toBe('unknown');
    expect(debtAgeBucketOf('2026-12-06', '2026-12-06' as IsoDate)).toBe(null);
    expect(defaultReportPeriod('2026-12-06' as IsoDate)).toEqual({ from: '2026-01-01', to: '2026-12-06' });
  });

  it('places a Belgian postal code in its region, anything else apart', () => {
    expect(regionOf('1000', 'BE')).toBe('brussels');
    expect(regionOf('4700', 'BE')).toBe('wallonia');
    expect(regionOf('9000', 'BE')).toBe('flanders');
    expect(regionOf('1348', 'BE')).toBe('wallonia');
    expect(regionOf('75001', 'FR')).toBe('abroad');
    expect(regionOf('X12', 'BE')).toBe('unknown');
    expect(regionOf('0999', 'BE')).toBe('unknown');
    expect(regionOf(null, null)).toBe('unknown');
  });

  it('says for every report what it counts, from where, and which columns are figures', () => {
    for (const name of reportNames) {
      const definition = reportDefinitions[name];
      expect(definition.name).toBe(name);
      expect(definition.columns.some((column) => column.isCount)).toBe(true);
      expect(definition.sources.length).toBeGreaterThan(0);
    }
  });
});
