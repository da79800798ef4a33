import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import type { IsoDate } from '../../../shared/domain/calendar';
import { CONTRIBUTION_CATEGORIES } from '../../../shared/domain/contribution/types';
import {
  assessRights,
  bridgingRightFigures,
  cessationGrounds,
  lifeEventKinds,
  rightApplicationStatuses,
  rightKinds,
} from '../../../shared/domain/rights';
import type { RightsFacts } from '../../../shared/domain/rights';
import { bridgingRightCases } from '../../../shared/rules/benefits/index';

const START = toIsoDate('2022-01-01');
const date = fc.integer({ min: 0, max: 6 * 366 }).map((days): IsoDate => addDays(START, days));
const id = fc.oneof(fc.constantFrom('e1', 'e2', 'e3'), fc.string({ maxLength: 6 }));

const quarterFact = fc.record({
  quarter: fc.oneof(
    fc
      .tuple(fc.integer({ min: 2000, max: 2026 }), fc.integer({ min: 1, max: 4 }))
      .map(([year, index]) => `${year}-Q${index}`),
    fc.string({ maxLength: 8 }),
  ),
  category: fc.constantFrom(...CONTRIBUTION_CATEGORIES),
  isPaid: fc.boolean(),
});

const facts: fc.Arbitrary<RightsFacts> = fc.record({
  asOf: date,
  birthDate: fc.option(fc.integer({ min: 0, max: 80 * 365 }).map((days) => addDays(toIsoDate('1940-01-01'), days))),
  hasFamilyCharge: fc.option(fc.boolean()),
  affiliations: fc.array(
    fc.record({ category: fc.constantFrom(...CONTRIBUTION_CATEGORIES), startDate: date, endDate: fc.option(date) }),
    { maxLength: 3 },
  ),
  contributionQuarters: fc.array(quarterFact, { maxLength: 40 }),
  // Event ids are unique in a case file (UUIDs); applications may point anywhere.
  events: fc.uniqueArray(
    fc.record({
      id,
      kind: fc.constantFrom(...lifeEventKinds),
      date,
      origin: fc.constantFrom('counter' as const, 'import' as const),
      source: fc.string(),
      cessationGround: fc.option(fc.constantFrom(...cessationGrounds)),
      isStillbirth: fc.boolean(),
    }),
    { maxLength: 6, selector: (event) => event.id },
  ),
  applications: fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      right: fc.constantFrom(...rightKinds),
      eventId: fc.option(id),
      status: fc.constantFrom(...rightApplicationStatuses),
      filedOn: date,
      decidedOn: fc.option(date),
      monthsGranted: fc.integer({ min: -3, max: 30 }),
    }),
    { maxLength: 5 },
  ),
});

function grantedElsewhere(input: RightsFacts, eventId: string | null): number {
  return input.applications
    .filter((application) => application.right === 'bridging-right' && application.status === 'granted')
    .filter((application) => application.eventId !== eventId)
    .reduce((sum, application) => sum + Math.max(0, application.monthsGranted), 0);
}

describe('rights properties', () => {
  it('never give a negative amount, nor more months than the career maximum minus the months granted', () => {
    fc.assert(
      fc.property(facts, (input) => {
        for (const assessment of assessRights(input)) {
          const amount = assessment.amount;
          if (amount?.kind === 'monthly-benefit') {
            expect(amount.monthlyCents).toBeGreaterThan(0);
            expect(amount.months).toBeGreaterThanOrEqual(0);
            expect(amount.months).toBeLessThanOrEqual(
              Math.min(12, Math.max(0, 24 - grantedElsewhere(input, assessment.eventId))),
            );
          }
          if (amount?.kind === 'service-vouchers') expect(amount.count).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never set a deadline before the event it answers', () => {
    fc.assert(
      fc.property(facts, (input) => {
        for (const assessment of assessRights(input)) {
          const event = input.events.find((candidate) => candidate.id === assessment.eventId);
          const deadline = assessment.nextStep?.deadline ?? null;
          if (event !== undefined && deadline !== null) expect(deadline >= event.date).toBe(true);
        }
      }),
    );
  });

  it('never open a right twice: an existing application is named and only awaited', () => {
    fc.assert(
      fc.property(facts, (input) => {
        for (const assessment of assessRights(input)) {
          const existing = input.applications.find(
            (application) => application.right === assessment.right && application.eventId === assessment.eventId,
          );
          if (existing === undefined) {
            expect(assessment.applicationId).toBeNull();
          } else {
            expect(assessment.applicationId).toBe(existing.id);
            expect([null, 'rights.nextStep.awaitDecision']).toContain(assessment.nextStep?.messageKey ?? null);
          }
          expect(assessment.hasUnconfirmedFigure).toBe(
            assessment.lines.some((line) => line.source !== null && !line.source.isConfirmed),
          );
        }
      }),
    );
  });

  it('bridging-right figures are never negative and never exceed the maximum left, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bridgingRightCases),
        fc.integer({ min: -5, max: 200 }),
        fc.integer({ min: -5, max: 40 }),
        fc.boolean(),
        fc.integer({ min: 2020, max: 2030 }),
        (bridgingCase, careerQuarters, granted, hasFamilyCharge, year) => {
          const outcome = bridgingRightFigures({
            year,
            case: bridgingCase,
            careerQuarters,
            hasFamilyCharge,
            monthsAlreadyGranted: granted,
          });
          if (!outcome.ok) return;
          expect(outcome.value.monthlyCents).toBeGreaterThan(0);
          expect(outcome.value.months).toBeGreaterThanOrEqual(0);
          expect(outcome.value.months).toBeLessThanOrEqual(Math.max(0, outcome.value.careerMaximumMonths - granted));
        },
      ),
    );
  });
});
