import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import {
  canAnswerComplaint,
  canMoveComplaint,
  complaintAnswerDueOn,
  isComplaintNearDeadline,
} from '../../../shared/domain/follow-up/complaint';
import { COMPLAINT_POLICY_RULES, DEFAULT_COMPLAINT_POLICY } from '../../../shared/rules/complaint-policy';

describe('the answer deadline of a complaint', () => {
  it('is the reception date plus the fund’s answer period (45 days by default, Charte art. 3)', () => {
    expect(DEFAULT_COMPLAINT_POLICY.answerDays).toBe(45);
    expect(COMPLAINT_POLICY_RULES.answerDays.source).toContain('11 avril 1995');
    expect(complaintAnswerDueOn(toIsoDate('2026-11-26'), DEFAULT_COMPLAINT_POLICY)).toBe('2027-01-10');
    // Across the end of February in a leap year.
    expect(complaintAnswerDueOn(toIsoDate('2028-02-01'), DEFAULT_COMPLAINT_POLICY)).toBe('2028-03-17');
  });

  it('follows the fund’s own setting', () => {
    expect(complaintAnswerDueOn(toIsoDate('2026-11-26'), { answerDays: 30, nearDeadlineDays: 5 })).toBe('2026-12-26');
  });

  it('refuses a period that is not a positive whole number of days', () => {
    expect(() => complaintAnswerDueOn(toIsoDate('2026-11-26'), { answerDays: 0, nearDeadlineDays: 7 })).toThrow(
      RangeError,
    );
    expect(() => complaintAnswerDueOn(toIsoDate('2026-11-26'), { answerDays: 1.5, nearDeadlineDays: 7 })).toThrow(
      RangeError,
    );
  });

  it('is near when it falls within the warning window or is past', () => {
    const policy = { answerDays: 45, nearDeadlineDays: 7 };
    const today = toIsoDate('2026-11-26');
    expect(isComplaintNearDeadline(toIsoDate('2026-12-03'), today, policy)).toBe(true);
    expect(isComplaintNearDeadline(toIsoDate('2026-12-04'), today, policy)).toBe(false);
    expect(isComplaintNearDeadline(toIsoDate('2026-11-01'), today, policy)).toBe(true);
  });
});

describe('the life of a complaint', () => {
  it('moves from received to in progress, and is answered only while open', () => {
    expect(canMoveComplaint('received', 'in-progress')).toBe(true);
    expect(canMoveComplaint('in-progress', 'received')).toBe(false);
    expect(canMoveComplaint('answered', 'closed')).toBe(true);
    expect(canMoveComplaint('closed', 'in-progress')).toBe(false);
    expect(canAnswerComplaint('in-progress')).toBe(true);
    expect(canAnswerComplaint('answered')).toBe(false);
    expect(canAnswerComplaint('closed')).toBe(false);
  });
});
