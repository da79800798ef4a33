/** The batch form reads the quarter as each language's label writes it, and asks for a missing branch by name. */
import { describe, expect, it } from 'vitest';
import { batchCriteriaSchema } from '../../shared/contract/channels/letters';
import { batchCriteria, canonicalQuarter, type BatchForm } from '../../renderer/features/letters/batch-form';

const form = (patch: Partial<BatchForm>): BatchForm => ({
  kind: 'reminder',
  quarter: '2026-Q2',
  year: '2026',
  daysAfterDue: '30',
  branchCode: 'BXL',
  ...patch,
});

describe('canonicalQuarter', () => {
  it('accepts the French (AAAA-Tn), Dutch (JJJJ-Kn) and German/code (JJJJ-Qn) forms, in any case', () => {
    for (const text of [
      '2026-T2',
      '2026-t2',
      '2026-K2',
      '2026-k2',
      '2026-Q2',
      '2026-q2',
      ' 2026 T2 ',
      '2026/K2',
      '2026Q2',
    ]) {
      expect(canonicalQuarter(text)).toBe('2026-Q2');
    }
  });

  it('accepts the reading order "T2 2026"', () => {
    expect(canonicalQuarter('T2 2026')).toBe('2026-Q2');
    expect(canonicalQuarter('K4-2025')).toBe('2025-Q4');
  });

  it('refuses what is not a quarter', () => {
    for (const text of ['', '2026', '2026-T5', '2026-T0', '2026-X2', '26-T2', 'T2']) {
      expect(canonicalQuarter(text)).toBeNull();
    }
  });
});

describe('batchCriteria', () => {
  it('sends the canonical quarter whatever the language of the label', () => {
    expect(batchCriteria(form({ quarter: '2026-T3' })).quarter).toBe('2026-Q3');
    expect(batchCriteria(form({ quarter: '2026-k3' })).quarter).toBe('2026-Q3');
    expect(batchCriteriaSchema.safeParse(batchCriteria(form({ quarter: '2026-K1' }))).success).toBe(true);
  });

  it('sends a text that is not a quarter as typed, for the services to refuse with the quarter message', () => {
    const parsed = batchCriteriaSchema.safeParse(batchCriteria(form({ quarter: '2026-T9' })));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['quarter', 'validation.quarter'],
    ]);
  });

  it('says the branch code is required when the field is empty, and unknown only when it is malformed', () => {
    const empty = batchCriteriaSchema.safeParse(batchCriteria(form({ branchCode: '  ' })));
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual(['letters.validation.branchRequired']);
    const malformed = batchCriteriaSchema.safeParse(batchCriteria(form({ branchCode: 'B1' })));
    expect(malformed.error?.issues.map((issue) => issue.message)).toEqual(['letters.validation.branch']);
  });
});
