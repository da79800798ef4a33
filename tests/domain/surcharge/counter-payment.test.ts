import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { allocateCounterPayment } from '../../../shared/domain/surcharge/counter-payment';

const open = [
  { id: 'q1', dueDate: toIsoDate('2026-03-31'), openCents: cents(80_000) },
  { id: 'q2', dueDate: toIsoDate('2026-06-30'), openCents: cents(80_000) },
  { id: 'q3', dueDate: toIsoDate('2026-09-30'), openCents: cents(0) },
  { id: 'q4', dueDate: toIsoDate('2026-12-31'), openCents: cents(80_000) },
];
const at = toIsoDate('2026-11-26');

describe('a payment received at the counter, allocated in the rules order', () => {
  it('pays the due contributions oldest first, then the one not yet due', () => {
    const { lines } = allocateCounterPayment(open, cents(0), { date: at, amount: cents(200_000), designatedId: null });
    expect(lines).toEqual([
      { target: 'principal', contributionId: 'q1', amount: 80_000 },
      { target: 'principal', contributionId: 'q2', amount: 80_000 },
      { target: 'principal', contributionId: 'q4', amount: 40_000 },
    ]);
  });

  it('pays the contribution the structured communication designates first', () => {
    const { lines } = allocateCounterPayment(open, cents(0), { date: at, amount: cents(100_000), designatedId: 'q4' });
    expect(lines).toEqual([
      { target: 'principal', contributionId: 'q4', amount: 80_000 },
      { target: 'principal', contributionId: 'q1', amount: 20_000 },
    ]);
  });

  it('puts what is left on the open surcharges, then keeps the rest as a credit, with a sourced explanation', () => {
    const { lines, explanation } = allocateCounterPayment(open, cents(5_000), {
      date: at,
      amount: cents(250_000),
      designatedId: null,
    });
    expect(lines.slice(3)).toEqual([
      { target: 'surcharge', contributionId: null, amount: 5_000 },
      { target: 'credit', contributionId: null, amount: 5_000 },
    ]);
    expect(lines.reduce((sum, line) => sum + line.amount, 0)).toBe(250_000);
    expect(explanation).toHaveLength(5);
    expect(explanation.every((line) => line.source?.citation.includes('1253'))).toBe(true);
  });
});
