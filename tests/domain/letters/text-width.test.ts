import { describe, expect, it } from 'vitest';
import fontWidths from '../../../shared/data/letter-font-widths.json';
import { isMeasurable, textWidth } from '../../../shared/domain/letters/text-width';

const widest = Math.max(...Object.values(fontWidths.widths));

describe('the width of a line of letter text', () => {
  it('adds the advance widths of the characters, scaled to the font size', () => {
    const width = (character: string): number => (fontWidths.widths as Record<string, number>)[character] ?? NaN;
    expect(textWidth('Ab', 10)).toBeCloseTo(((width('A') + width('b')) * 10) / 1000);
    expect(textWidth('', 10)).toBe(0);
  });

  it('counts a character the fonts lack as wide as the widest one, so it never under-measures', () => {
    expect(isMeasurable('中')).toBe(false);
    expect(textWidth('中', 10)).toBe((widest * 10) / 1000);
    expect(textWidth('a中', 12)).toBe(textWidth('a', 12) + (widest * 12) / 1000);
  });
});
