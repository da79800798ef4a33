/** Letters → one PDF, with the first page of each letter. Runs inside a pool worker (or a test). */
import type { FundIdentity } from '../fund-identity';
import type { LetterInput } from '../letter-data';
import { letterParts } from '../templates';
import { lettersDocument } from '../templates/layout';
import { renderPdf } from './pdf';

export type RenderedLetters = {
  pdf: Buffer;
  /** 1-based first page of each letter, in input order. */
  letterStartPages: readonly number[];
  pageCount: number;
};

export async function renderLetters(
  letters: readonly LetterInput[],
  fund: FundIdentity,
  assetsDir?: string,
): Promise<RenderedLetters> {
  if (letters.length === 0) throw new RangeError('renderLetters needs at least one letter');
  const document = lettersDocument(
    letters.map((letter) => letterParts(letter, fund)),
    fund,
  );
  const pdf = await renderPdf(document.definition, assetsDir);
  return { pdf, letterStartPages: [...document.letterStartPages()], pageCount: document.pageCount() };
}
