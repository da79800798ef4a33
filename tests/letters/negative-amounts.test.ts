/**
 * A negative amount (a credit, a balance in the affiliate's favour) in each language, on letters and
 * on screens alike. Dutch keeps the euro sign first and puts the minus right before the number,
 * "€ -123,45": the Taalunie's advice for negative amounts (taaladvies.net, "Euro: – € 12 / € -12",
 * after the Belgian standard NBN Z 01-002), also VRT Taal's; "– € 12" is reserved for a discount.
 * French and German write the minus first and the sign after: "-123,45 €".
 */
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../electron/letters/print-format';
import { formatMoney } from '../../renderer/i18n/format';
import { cents } from '../../shared/domain/money';

// Letters use no-break spaces, Intl a narrow one for French groups: compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('negative amounts', () => {
  it.each([
    ['fr', '-123,45 €', '-1 234 567,89 €', '-0,05 €'],
    ['nl', '€ -123,45', '€ -1.234.567,89', '€ -0,05'],
    ['de', '-123,45 €', '-1.234.567,89 €', '-0,05 €'],
  ] as const)('in %s: %s on letters and screens', (language, small, large, tiny) => {
    for (const format of [formatAmount, formatMoney]) {
      expect(plain(format(cents(-123_45), language))).toBe(small);
      expect(plain(format(cents(-1_234_567_89), language))).toBe(large);
      expect(plain(format(cents(-5), language))).toBe(tiny);
    }
  });

  it('never breaks a line between the sign, the minus and the number', () => {
    for (const language of ['fr', 'nl', 'de'] as const) expect(formatAmount(cents(-123_45), language)).not.toMatch(/ /);
  });
});
