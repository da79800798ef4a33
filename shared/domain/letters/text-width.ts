/**
 * Width of a line of letter text, measured with the advance widths of the letters' fonts (the wider of
 * Roboto Regular and Medium, per character: shared/data/letter-font-widths.json). Kerning only narrows
 * a line, so the measure never under-states what the PDF prints.
 */
import fontWidths from '../../data/letter-font-widths.json';

const widths: Readonly<Record<string, number>> = fontWidths.widths;
/** A character missing from the table counts as wide as the widest one ("W", "M"), so it can only over-measure. */
const WIDEST = Math.max(...Object.values(widths));

/** Width in points of `text` at `fontSize` points. */
export function textWidth(text: string, fontSize: number): number {
  let perMille = 0;
  for (const character of text) perMille += widths[character] ?? WIDEST;
  return (perMille * fontSize) / 1000;
}

/** True when every character of `text` has a known width (no control character, no script the font lacks). */
export function isMeasurable(text: string): boolean {
  for (const character of text) if (widths[character] === undefined) return false;
  return true;
}
