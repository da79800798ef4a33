/**
 * Money as integer euro cents. Every amount in the domain is `Cents`; floats never carry money.
 * Rounding happens once, at a named point, with a mode chosen from the legal text.
 */
declare const centsBrand: unique symbol;
export type Cents = number & { readonly [centsBrand]: 'Cents' };

export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Cents must be a safe integer, got ${value}`);
  }
  return value as Cents;
}

export const ZERO_CENTS: Cents = cents(0);

export function addCents(...amounts: readonly Cents[]): Cents {
  return cents(amounts.reduce((sum, amount) => sum + amount, 0));
}

export function subtractCents(from: Cents, amount: Cents): Cents {
  return cents(from - amount);
}

export function minCents(a: Cents, b: Cents): Cents {
  return a <= b ? a : b;
}

export function maxCents(a: Cents, b: Cents): Cents {
  return a >= b ? a : b;
}

/**
 * Divides two integers and rounds the quotient with `mode`. Works on integers only, so no binary
 * fraction error can creep in (unlike `Math.round(x * rate)`). Negative values round symmetrically
 * (half-up means half away from zero), as accounting expects.
 */
export function divideRounded(numerator: number, denominator: number, mode: RoundingMode): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError(`divideRounded needs safe integers and a non-zero denominator`);
  }
  return Number(divideBig(BigInt(numerator), BigInt(denominator), mode));
}

/**
 * `value × multiplier ÷ divisor`, rounded once with `mode`. The product is taken in BigInt, so a
 * large amount times a rate in parts per million cannot overflow before the single rounding.
 */
export function multiplyDivideRounded(value: number, multiplier: number, divisor: number, mode: RoundingMode): number {
  if (![value, multiplier, divisor].every(Number.isSafeInteger) || divisor === 0) {
    throw new RangeError(`multiplyDivideRounded needs safe integers and a non-zero divisor`);
  }
  const result = divideBig(BigInt(value) * BigInt(multiplier), BigInt(divisor), mode);
  return cents(Number(result));
}

function divideBig(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  const isNegative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const remainder = n - quotient * d;
  let magnitude = quotient;
  if (remainder !== 0n) {
    const twice = remainder * 2n;
    if (mode === 'up') magnitude = quotient + 1n;
    else if (mode === 'half-up') magnitude = twice >= d ? quotient + 1n : quotient;
    else if (mode === 'half-even') {
      magnitude = twice > d || (twice === d && quotient % 2n === 1n) ? quotient + 1n : quotient;
    }
  }
  return isNegative ? -magnitude : magnitude;
}

/** Parses a decimal euro amount written by a person ("1234,56", "1 234.5", "€ 12") into cents. */
export function parseEuros(input: string): Cents | undefined {
  const compact = input.replace(/[\s\u00a0€]/g, '');
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return undefined;
  return cents(sign === '-' ? -value : value);
}

/** Formats cents the Belgian way, with plain spaces so it prints the same everywhere: "5 103,05 €". */
export function formatEuros(amount: Cents): string {
  return `${formatDecimal(amount, ' ', ',')} €`;
}

/** Formats cents as a machine-readable decimal string without grouping: "5103.05", "-0.40". */
export function formatEurosPlain(amount: Cents): string {
  return formatDecimal(amount, '', '.');
}

function formatDecimal(amount: Cents, groupSeparator: string, decimalSeparator: string): string {
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  const whole = Math.floor(magnitude / 100).toString();
  const fraction = (magnitude % 100).toString().padStart(2, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
  return `${sign}${grouped}${decimalSeparator}${fraction}`;
}

// ---------------------------------------------------------------------------------------------
// Rates. A rate is an integer number of parts per million: 20.50 % = 205 000 ppm, 3.95 % = 39 500.
// That is exact for every rate in the legal texts (at most four decimals of a percent).

declare const ppmBrand: unique symbol;
export type Ppm = number & { readonly [ppmBrand]: 'Ppm' };

export const PPM_PER_UNIT = 1_000_000;

export function ppm(value: number): Ppm {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`A rate must be a non-negative integer of parts per million, got ${value}`);
  }
  return value as Ppm;
}

/** `amount × rate`, rounded once to the cent with `mode`. */
export function applyRate(amount: Cents, rate: Ppm, mode: RoundingMode): Cents {
  return cents(multiplyDivideRounded(amount, rate, PPM_PER_UNIT, mode));
}

/** Parses a percentage typed by a person ("3.95", "3,95 %", "20.5") into parts per million. */
export function parsePercent(input: string): Ppm | undefined {
  const match = /^(\d{1,3})(?:[.,](\d{1,4}))?$/.exec(input.replace(/[\s%]/g, ''));
  if (!match) return undefined;
  const [, whole, fraction = ''] = match;
  return ppm(Number(whole) * 10_000 + Number(fraction.padEnd(4, '0')));
}

/** Formats a rate as a percentage with the decimals it needs: 39 500 → "3.95", 30 000 → "3". */
export function formatPercent(rate: Ppm): string {
  const whole = Math.floor(rate / 10_000);
  const fraction = (rate % 10_000).toString().padStart(4, '0').replace(/0+$/, '');
  return fraction === '' ? `${whole}` : `${whole}.${fraction}`;
}

/** An exact ratio of two positive integers, e.g. an indexation fraction 656.54/553.21 as 65654/55321. */
export type Fraction = { readonly numerator: number; readonly denominator: number };

/** `amount × fraction`, rounded once to the cent with `mode`. */
export function applyFraction(amount: Cents, fraction: Fraction, mode: RoundingMode): Cents {
  return cents(multiplyDivideRounded(amount, fraction.numerator, fraction.denominator, mode));
}
