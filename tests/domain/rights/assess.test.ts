import { describe, expect, it } from 'vitest';
import { assessRights } from '../../../shared/domain/rights';
import { application, facts, lifeEvent } from './fixtures';

describe('assessRights', () => {
  it('finds the bridging right and continued insurance after a forced cessation', () => {
    const assessments = assessRights(
      facts({ events: [lifeEvent('cessation', '2025-05-10', { cessationGround: 'forced', id: 'stop' })] }),
    );
    expect(assessments.map((assessment) => [assessment.right, assessment.status])).toEqual([
      ['bridging-right', 'eligible'],
      ['continued-insurance', 'eligible'],
    ]);
    expect(assessments[0]).toMatchObject({
      eventId: 'stop',
      amount: { kind: 'monthly-benefit', monthlyCents: 163_826, months: 12 },
      nextStep: { messageKey: 'rights.nextStep.apply', deadline: '2025-12-31' },
      applicationId: null,
      hasUnconfirmedFigure: true,
    });
  });

  it('does not open a right twice: an application for the event is named and awaited', () => {
    const [bridging] = assessRights(
      facts({
        events: [lifeEvent('bankruptcy', '2025-02-03', { id: 'b' })],
        applications: [application({ right: 'bridging-right', eventId: 'b', id: 'a1', status: 'documents-requested' })],
      }),
    );
    expect(bridging).toMatchObject({ applicationId: 'a1', nextStep: { messageKey: 'rights.nextStep.awaitDecision' } });
  });
});
