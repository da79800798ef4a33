/** The CSV manifest written next to a batch PDF: one line per letter with its pages in the PDF. */
import type { issuedLetters } from '../../../db/schema/letters';

type Row = Pick<typeof issuedLetters.$inferInsert, 'caseReference' | 'kind' | 'language' | 'firstPage' | 'lastPage'> & {
  amountCents: number;
  position: number;
};

export function manifestCsv(rows: readonly Row[]): string {
  const header = 'position,case_reference,kind,language,amount_cents,first_page,last_page';
  const lines = rows.map((row) =>
    [
      row.position + 1,
      csvField(row.caseReference),
      row.kind,
      row.language,
      row.amountCents,
      row.firstPage,
      row.lastPage,
    ].join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

/** RFC 4180: quote a field holding a comma, a quote or a line break, doubling inner quotes. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
