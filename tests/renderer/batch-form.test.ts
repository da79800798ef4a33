/** The batch form: each kind sends only the fields it uses, and choosing a kind sets its usual period. */
import { describe, expect, it } from 'vitest';
import { batchCriteria, batchKindOf, emptyBatchForm, withKind } from '../../renderer/features/letters/batch-form';

const now = new Date('2026-11-26T09:00:00.000Z');

describe('batch form', () => {
  it('sends the quarter for due notices, the year for certificates and company notices, the delay for reminders', () => {
    const form = { ...emptyBatchForm(now, 'nam'), quarter: '2026-q4', year: '2025', daysAfterDue: '15' };
    expect(batchCriteria({ ...form, kind: 'due-notice' })).toEqual({
      kind: 'due-notice',
      branchCode: 'NAM',
      quarter: '2026-Q4',
    });
    expect(batchCriteria({ ...form, kind: 'tax-certificate' })).toEqual({
      kind: 'tax-certificate',
      branchCode: 'NAM',
      year: 2025,
    });
    expect(batchCriteria({ ...form, kind: 'company-reminder' })).toEqual({
      kind: 'company-reminder',
      branchCode: 'NAM',
      year: 2025,
      daysAfterDue: 15,
    });
    expect(batchCriteria({ ...form, kind: 'formal-notice' })).toEqual({ kind: 'formal-notice', branchCode: 'NAM' });
    // An empty number is sent as NaN: the service refuses it with its translated message.
    expect(batchCriteria({ ...form, kind: 'company-notice', year: ' ' }).year).toBeNaN();
  });

  it('sets the usual period of the kind chosen', () => {
    const form = emptyBatchForm(now, 'NAM');
    expect(form).toMatchObject({ kind: 'reminder', quarter: '2026-Q3' });
    expect(withKind(form, 'due-notice', now)).toMatchObject({ kind: 'due-notice', quarter: '2026-Q4' });
    expect(withKind(form, 'tax-certificate', now)).toMatchObject({ year: '2025' });
    expect(withKind(form, 'company-notice', now)).toMatchObject({ year: '2026' });
    expect(batchKindOf('company-reminder')).toBe('company-reminder');
    expect(batchKindOf('poem')).toBe('reminder');
  });
});
