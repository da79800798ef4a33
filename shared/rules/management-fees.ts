import { ppm } from '../domain/money';
import type { Ppm } from '../domain/money';
import type { RuleValue } from './types';

/**
 * Fund settings that are not legal constants: each fund sets its management fees per year (a
 * percentage added to the legal contribution) and its payment-plan policy. These are the observed
 * values, kept as reference data; the application loads the fund's own settings.
 */
export const MANAGEMENT_FEE_CAP: RuleValue<Ppm> = {
  value: ppm(42_500),
  source:
    'Top of the range every source cites (3.05 %–4.25 %): zelfstandige.vlaanderen, 1819.brussels. The cap is set by Royal Decree under AR 38 art. 20; no primary text was read',
  confidence: 'third-party',
  isConfirmed: false,
  note: 'Used only as a validation bound; a fund rate above it is refused.',
};

export type ObservedFundFee = { readonly fund: string; readonly year: number; readonly rate: RuleValue<Ppm> };

function observed(fund: string, year: number, rate: number, source: string, isConfirmed: boolean): ObservedFundFee {
  return {
    fund,
    year,
    rate: { value: ppm(rate), source, confidence: isConfirmed ? 'fund' : 'third-party', isConfirmed },
  };
}

export const OBSERVED_FUND_FEES: readonly ObservedFundFee[] = [
  observed('liantis', 2024, 39_500, 'Liantis 2024: 864.15 → 898.28', true),
  observed(
    'liantis',
    2025,
    39_500,
    'Liantis 2025: 3.95 % (https://www.liantis.be/nl/zelfstandig-worden/startvoorwaarden/zelfstandige-na-pensioen)',
    true,
  ),
  observed('liantis', 2026, 39_500, 'Liantis 2026: 890.42 → 925.59', true),
  observed(
    'groups',
    2024,
    39_000,
    'Group S 2024: 95.60 → 99.33, 864.15 → 897.85 (https://www.groups.be/nl/sociale-bijdragen-als-student-zelfstandige)',
    true,
  ),
  observed('ucm', 2025, 40_500, 'UCM 2025: 871.71 → 907.01', true),
  observed('xerius', 2025, 30_500, 'Xerius 2025: 871.71 → 898.30', true),
  observed('acerta', 2025, 30_500, 'Acerta 2025: 871.71 → 898.30', true),
  observed('securex', 2024, 41_000, 'Securex 2024: 446.25 → 464.55', true),
  observed('securex', 2025, 41_000, 'Securex 2025: 871.71 → 907.45', true),
  observed('partena', 2025, 42_000, 'Third-party code comment', false),
  observed('partena', 2026, 42_000, 'Third-party file: 890.42 → 927.82', false),
];
