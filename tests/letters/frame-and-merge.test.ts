/** The page frame's page-to-letter mapping, the recipient-language formats, and the chunk merge. */
import { describe, expect, it } from 'vitest';
import { cents } from '../../shared/domain/money';
import { demoLetter } from '../../electron/letters/sample-letters';
import { formatAmount, formatLongDate, formatShortDate } from '../../electron/letters/print-format';
import { demoFund } from '../../electron/letters/fund-identity';
import {
  mergePdfkitDocuments,
  parsePdfkitDocument,
  UnsupportedPdfError,
} from '../../electron/letters/render/pdf-merge';
import { joinWordRuns } from '../../electron/letters/render/pdfmake-tuning';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { letterIndexForPage } from '../../electron/letters/templates/layout';
import { pdfPageCount, pdfText } from './support/pdf-tools';

describe('page frame', () => {
  it('finds the letter a page belongs to', () => {
    const starts = [1, 2, 4, 5];
    expect([1, 2, 3, 4, 5, 6].map((page) => letterIndexForPage(starts, page))).toEqual([0, 1, 1, 2, 3, 3]);
    expect(letterIndexForPage([1], 9)).toBe(0);
  });
});

describe('drawing a line', () => {
  const font = { name: 'Roboto-Regular' };
  const word = (text: string, x: number, extra: Record<string, unknown> = {}) => ({
    text,
    x,
    width: 10,
    height: 11,
    font,
    fontSize: 9.5,
    color: '#1d1d1b',
    ...extra,
  });

  it('draws consecutive words of the same look as one run, and keeps the laid-out words unchanged', () => {
    const line = [
      word('Sauf ', 0),
      word('erreur ', 10),
      word('de ', 20),
      word('notre', 30, { color: '#5b6770' }),
      word(' part', 40, { color: '#5b6770' }),
    ];
    const runs = joinWordRuns(line);
    expect(runs.map((run) => [run.text, run.x, run.width])).toEqual([
      ['Sauf erreur de ', 0, 30],
      ['notre part', 30, 20],
    ]);
    expect(line[0]).toMatchObject({ text: 'Sauf ', width: 10 });
  });

  it('keeps apart words that are justified, linked or in another font', () => {
    const justified = [word('a ', 0), word('b ', 14, { justifyShift: 4 })];
    expect(joinWordRuns(justified)).toHaveLength(2);
    expect(joinWordRuns([word('a ', 0), word('b', 10, { link: 'https://example.be' })])).toHaveLength(2);
    expect(joinWordRuns([word('a ', 0), { ...word('b', 10), font: { name: 'Roboto-Medium' } }])).toHaveLength(2);
  });
});

describe('formats in the recipient language', () => {
  it('writes dates as each language does', () => {
    // No-break spaces: a date is never split over two lines.
    expect(formatLongDate('2026-03-01', 'fr')).toBe('1er\u00a0mars\u00a02026');
    expect(formatLongDate('2026-03-01', 'nl')).toBe('1\u00a0maart\u00a02026');
    expect(formatLongDate('2026-03-01', 'de')).toBe('1.\u00a0März\u00a02026');
    expect(formatShortDate('2026-03-01', 'de')).toBe('01.03.2026');
    expect(() => formatLongDate('01/03/2026', 'fr')).toThrow(RangeError);
  });

  it('writes amounts with Belgian conventions and never splits them', () => {
    expect(formatAmount(cents(123_456_78), 'fr')).toBe('123\u00a0456,78\u00a0€');
    expect(formatAmount(cents(123_456_78), 'nl')).toBe('€\u00a0123.456,78');
    expect(formatAmount(cents(-5), 'de')).toBe('-0,05\u00a0€');
  });
});

describe('merging chunks', () => {
  it('joins chunk PDFs into one document with every page, in order, deterministically', async () => {
    const fund = demoFund();
    const first = await renderLetters([demoLetter('reminder', 'fr', 1), demoLetter('formal-notice', 'nl', 2)], fund);
    const second = await renderLetters([demoLetter('decision', 'de', 3)], fund);
    const merged = mergePdfkitDocuments([first.pdf, second.pdf], { title: 'Lot – essai', author: fund.name });
    expect(merged.pageCount).toBe(first.pageCount + second.pageCount);
    expect(pdfPageCount(merged.pdf)).toBe(merged.pageCount);
    expect(pdfText(merged.pdf, 1)).toContain('A-2026-004513');
    expect(pdfText(merged.pdf, merged.pageCount)).toContain('A-2026-004515');
    expect(
      mergePdfkitDocuments([first.pdf, second.pdf], { title: 'Lot – essai', author: fund.name }).pdf.equals(merged.pdf),
    ).toBe(true);
    // Each chunk's font subsets get their own names.
    expect(merged.pdf.toString('latin1')).toMatch(/\/BAAAAA\+Roboto-Regular[\s\S]*\/BAAAAB\+Roboto-Regular/);
  });

  it('refuses what pdfkit does not write', () => {
    expect(() => parsePdfkitDocument(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))).toThrow(UnsupportedPdfError);
  });
});
