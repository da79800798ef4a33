import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import { assessRights, legalPensionAge, parseQuarterLabel } from '../../../shared/domain/rights';
import type { RightAssessment } from '../../../shared/domain/rights';
import { application, facts, lifeEvent, quarters } from './fixtures';

function bridging(assessments: readonly RightAssessment[]): RightAssessment | undefined {
  return assessments.find((assessment) => assessment.right === 'bridging-right');
}

function keys(assessment: RightAssessment | undefined): string[] {
  return assessment === undefined ? [] : assessment.lines.map((line) => line.messageKey);
}

describe('bridging right assessment', () => {
  it('refuses a voluntary stop and leaves a stop without ground to check', () => {
    const voluntary = bridging(
      assessRights(facts({ events: [lifeEvent('cessation', '2025-03-01', { cessationGround: 'voluntary' })] })),
    );
    const noGround = bridging(assessRights(facts({ events: [lifeEvent('cessation', '2025-03-01')] })));
    expect(voluntary?.status).toBe('not-eligible');
    expect(keys(voluntary)).toContain('rights.bridgingRight.voluntary');
    expect(noGround?.status).toBe('to-check');
    expect(keys(noGround)).toContain('rights.bridgingRight.groundMissing');
  });

  it('leaves an economic cessation to check the proof of the economic difficulties', () => {
    const economic = bridging(
      assessRights(facts({ events: [lifeEvent('cessation', '2025-03-01', { cessationGround: 'economic' })] })),
    );
    expect(economic?.status).toBe('to-check');
    expect(keys(economic)).toEqual(
      expect.arrayContaining(['rights.bridgingRight.case.economic', 'rights.bridgingRight.economicProof']),
    );
  });

  it('refuses without the quarters of affiliation or of paid contributions', () => {
    const complementary = bridging(
      assessRights(
        facts({
          contributionQuarters: quarters('2020-Q1', '2025-Q2', 'complementary'),
          events: [lifeEvent('bankruptcy', '2025-03-01')],
        }),
      ),
    );
    const unpaid = bridging(
      assessRights(
        facts({
          contributionQuarters: quarters('2020-Q1', '2025-Q2', 'main', false),
          events: [lifeEvent('bankruptcy', '2025-03-01')],
        }),
      ),
    );
    expect(complementary?.status).toBe('not-eligible');
    expect(keys(complementary)).toContain('rights.bridgingRight.notAffiliated');
    expect(unpaid?.status).toBe('not-eligible');
  });

  it('refuses at pension age and leaves an unknown birth date or family charge to check, with no amount guessed', () => {
    const pensioner = bridging(
      assessRights(facts({ birthDate: toIsoDate('1955-01-01'), events: [lifeEvent('bankruptcy', '2025-03-01')] })),
    );
    const noBirth = bridging(assessRights(facts({ birthDate: null, events: [lifeEvent('bankruptcy', '2025-03-01')] })));
    const noCharge = bridging(
      assessRights(facts({ hasFamilyCharge: null, events: [lifeEvent('bankruptcy', '2025-03-01')] })),
    );
    expect(pensioner?.status).toBe('not-eligible');
    expect(noBirth?.status).toBe('to-check');
    expect(noCharge).toMatchObject({ status: 'to-check', amount: null });
    expect(keys(noCharge)).toContain('rights.common.familyChargeMissing');
  });

  it('after 60 paid quarters still opens 12 months when 8 were granted, and refuses once the 24 are used up', () => {
    const granted = application({ right: 'bridging-right', eventId: 'old', status: 'granted', monthsGranted: 8 });
    const longCareer = quarters('2005-Q1', '2025-Q2');
    const partly = bridging(
      assessRights(
        facts({
          contributionQuarters: longCareer,
          events: [lifeEvent('bankruptcy', '2025-03-01', { id: 'new' })],
          applications: [granted],
        }),
      ),
    );
    const usedUp = bridging(
      assessRights(
        facts({
          contributionQuarters: longCareer,
          events: [lifeEvent('bankruptcy', '2025-03-01', { id: 'new' })],
          applications: [{ ...granted, monthsGranted: 24 }],
        }),
      ),
    );
    expect(partly?.amount).toEqual({ kind: 'monthly-benefit', monthlyCents: 163_826, months: 12 });
    expect(usedUp).toMatchObject({ status: 'not-eligible', amount: { months: 0 } });
  });

  it('keeps 4 months after 8 granted for a career under 60 quarters', () => {
    const assessment = bridging(
      assessRights(
        facts({
          contributionQuarters: quarters('2018-Q1', '2025-Q2'),
          events: [lifeEvent('bankruptcy', '2025-03-01', { id: 'new' })],
          applications: [application({ right: 'bridging-right', eventId: 'old', status: 'granted', monthsGranted: 8 })],
        }),
      ),
    );
    expect(assessment?.amount).toMatchObject({ months: 4 });
  });

  it('leaves a late application to check and a refused one without next step', () => {
    const late = bridging(
      assessRights(facts({ asOf: toIsoDate('2026-01-02'), events: [lifeEvent('bankruptcy', '2025-03-01')] })),
    );
    const refused = bridging(
      assessRights(
        facts({
          events: [lifeEvent('bankruptcy', '2025-03-01', { id: 'b' })],
          applications: [
            application({
              right: 'bridging-right',
              eventId: 'b',
              status: 'refused',
              decidedOn: toIsoDate('2025-05-01'),
            }),
          ],
        }),
      ),
    );
    expect(late?.status).toBe('to-check');
    expect(keys(late)).toContain('rights.bridgingRight.deadlinePassed');
    expect(refused).toMatchObject({ nextStep: null, applicationId: 'application-1' });
    expect(keys(refused)).toContain('rights.application.refused');
  });
});

describe('helping spouses', () => {
  it('leave the maxi-status to check: the case file does not tell it from the mini-status', () => {
    const spouse = quarters('2015-Q1', '2025-Q2', 'helping-spouse');
    const stop = assessRights(
      facts({
        contributionQuarters: spouse,
        events: [lifeEvent('cessation', '2025-03-01', { cessationGround: 'forced' })],
      }),
    );
    const [birth] = assessRights(facts({ contributionQuarters: spouse, events: [lifeEvent('birth', '2025-05-01')] }));
    expect(stop.map((assessment) => assessment.status)).toEqual(['to-check', 'to-check']);
    expect(stop.every((assessment) => keys(assessment).includes('rights.common.checkMaxiStatus'))).toBe(true);
    expect(birth?.status).toBe('to-check');
    expect(keys(birth)).toContain('rights.common.checkMaxiStatus');
  });
});

describe('pension information', () => {
  it('legal pension age: 65 born before 1960, 66 born 1960–1963, 67 from 1964 (loi du 10 août 2015; SFP; Deg & Partners)', () => {
    expect(legalPensionAge(toIsoDate('1959-12-31'))).toMatchObject({
      age: 65,
      reachedOn: '2024-12-31',
      pensionDate: '2025-01-01',
    });
    expect(legalPensionAge(toIsoDate('1960-01-15'))).toMatchObject({
      age: 66,
      reachedOn: '2026-01-15',
      pensionDate: '2026-02-01',
    });
    expect(legalPensionAge(toIsoDate('1963-12-31')).age).toBe(66);
    expect(legalPensionAge(toIsoDate('1964-01-01'))).toMatchObject({ age: 67, pensionDate: '2031-02-01' });
  });

  it('is given within a year of the pension date, or on a pension-age event, and not before', () => {
    const soon = assessRights(facts({ birthDate: toIsoDate('1960-03-10'), asOf: toIsoDate('2025-06-15') }));
    const far = assessRights(facts({ birthDate: toIsoDate('1980-03-10') }));
    const onEvent = assessRights(
      facts({ birthDate: toIsoDate('1980-03-10'), events: [lifeEvent('pension-age', '2047-03-10', { id: 'p' })] }),
    );
    const noBirth = assessRights(facts({ birthDate: null, events: [lifeEvent('pension-age', '2025-03-10')] }));
    expect(soon).toMatchObject([
      {
        right: 'pension-information',
        status: 'eligible',
        eventId: null,
        isFundInitiative: true,
        nextStep: { deadline: '2026-04-01' },
      },
    ]);
    expect(far).toEqual([]);
    expect(onEvent).toMatchObject([
      { right: 'pension-information', eventId: 'p', nextStep: { deadline: '2047-04-01' } },
    ]);
    expect(noBirth).toEqual([]);
  });

  it('never puts the deadline before today when the pension date has passed', () => {
    const [late] = assessRights(facts({ birthDate: toIsoDate('1958-01-10'), asOf: toIsoDate('2025-06-15') }));
    expect(late?.nextStep?.deadline).toBe('2025-06-15');
  });
});

describe('events', () => {
  it('are assessed oldest first; adoption and the end of an incapacity open no right of their own', () => {
    const assessments = assessRights(
      facts({
        events: [
          lifeEvent('birth', '2025-04-02', { id: 'z' }),
          lifeEvent('adoption', '2025-01-01'),
          lifeEvent('incapacity-end', '2025-02-01'),
          lifeEvent('birth', '2025-04-02', { id: 'a' }),
          lifeEvent('bankruptcy', '2025-03-01', { id: 'b' }),
        ],
      }),
    );
    expect(assessments.map((assessment) => assessment.eventId)).toEqual(['b', 'b', 'a', 'z']);
  });

  it('ignore quarter labels the case file should never hold', () => {
    expect(parseQuarterLabel('2025-Q5')).toBeUndefined();
    const assessments = assessRights(
      facts({
        contributionQuarters: [{ quarter: 'garbage', category: 'main', isPaid: true }],
        events: [lifeEvent('bankruptcy', '2025-03-01')],
      }),
    );
    expect(bridging(assessments)?.status).toBe('not-eligible');
  });
});
