import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import { bridgingRightFigures, bridgingRightSchedule, partialMonthAmount } from '../../../shared/domain/rights';
import { benefitRulesForYear } from '../../../shared/rules/benefits/index';
import { cents } from '../../../shared/domain/money';

describe('bridging right figures', () => {
  it('bridging right 2024 from May, full month without family charge: 1,638.26 € (UCM page "je suis forcé d’interrompre")', () => {
    const outcome = bridgingRightFigures({
      date: toIsoDate('2024-06-01'),
      case: 'forced-cessation',
      careerQuarters: 20,
      hasFamilyCharge: false,
    });
    expect(outcome.ok && outcome.value.monthlyCents).toBe(163_826);
  });

  it('bridging right 2024 from May, full month with family charge: 2,047.18 € (UCM page "je suis forcé d’interrompre")', () => {
    const outcome = bridgingRightFigures({
      date: toIsoDate('2024-06-01'),
      case: 'bankruptcy',
      careerQuarters: 20,
      hasFamilyCharge: true,
    });
    expect(outcome.ok && outcome.value.monthlyCents).toBe(204_718);
  });

  it('bridging right 2024 before the indexation: 1,606.15 € / 2,007.06 € (billy.tech "droit passerelle")', () => {
    const without = bridgingRightFigures({ year: 2024, case: 'economic', careerQuarters: 8, hasFamilyCharge: false });
    const withCharge = bridgingRightFigures({ year: 2024, case: 'economic', careerQuarters: 8, hasFamilyCharge: true });
    expect(without.ok && without.value.monthlyCents).toBe(160_615);
    expect(withCharge.ok && withCharge.value.monthlyCents).toBe(200_706);
  });

  it('partial months 409.57 / 819.13 / 1,228.70 / 1,638.26 and 511.80 / 1,023.59 / 1,535.39 / 2,047.18 € (UCM table by days of interruption)', () => {
    const rules = benefitRulesForYear(2024);
    if (rules === undefined) throw new Error('2024 rules missing');
    const withoutCharge = [6, 7, 14, 21, 28].map((days) => partialMonthAmount(rules, cents(163_826), days));
    const withCharge = [6, 13, 20, 27, 31].map((days) => partialMonthAmount(rules, cents(204_718), days));
    expect(withoutCharge).toEqual([0, 40_957, 81_913, 122_870, 163_826]);
    expect(withCharge).toEqual([0, 51_180, 102_359, 153_539, 204_718]);
  });

  it('gives 12 months below 60 paid quarters and keeps 12 left of 24 after 12 granted from 60 quarters (boekhouder.be)', () => {
    const short = bridgingRightFigures({ year: 2026, case: 'bankruptcy', careerQuarters: 59, hasFamilyCharge: false });
    const long = bridgingRightFigures({
      year: 2026,
      case: 'bankruptcy',
      careerQuarters: 60,
      hasFamilyCharge: false,
      monthsAlreadyGranted: 12,
    });
    const exhausted = bridgingRightFigures({
      year: 2026,
      case: 'bankruptcy',
      careerQuarters: 10,
      hasFamilyCharge: false,
      monthsAlreadyGranted: 12,
    });
    expect(short.ok && [short.value.months, short.value.careerMaximumMonths]).toEqual([12, 12]);
    expect(long.ok && [long.value.months, long.value.careerMaximumMonths]).toEqual([12, 24]);
    expect(exhausted.ok && exhausted.value.months).toBe(0);
  });

  it('marks the carried-over 2025 and 2026 amounts as unconfirmed', () => {
    const outcome = bridgingRightFigures({ year: 2026, case: 'bankruptcy', careerQuarters: 10, hasFamilyCharge: true });
    expect(outcome.ok && outcome.value.hasUnconfirmedFigure).toBe(true);
    expect(outcome.ok && outcome.value.lines.map((line) => line.messageKey)).toEqual([
      'rights.bridgingRight.case.bankruptcy',
      'rights.bridgingRight.amountWithFamilyCharge',
      'rights.bridgingRight.careerMaximum',
    ]);
  });

  it('refuses a year without rules and a negative career', () => {
    expect(bridgingRightFigures({ year: 2031, case: 'bankruptcy', careerQuarters: 1, hasFamilyCharge: false })).toEqual(
      {
        ok: false,
        error: { code: 'rules-year-missing', messageKey: 'errors.rules.yearMissing', params: { year: 2031 } },
      },
    );
    expect(
      bridgingRightFigures({
        date: toIsoDate('2023-05-01'),
        case: 'bankruptcy',
        careerQuarters: 1,
        hasFamilyCharge: false,
      }),
    ).toMatchObject({ ok: false, error: { params: { year: 2023 } } });
    expect(
      bridgingRightFigures({ year: 1.5, case: 'bankruptcy', careerQuarters: 1, hasFamilyCharge: false }),
    ).toMatchObject({
      ok: false,
      error: { params: { year: 1.5 } },
    });
    expect(bridgingRightFigures({ case: 'bankruptcy', careerQuarters: 1, hasFamilyCharge: false })).toMatchObject({
      ok: false,
      error: { params: { year: 0 } },
    });
    expect(
      bridgingRightFigures({ year: 2025, case: 'bankruptcy', careerQuarters: -1, hasFamilyCharge: false }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-career' },
    });
  });
});

describe('bridging right schedule', () => {
  it('pays each month at the amount in force on its first day, at the end of the month', () => {
    const outcome = bridgingRightSchedule({ firstMonth: toIsoDate('2024-03-15'), months: 3, hasFamilyCharge: false });
    expect(outcome).toEqual({
      ok: true,
      value: [
        { month: '2024-03', amountCents: 160_615, payDate: '2024-03-31' },
        { month: '2024-04', amountCents: 160_615, payDate: '2024-04-30' },
        { month: '2024-05', amountCents: 163_826, payDate: '2024-05-31' },
      ],
    });
  });

  it('refuses a month without rules and an impossible number of months', () => {
    expect(
      bridgingRightSchedule({ firstMonth: toIsoDate('2026-11-01'), months: 3, hasFamilyCharge: true }),
    ).toMatchObject({
      ok: false,
      error: { params: { year: 2027 } },
    });
    expect(
      bridgingRightSchedule({ firstMonth: toIsoDate('2026-01-01'), months: 25, hasFamilyCharge: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-months' },
    });
    expect(bridgingRightSchedule({ firstMonth: toIsoDate('2026-01-01'), months: -1, hasFamilyCharge: true }).ok).toBe(
      false,
    );
    expect(bridgingRightSchedule({ firstMonth: toIsoDate('2026-01-01'), months: 1.5, hasFamilyCharge: true }).ok).toBe(
      false,
    );
  });
});
