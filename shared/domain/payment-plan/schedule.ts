import { addMonths } from '../calendar';
import type { IsoDate } from '../calendar';
import { applyFraction, cents, divideRounded, subtractCents } from '../money';
import type { Cents, Fraction } from '../money';
import type { Instalment, PlanTerms } from './types';

/** The smallest advance the policy allows: the fraction of the debt, rounded up to the cent. */
export function minimumAdvance(total: Cents, fraction: Fraction): Cents {
  return applyFraction(total, fraction, 'up');
}

/**
 * The advance on the start date, then monthly instalments on the same day of the following months.
 * With a number of months, the instalments are equal (rounded down to the cent) and the last one
 * takes the remainder; with an instalment amount, the last one is what is left. Either way the
 * amounts add up to the debt exactly.
 */
export function buildInstalments(total: Cents, advance: Cents, start: IsoDate, terms: PlanTerms): Instalment[] {
  const remaining = subtractCents(total, advance);
  const count = terms.kind === 'months' ? terms.months : divideRounded(remaining, terms.amount, 'up');
  const regular = terms.kind === 'months' ? cents(divideRounded(remaining, count, 'down')) : terms.amount;
  const instalments: Instalment[] = [{ number: 0, kind: 'advance', dueDate: start, amount: advance }];
  for (let number = 1; number <= count; number += 1) {
    const amount = number < count ? regular : subtractCents(remaining, cents(regular * (count - 1)));
    instalments.push({ number, kind: 'instalment', dueDate: addMonths(start, number), amount });
  }
  return instalments;
}
