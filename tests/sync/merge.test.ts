import { describe, expect, it } from 'vitest';
import { mergeChange, type RowState } from '../../shared/sync/merge';
import { isProtectedField } from '../../shared/sync/policy';

const row: RowState = {
  data: { iban: 'BE1', email: 'old@example.be' },
  meta: {
    iban: { seq: 5, hlc: '000000000000100-000000-x', deviceId: 'x' },
    email: { seq: 5, hlc: '000000000000100-000000-x', deviceId: 'x' },
  },
};
const change = (fields: Record<string, unknown>, base: number, hlc = '000000000000200-000000-y') => ({
  entity: 'person',
  changedFields: Object.keys(fields),
  payload: fields,
  hlc,
  deviceId: 'y',
  base: Object.fromEntries(Object.keys(fields).map((f) => [f, base])),
});

describe('merge policy', () => {
  it('applies a change that saw the current value', () => {
    expect(mergeChange(row, change({ iban: 'BE2' }, 5), 6).appliedFields).toEqual(['iban']);
  });
  it('keeps the server value of a protected field and records the concurrent one', () => {
    const outcome = mergeChange(row, change({ iban: 'BE2' }, 4), 6);
    expect(outcome.state.data['iban']).toBe('BE1');
    expect(outcome.conflicts).toEqual([{ field: 'iban', serverValue: 'BE1', losingValue: 'BE2' }]);
  });
  it('merges a concurrent low-stakes field by hybrid logical clock', () => {
    expect(mergeChange(row, change({ email: 'new@example.be' }, 4), 6).state.data['email']).toBe('new@example.be');
    expect(
      mergeChange(row, change({ email: 'new@example.be' }, 4, '000000000000050-000000-y'), 6).supersededFields,
    ).toEqual(['email']);
  });
  it('protects amounts wherever they appear', () => {
    expect(isProtectedField('payment_plan', 'totalCents')).toBe(true);
    expect(isProtectedField('person', 'email')).toBe(false);
  });
});
