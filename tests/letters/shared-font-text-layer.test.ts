/**
 * A thread renders many documents with one parsed font per font file (render/pdfmake-tuning.ts). What one
 * document lays out or embeds must not change how the next one reads back: a French subject in bold with
 * " : " (the colon glyph is drawn from two period glyphs) once made every "." of the next letter in that
 * font read as a space in the PDF's text, although the glyphs drawn were right.
 *
 * This file renders in its own process (vitest runs each file apart), so the French letter below is the
 * first to use the fonts, as the first letter of a chunk is in a fresh pool worker.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { demoFund } from '../../electron/letters/fund-identity';
import type { Language, LetterInput } from '../../electron/letters/letter-data';
import { formatAmount } from '../../electron/letters/print-format';
import { renderPdf } from '../../electron/letters/render/pdf';
import { createLetterPool, type LetterPool } from '../../electron/letters/render/pool';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { demoLetter } from '../../electron/letters/sample-letters';
import { subject } from '../../electron/letters/templates/blocks';
import { letterParts } from '../../electron/letters/templates';
import { lettersDocument } from '../../electron/letters/templates/layout';
import { textsFor } from '../../electron/letters/texts';
import { pdfText } from './support/pdf-tools';

const fund = demoFund();
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A reminder in `language` whose bold subject is `text`, rendered to PDF and read back. */
async function reminderWithSubject(language: Language, text: string): Promise<string> {
  const parts = letterParts(demoLetter('reminder', language, 1), fund);
  const [, ...rest] = parts.content;
  const content = [subject(textsFor(language), text), ...rest];
  return pdfText(await renderPdf(lettersDocument([{ ...parts, content }], fund).definition));
}

/** A colon after a no-break space (French typography), and no other period in bold on the letter. */
const frenchLetterWithColonSubject = (): Promise<string> =>
  reminderWithSubject('fr', 'Rappel\u00a0: cotisations sociales impayées');

/** Every amount a Dutch due notice prints, as pdftotext reads it (no-break spaces as spaces). */
function dueNoticeAmounts(letter: LetterInput): string[] {
  if (letter.kind !== 'due-notice') throw new Error('a due notice');
  const { incomeBase, contribution, managementFees, payment } = letter.data;
  return [incomeBase, contribution, managementFees, payment.amount].map((amount) =>
    formatAmount(amount, 'nl').replace(/\u00a0/g, ' '),
  );
}

describe('text layer of a letter rendered after another in the same thread', () => {
  const dutch = demoLetter('due-notice', 'nl', 2);
  let pool: LetterPool | undefined;
  afterAll(async () => {
    await pool?.close();
  });

  it('reads every period of a Dutch due notice after a French subject with " : " in bold', async () => {
    const french = await frenchLetterWithColonSubject();
    expect(french).toContain('Rappel : cotisations sociales impayées');
    const text = pdfText((await renderLetters([dutch], fund)).pdf);
    const amounts = dueNoticeAmounts(dutch);
    expect(amounts.filter((amount) => amount.includes('.'))).not.toHaveLength(0);
    for (const amount of amounts) expect(text).toContain(amount);
  });

  it('reads a character as itself when an earlier letter drew the same glyph from another one', async () => {
    // Roboto draws U+2206 (increment) and U+0394 (Greek capital delta) with one glyph.
    expect(await reminderWithSubject('fr', 'Écart \u2206 des revenus')).toContain('Écart \u2206 des revenus');
    expect(await reminderWithSubject('de', 'Abweichung \u0394 der Einkünfte')).toContain(
      'Abweichung \u0394 der Einkünfte',
    );
  });

  it('gives the Dutch letter the same bytes as a fresh worker that rendered nothing before', async () => {
    await frenchLetterWithColonSubject();
    const afterFrench = await renderLetters([dutch], fund);
    pool = await createLetterPool({ fund, size: 1 });
    const fresh = await pool.render([dutch]);
    expect(sha(afterFrench.pdf)).toBe(sha(fresh.pdf));
  });
});
