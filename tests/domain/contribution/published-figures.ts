import type { ContributionCategory } from '../../../shared/domain/contribution/types';

/**
 * Published quarterly amounts for 2024–2026, each with where it was published. Shared by the domain
 * table test and the CLI acceptance test, so both reproduce exactly the same figures.
 * `field: 'total'` is the amount including the fund's fees (`fee`), `contribution` the legal amount.
 */
export type PublishedFigure = {
  readonly year: 2024 | 2025 | 2026;
  readonly label: string;
  readonly category: ContributionCategory;
  /** Annual net taxable income, euros. */
  readonly income: string;
  readonly fee?: string;
  readonly isPrimoStarter?: boolean;
  /** Read the provisional schedule of a starter (flat legal minimum) instead of the definitive one. */
  readonly isStarter?: boolean;
  readonly start?: string;
  readonly quarter: string;
  readonly field: 'contribution' | 'total';
  readonly expected: string;
  readonly source: string;
};

const LIANTIS_2024 = 'Liantis FAQ "hoe worden sociale bijdragen berekend" (2024)';
const DERIVED_NOTES = 'belgian-rules.md §1.2 [DERIVED], checked against the published thresholds';

export const PUBLISHED_FIGURES: readonly PublishedFigure[] = [
  // 2024
  { year: 2024, label: 'main minimum', category: 'main', income: '0', quarter: '2024-Q1', field: 'contribution', expected: '864.15', source: `${LIANTIS_2024}; belgian-rules.md §1.2` },
  { year: 2024, label: 'main minimum incl. 3.95 %', category: 'main', income: '0', fee: '3.95', quarter: '2024-Q1', field: 'total', expected: '898.28', source: `${LIANTIS_2024}: 898.28` },
  { year: 2024, label: 'main minimum incl. 3.90 %', category: 'main', income: '0', fee: '3.9', quarter: '2024-Q1', field: 'total', expected: '897.85', source: 'groups.be student page: "minimum 897,85 euro per kwartaal" (Group S 2024)' },
  { year: 2024, label: 'main maximum', category: 'main', income: '200000', quarter: '2024-Q1', field: 'contribution', expected: '4952.48', source: DERIVED_NOTES },
  { year: 2024, label: 'primo-starter floor', category: 'main', income: '0', isPrimoStarter: true, isStarter: true, start: '2024-01-01', quarter: '2024-Q2', field: 'contribution', expected: '446.25', source: 'cineyconsult (446.25); Securex 464.55 incl. 4.10 %' },
  { year: 2024, label: 'primo-starter floor incl. 4.10 %', category: 'main', income: '0', fee: '4.1', isPrimoStarter: true, isStarter: true, start: '2024-01-01', quarter: '2024-Q2', field: 'total', expected: '464.55', source: 'Securex "Primo starters" (464.55)' },
  { year: 2024, label: 'primo-starter first quarter after reduction', category: 'main', income: '0', isPrimoStarter: true, isStarter: true, start: '2024-01-01', quarter: '2024-Q1', field: 'contribution', expected: '331.22', source: 'cineyconsult (446.25 − 115.03 = 331.22)' },
  { year: 2024, label: 'primo-starter first quarter incl. 4.10 %', category: 'main', income: '0', fee: '4.1', isPrimoStarter: true, isStarter: true, start: '2024-01-01', quarter: '2024-Q1', field: 'total', expected: '344.80', source: 'Securex "Primo starters: réduction de 100 €" (344.80)' },
  { year: 2024, label: 'complementary starter', category: 'complementary', income: '0', isStarter: true, quarter: '2024-Q1', field: 'contribution', expected: '95.60', source: 'Liantis (99.38 incl. 3.95 %)' },
  { year: 2024, label: 'complementary starter incl. 3.95 %', category: 'complementary', income: '0', fee: '3.95', isStarter: true, quarter: '2024-Q1', field: 'total', expected: '99.38', source: 'Liantis bijberoep 2024 (99.38)' },
  { year: 2024, label: 'student starter incl. 3.90 %', category: 'student', income: '0', fee: '3.9', isStarter: true, quarter: '2024-Q1', field: 'total', expected: '99.33', source: 'groups.be student page (99.33 per quarter)' },
  { year: 2024, label: 'student at the upper threshold pays as main', category: 'student', income: '16861.46', fee: '3.9', quarter: '2024-Q1', field: 'total', expected: '897.85', source: 'groups.be student page (16,861.46 → main, minimum 897.85)' },
  { year: 2024, label: 'student just below the lower threshold', category: 'student', income: '8430.72', quarter: '2024-Q1', field: 'contribution', expected: '0.00', source: 'groups.be / plutus.be: no contribution below 8,430.73' },
  // 2025
  { year: 2025, label: 'main minimum', category: 'main', income: '0', quarter: '2025-Q1', field: 'contribution', expected: '871.71', source: 'billy.tech, eloya.be (871.71); degandpartners, oeccbb (871.71)' },
  { year: 2025, label: 'main minimum incl. 4.05 %', category: 'main', income: '0', fee: '4.05', quarter: '2025-Q1', field: 'total', expected: '907.01', source: 'UCM (907.01)' },
  { year: 2025, label: 'main minimum incl. 3.05 %', category: 'main', income: '0', fee: '3.05', quarter: '2025-Q1', field: 'total', expected: '898.30', source: 'Xerius starter page (898.30); Acerta (898.30)' },
  { year: 2025, label: 'main minimum incl. 4.10 %', category: 'main', income: '0', fee: '4.1', quarter: '2025-Q1', field: 'total', expected: '907.45', source: 'Securex lex4you "nouveautés à partir du 1er octobre 2025" (907.45)' },
  { year: 2025, label: 'main maximum', category: 'main', income: '200000', quarter: '2025-Q1', field: 'contribution', expected: '4995.78', source: DERIVED_NOTES },
  { year: 2025, label: 'main maximum incl. 3.95 %', category: 'main', income: '200000', fee: '3.95', quarter: '2025-Q1', field: 'total', expected: '5193.11', source: 'office-sfa.be (maximumbijdrage per kwartaal 5.193,11)' },
  { year: 2025, label: 'primo-starter floor', category: 'main', income: '0', isPrimoStarter: true, isStarter: true, start: '2025-01-01', quarter: '2025-Q2', field: 'contribution', expected: '450.15', source: 'Xerius (463.88 incl. 3.05 %)' },
  { year: 2025, label: 'primo-starter floor incl. 3.05 %', category: 'main', income: '0', fee: '3.05', isPrimoStarter: true, isStarter: true, start: '2025-01-01', quarter: '2025-Q2', field: 'total', expected: '463.88', source: 'Xerius starter page (463.88)' },
  { year: 2025, label: 'primo-starter floor incl. 3.95 %', category: 'main', income: '0', fee: '3.95', isPrimoStarter: true, isStarter: true, start: '2025-01-01', quarter: '2025-Q2', field: 'total', expected: '467.93', source: 'thglln (467.93)' },
  { year: 2025, label: 'complementary starter incl. 4.05 %', category: 'complementary', income: '0', fee: '4.05', isStarter: true, quarter: '2025-Q1', field: 'total', expected: '100.35', source: 'UCM (100.35)' },
  { year: 2025, label: 'student starter incl. 3.05 %', category: 'student', income: '0', fee: '3.05', isStarter: true, quarter: '2025-Q1', field: 'total', expected: '99.38', source: 'Acerta student-zelfstandige page (99.38)' },
  { year: 2025, label: 'pension age without pension, Q4: main minimum incl. 4.10 %', category: 'pension-age', income: '0', fee: '4.1', quarter: '2025-Q4', field: 'total', expected: '907.45', source: 'Securex lex4you (907.45 from Q4 2025)' },
  { year: 2025, label: 'pension age without pension, Q4: main minimum incl. 3.05 %', category: 'pension-age', income: '0', fee: '3.05', quarter: '2025-Q4', field: 'total', expected: '898.30', source: 'Acerta (898.30)' },
  { year: 2025, label: 'pension age without pension, Q4: main minimum incl. 4.05 %', category: 'pension-age', income: '0', fee: '4.05', quarter: '2025-Q4', field: 'total', expected: '907.01', source: 'UCM "ce qui change au 1er octobre 2025" (907.01)' },
  { year: 2025, label: 'active pensioner, 25,000 income incl. 3.95 %', category: 'active-pensioner', income: '25000', fee: '3.95', quarter: '2025-Q3', field: 'total', expected: '955.04', source: 'Liantis "zelfstandige na pensioen", example 1 (955.04)' },
  { year: 2025, label: 'main, 25,000 income incl. 3.95 %', category: 'main', income: '25000', fee: '3.95', quarter: '2025-Q1', field: 'total', expected: '1331.86', source: 'Liantis "zelfstandige na pensioen", example 1 (1,331.86)' },
  // 2026
  { year: 2026, label: 'main minimum', category: 'main', income: '0', quarter: '2026-Q1', field: 'contribution', expected: '890.42', source: 'tamtam blog (890.42)' },
  { year: 2026, label: 'main minimum incl. 3.95 %', category: 'main', income: '0', fee: '3.95', quarter: '2026-Q1', field: 'total', expected: '925.59', source: 'Liantis 2026 (925.59)' },
  { year: 2026, label: 'main minimum incl. 4.20 %', category: 'main', income: '0', fee: '4.2', quarter: '2026-Q1', field: 'total', expected: '927.82', source: 'third-party file, Partena (927.82)' },
  { year: 2026, label: 'main maximum', category: 'main', income: '200000', quarter: '2026-Q1', field: 'contribution', expected: '5103.05', source: 'tamtam blog (5,103.05)' },
  { year: 2026, label: 'complementary starter incl. 3.95 %', category: 'complementary', income: '0', fee: '3.95', isStarter: true, quarter: '2026-Q1', field: 'total', expected: '102.40', source: 'Liantis bijberoep 2026 (102.40, via a third-party copy)' },
  { year: 2026, label: 'primo-starter floor', category: 'main', income: '0', isPrimoStarter: true, isStarter: true, start: '2026-01-01', quarter: '2026-Q2', field: 'contribution', expected: '459.82', source: 'GitHub "independant-be" skill (≈ 459.82)' },
  { year: 2026, label: 'student just below the lower threshold', category: 'student', income: '8687.03', quarter: '2026-Q1', field: 'contribution', expected: '0.00', source: 'third-party documentation (8,687.04)' },
  { year: 2026, label: 'helping spouse maxi-statut minimum', category: 'helping-spouse', income: '0', quarter: '2026-Q1', field: 'contribution', expected: '391.16', source: 'third-party TypeScript file (7,632.44 → 391.16)' },
];
