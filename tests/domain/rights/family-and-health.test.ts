import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import {
  assessRights,
  continuedInsuranceContribution,
  illnessAssimilationQuarters,
  maternityAid,
} from '../../../shared/domain/rights';
import { cents } from '../../../shared/domain/money';
import { application, facts, lifeEvent, quarters } from './fixtures';

describe('maternity aid', () => {
  it('105 service vouchers from the day after the birth (AR du 17 janvier 2006; Liantis "aide à la maternité : conditions")', () => {
    const outcome = maternityAid({ birthDate: toIsoDate('2025-03-14') });
    expect(outcome).toMatchObject({
      ok: true,
      value: { vouchers: 105, usableFrom: '2025-03-15', usableUntil: '2025-11-14', isFundInitiative: true },
    });
    expect(outcome.ok && outcome.value.hasUnconfirmedFigure).toBe(true);
  });

  it('explains a stillbirth and refuses a year without rules', () => {
    const outcome = maternityAid({ birthDate: toIsoDate('2024-07-01'), isStillbirth: true });
    expect(outcome.ok && outcome.value.lines.map((line) => line.messageKey)).toContain(
      'rights.maternityAid.stillbirth',
    );
    expect(maternityAid({ birthDate: toIsoDate('2017-08-01') })).toMatchObject({ ok: false });
  });

  it('is offered by the fund when the mother was in main activity in the 2nd and 3rd quarters before (Liantis example)', () => {
    const [aid] = assessRights(facts({ events: [lifeEvent('birth', '2025-01-15', { id: 'baby' })] }));
    expect(aid).toMatchObject({
      right: 'maternity-aid',
      status: 'eligible',
      isFundInitiative: true,
      amount: { kind: 'service-vouchers', count: 105 },
      nextStep: { messageKey: 'rights.nextStep.sendOffer', deadline: '2025-01-16' },
    });
  });

  it('is to check for a complementary activity and refused without a qualifying quarter', () => {
    const complementary = assessRights(
      facts({
        contributionQuarters: quarters('2024-Q1', '2025-Q2', 'complementary'),
        events: [lifeEvent('birth', '2025-01-15')],
      }),
    );
    const none = assessRights(facts({ contributionQuarters: [], events: [lifeEvent('birth', '2025-01-15')] }));
    expect(complementary[0]?.status).toBe('to-check');
    expect(none[0]?.status).toBe('not-eligible');
  });

  it('is to check for a birth in a year without rules', () => {
    const [aid] = assessRights(facts({ events: [lifeEvent('birth', '2027-02-01')] }));
    expect(aid).toMatchObject({ status: 'to-check', lines: [{ messageKey: 'rights.rulesMissing' }] });
  });
});

describe('illness assimilation quarters (RSVZ "Wat met mijn sociale bijdragen als ik ziek ben")', () => {
  it('starts in the onset’s quarter only when the onset is in its first month', () => {
    expect(illnessAssimilationQuarters(toIsoDate('2025-01-20'), toIsoDate('2025-10-01'))).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
    ]);
    expect(illnessAssimilationQuarters(toIsoDate('2025-02-20'), toIsoDate('2025-10-01'))).toEqual([
      '2025-Q2',
      '2025-Q3',
    ]);
  });

  it('keeps the resumption’s quarter only when resumption is in its third month', () => {
    expect(illnessAssimilationQuarters(toIsoDate('2025-01-05'), toIsoDate('2025-06-10'))).toEqual([
      '2025-Q1',
      '2025-Q2',
    ]);
    expect(illnessAssimilationQuarters(toIsoDate('2025-02-05'), toIsoDate('2025-04-02'))).toEqual([]);
  });

  it('runs to the quarter of today without a resumption', () => {
    expect(illnessAssimilationQuarters(toIsoDate('2025-04-01'), null, toIsoDate('2025-08-01'))).toEqual([
      '2025-Q2',
      '2025-Q3',
    ]);
    expect(illnessAssimilationQuarters(toIsoDate('2025-04-01'), null)).toEqual(['2025-Q2']);
  });

  it('is to check: the mutuality’s recognition and the full stop are not in the case file', () => {
    const [illness] = assessRights(
      facts({
        events: [lifeEvent('incapacity', '2025-01-10'), lifeEvent('incapacity-end', '2025-05-02')],
      }),
    );
    expect(illness).toMatchObject({
      right: 'illness-assimilation',
      status: 'to-check',
      amount: { kind: 'assimilated-quarters', quarters: ['2025-Q1'] },
    });
  });

  it('is refused for a person self-employed for less than 90 days or with the previous quarter unpaid', () => {
    const recent = assessRights(
      facts({
        affiliations: [{ category: 'main', startDate: toIsoDate('2025-01-01'), endDate: null }],
        events: [lifeEvent('incapacity', '2025-02-10')],
      }),
    );
    const unpaid = assessRights(
      facts({
        contributionQuarters: quarters('2024-Q4', '2024-Q4', 'main', false),
        events: [lifeEvent('incapacity', '2025-01-10')],
      }),
    );
    const unknownQuarter = assessRights(
      facts({
        contributionQuarters: [],
        affiliations: [{ category: 'main', startDate: toIsoDate('2020-01-01'), endDate: toIsoDate('2025-06-30') }],
        events: [
          lifeEvent('incapacity', '2025-04-10'),
          lifeEvent('incapacity-end', '2025-09-10'),
          lifeEvent('incapacity-end', '2025-08-10'),
        ],
      }),
    );
    expect(recent[0]?.status).toBe('not-eligible');
    expect(unpaid[0]?.status).toBe('not-eligible');
    expect(unknownQuarter[0]).toMatchObject({ status: 'to-check', amount: { quarters: ['2025-Q2'] } });
  });

  it('ends at the first resumption after the onset, and may assimilate no quarter at all', () => {
    const [firstEnd] = assessRights(
      facts({
        events: [
          lifeEvent('incapacity', '2025-01-10'),
          lifeEvent('incapacity-end', '2025-08-10'),
          lifeEvent('incapacity-end', '2025-12-10'),
          lifeEvent('incapacity-end', '2025-07-10'),
          lifeEvent('incapacity-end', '2024-07-10'),
        ],
      }),
    );
    const [none] = assessRights(
      facts({ events: [lifeEvent('incapacity', '2025-02-05'), lifeEvent('incapacity-end', '2025-04-02')] }),
    );
    expect(firstEnd?.amount).toEqual({ kind: 'assimilated-quarters', quarters: ['2025-Q1', '2025-Q2'] });
    expect(none?.amount).toEqual({ kind: 'assimilated-quarters', quarters: [] });
    expect(none?.lines.find((line) => line.messageKey === 'rights.illness.quarters')?.params).toMatchObject({
      first: '',
      last: '',
      count: 0,
    });
  });

  it('is to check for an onset in a year without rules', () => {
    expect(assessRights(facts({ events: [lifeEvent('incapacity', '2023-03-01')] }))[0]?.lines[0]?.messageKey).toBe(
      'rights.rulesMissing',
    );
  });
});

describe('continued insurance', () => {
  it('charges about 60 % or 90 % of the normal contribution (research notes, unconfirmed)', () => {
    const pensionOnly = continuedInsuranceContribution({
      date: toIsoDate('2025-07-01'),
      option: 'pension-only',
      normalQuarterlyCents: cents(89_042),
    });
    const withHealth = continuedInsuranceContribution({
      date: toIsoDate('2025-07-01'),
      option: 'pension-and-health',
      normalQuarterlyCents: cents(89_042),
    });
    expect(pensionOnly).toMatchObject({
      ok: true,
      value: { quarterlyCents: 53_425, maximumQuarters: 8, hasUnconfirmedFigure: true },
    });
    expect(withHealth.ok && withHealth.value.quarterlyCents).toBe(80_138);
  });

  it('refuses a year without rules and a negative amount', () => {
    const base = { option: 'pension-only', normalQuarterlyCents: cents(100) } as const;
    expect(continuedInsuranceContribution({ ...base, date: toIsoDate('2030-01-01') })).toMatchObject({ ok: false });
    expect(
      continuedInsuranceContribution({ ...base, date: toIsoDate('2025-01-01'), normalQuarterlyCents: cents(-1) }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-amount' } });
  });

  it('is refused after a voluntary stop with unpaid quarters or past its deadline', () => {
    const unpaid = assessRights(
      facts({
        contributionQuarters: quarters('2024-Q1', '2025-Q2', 'main', false),
        events: [lifeEvent('cessation', '2025-03-31', { cessationGround: 'voluntary' })],
      }),
    );
    const late = assessRights(
      facts({
        asOf: toIsoDate('2026-01-05'),
        events: [lifeEvent('cessation', '2025-02-28', { cessationGround: 'voluntary' })],
      }),
    );
    expect(unpaid.map((assessment) => assessment.status)).toEqual(['not-eligible', 'not-eligible']);
    expect(late[1]).toMatchObject({ right: 'continued-insurance', status: 'not-eligible' });
  });

  it('is to check when the stop falls in a year without rules, and says nothing more once decided', () => {
    const missing = assessRights(
      facts({ events: [lifeEvent('cessation', '2023-12-01', { cessationGround: 'forced' })] }),
    );
    expect(missing.map((assessment) => assessment.status)).toEqual(['to-check', 'to-check']);
    const decided = assessRights(
      facts({
        events: [lifeEvent('cessation', '2025-03-01', { id: 'c', cessationGround: 'voluntary' })],
        applications: [
          application({
            right: 'continued-insurance',
            eventId: 'c',
            status: 'granted',
            decidedOn: toIsoDate('2025-04-01'),
          }),
        ],
      }),
    );
    expect(decided[1]).toMatchObject({ applicationId: 'application-1', nextStep: null });
  });
});
