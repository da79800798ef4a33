/**
 * CSV as RFC 4180 says: CRLF line ends, a header line, a field quoted when it holds a comma, a
 * quote, CR or LF, quotes inside doubled. A field that starts like a formula is prefixed with an
 * apostrophe so a spreadsheet opening the file shows it instead of running it (OWASP CSV injection).
 */
import type { ReportColumn, ReportRow, ReportValue } from './report-definitions';

const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: ReportValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(columns: readonly ReportColumn[], rows: readonly ReportRow[]): string {
  const lines = [columns.map((column) => csvField(column.header))];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column.key] ?? null)));
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}
