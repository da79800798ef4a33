import type { ExplanationLine } from '../../shared/domain/explanation';
import { formatEuros, formatPercent } from '../../shared/domain/money';
import type { Cents, Ppm } from '../../shared/domain/money';

/** Every amount in the JSON output: integer cents plus the Belgian formatting ("5 103,05 €"). */
export type MoneyJson = { readonly cents: number; readonly formatted: string };

export function money(amount: Cents): MoneyJson {
  return { cents: amount, formatted: formatEuros(amount) };
}

export type RateJson = { readonly ppm: number; readonly percent: string };

export function rate(value: Ppm): RateJson {
  return { ppm: value, percent: formatPercent(value) };
}

export type Output = { readonly json: unknown; readonly text: readonly string[] };

export function explanationText(lines: readonly ExplanationLine[]): string[] {
  return lines.map((line) => {
    const params = Object.entries(line.params)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(', ');
    const mark =
      line.source === null ? '' : ` [${line.source.confidence}${line.source.isConfirmed ? '' : ', UNCONFIRMED'}]`;
    return `  - ${line.messageKey}${params === '' ? '' : ` (${params})`}${mark}`;
  });
}

export function unconfirmedCount(lines: readonly ExplanationLine[]): number {
  return new Set(
    lines.filter((line) => line.source !== null && !line.source.isConfirmed).map((line) => line.source?.citation),
  ).size;
}

/** Pads a cell for the text tables; amounts are right-aligned. */
export function cell(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  return align === 'left' ? text.padEnd(width) : text.padStart(width);
}
