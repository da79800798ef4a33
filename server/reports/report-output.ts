/**
 * A report as a file: CSV (RFC 4180, header line), JSON, or XLSX with the figures on the first
 * sheet and the period, the generation date and the definitions on the second.
 */
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/node';
import { toCsv } from '../../shared/domain/reports/csv';
import type { ReportFormat } from '../../shared/domain/reports/report-definitions';
import type { ReportResult } from './run-report';

function periodLines(result: ReportResult): [string, string][] {
  const { definition } = result;
  return [
    ['report', definition.name],
    ['counts', definition.counts],
    ['sources', definition.sources.join('; ')],
    definition.period === 'at-date' ? ['at date', result.to] : ['period', `${result.from} to ${result.to}`],
    ['branch', result.branch === null ? 'all branches' : `${result.branch.code} ${result.branch.name}`.trim()],
    ['generated at', result.generatedAt],
  ];
}

export function reportJson(result: ReportResult): string {
  const { definition } = result;
  return `${JSON.stringify(
    {
      report: definition.name,
      counts: definition.counts,
      sources: definition.sources,
      from: definition.period === 'at-date' ? null : result.from,
      to: result.to,
      branch: result.branch,
      generatedAt: result.generatedAt,
      columns: definition.columns,
      rows: result.rows,
    },
    null,
    2,
  )}\n`;
}

export async function reportXlsx(result: ReportResult): Promise<Buffer> {
  const { columns } = result.definition;
  const header: Row = columns.map((column) => ({ value: column.header, fontWeight: 'bold' }));
  const figures: SheetData = [
    header,
    ...result.rows.map((row): Row => columns.map((column) => row[column.key] ?? null)),
  ];
  const definitions: SheetData = [
    ...periodLines(result).map(([label, value]): Row => [{ value: label, fontWeight: 'bold' }, value]),
    [],
    [
      { value: 'column', fontWeight: 'bold' },
      { value: 'kind', fontWeight: 'bold' },
    ],
    ...columns.map((column): Row => [column.header, column.isCount ? 'figure' : 'dimension']),
  ];
  return writeXlsxFile([
    { data: figures, sheet: 'Report' },
    { data: definitions, sheet: 'Definitions', columns: [{ width: 18 }, { width: 100 }] },
  ]).toBuffer();
}

export async function reportOutput(result: ReportResult, format: ReportFormat): Promise<string | Buffer> {
  if (format === 'csv') return toCsv(result.definition.columns, result.rows);
  if (format === 'json') return reportJson(result);
  return reportXlsx(result);
}
