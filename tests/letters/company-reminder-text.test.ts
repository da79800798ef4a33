/**
 * The reminder of a company's yearly contribution in each language, as the template lays it out (and
 * rendered once, to check the PDF is drawn): the
 * reminder's amount table and payment block, with the company contribution's own law (the company
 * and the year named, the monthly surcharge, the directors' joint liability) instead of a person's.
 */
import { describe, expect, it } from 'vitest';
import { demoLetter } from '../../electron/letters/sample-letters';
import { demoFund } from '../../electron/letters/fund-identity';
import { languages, type LetterInput } from '../../electron/letters/letter-data';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { letterParts } from '../../electron/letters/templates';

const words = {
  fr: { subject: 'cotisation annuelle à charge des sociétés 2026', liability: 'solidairement responsables' },
  nl: { subject: 'jaarlijkse vennootschapsbijdrage 2026', liability: 'hoofdelijk aansprakelijk' },
  de: { subject: 'Jahresbeitrag zu Lasten der Gesellschaften 2026', liability: 'gesamtschuldnerisch' },
} as const;

describe('company reminder wording', () => {
  for (const language of languages)
    it(`${language}: names the company, the year and the company contribution's own law`, async () => {
      const base = demoLetter('reminder', language, 0) as Extract<LetterInput, { kind: 'reminder' }>;
      const letter: LetterInput = {
        ...base,
        data: { ...base.data, company: { name: 'Atelier Dupont SRL', enterpriseNumber: '0403.170.701', year: 2026 } },
      };
      const text = JSON.stringify(letterParts(letter, demoFund()));
      expect((await renderLetters([letter], demoFund())).pageCount).toBeGreaterThanOrEqual(1);
      expect(text).toContain(words[language].subject);
      expect(text).toContain('Atelier Dupont SRL');
      expect(text).toContain('0403.170.701');
      expect(text).toContain(words[language].liability);
      expect(text).toContain('1 %');
      const person = JSON.stringify(letterParts(base, demoFund()));
      expect(person).not.toContain(words[language].liability);
    });
});
