/**
 * The language review's letter findings, read from the texts each language prints: the status phrase of the
 * affiliation confirmation, the decision's legal basis, the representatives of art. 728, the formal notice and
 * the office line.
 */
import { describe, expect, it } from 'vitest';
import { demoLetter } from '../../electron/letters/sample-letters';
import { languages, type AffiliationConfirmationData, type Language } from '../../electron/letters/letter-data';
import { textsFor } from '../../electron/letters/texts';
import { decisionTexts } from '../../electron/letters/texts/decision';

type Category = AffiliationConfirmationData['category'];
const categories: readonly Category[] = ['main', 'complementary', 'helping-spouse', 'student'];

function confirmationOpening(language: Language, category: Category, sex: 'M' | 'F'): string {
  const input = demoLetter('affiliation-confirmation', language);
  if (input.kind !== 'affiliation-confirmation') throw new Error('unexpected kind');
  const data = { ...input.data, category, addressee: { sex, lastName: 'Dubois' } };
  return textsFor(language).kinds.affiliationConfirmation.body(data)[0] ?? '';
}

describe('affiliation confirmation: the status is named once (B1)', () => {
  const twice: Record<Language, RegExp> = {
    fr: /en qualité de.*en qualité de/,
    nl: /\bals\b.*\bals\b/,
    de: /\bals\b.*\bals\b/,
  };
  for (const language of languages) {
    for (const category of categories) {
      it(`${language} ${category}`, () => {
        for (const sex of ['M', 'F'] as const) {
          expect(confirmationOpening(language, category, sex)).not.toMatch(twice[language]);
        }
      });
    }
  }

  it('names a helping spouse as such, not as a self-employed worker', () => {
    expect(confirmationOpening('fr', 'helping-spouse', 'F')).toContain('en qualité de conjointe aidante (maxi-statut)');
    expect(confirmationOpening('fr', 'helping-spouse', 'M')).not.toContain('indépendant');
    expect(confirmationOpening('nl', 'helping-spouse', 'F')).toContain('als meewerkende echtgenoot (maxistatuut)');
    expect(confirmationOpening('de', 'helping-spouse', 'F')).toContain('als mithelfende Ehepartnerin (Maxistatut)');
  });

  it('states the main activity without a masculine noun in German', () => {
    const text = confirmationOpening('de', 'main', 'F');
    expect(text).toContain('für eine selbständige Tätigkeit im Hauptberuf');
    expect(text).not.toContain('Selbständiger');
    expect(confirmationOpening('fr', 'main', 'F')).toContain(
      'en qualité de travailleuse indépendante à titre principal',
    );
    expect(confirmationOpening('nl', 'student', 'M')).toContain('als student-zelfstandige');
  });
});

function decisionData(language: Language, subject: 'exemption' | 'surcharge-waiver') {
  const input = demoLetter('decision', language);
  if (input.kind !== 'decision') throw new Error('unexpected kind');
  return { ...input.data, subject };
}

describe('decision: the 2019 transfer to INASTI is stated for exemptions only (B3)', () => {
  const authority: Record<Language, string> = {
    fr: 'L’INASTI statue',
    nl: 'Het RSVZ beslist',
    de: 'Das LISVS entscheidet',
  };
  for (const language of languages) {
    it(language, () => {
      const basis = decisionTexts[language].legalBasis;
      expect(basis(decisionData(language, 'exemption')).join(' ')).toContain('2019');
      const waiver = basis(decisionData(language, 'surcharge-waiver')).join(' ');
      expect(waiver).not.toContain('2019');
      expect(waiver).toContain(authority[language]);
    });
  }
});

describe('appeal: art. 728 representatives include relatives by marriage (B5)', () => {
  const allied: Record<Language, string> = {
    fr: 'votre conjoint, un parent ou un allié porteur d’une procuration écrite',
    nl: 'uw echtgenoot of een bloed- of aanverwant met een schriftelijke volmacht',
    de: 'Ihren Ehepartner, einen Verwandten oder einen Verschwägerten mit schriftlicher Vollmacht',
  };
  for (const language of languages) {
    it(language, () => {
      const appeal = textsFor(language).appeal({ name: 'Tribunal', address: 'Rue 1' }).join(' ');
      expect(appeal).toContain(allied[language]);
    });
  }
});

describe('formal notice: the default is declared, then payment is requested (C3)', () => {
  const wording: Partial<Record<Language, readonly string[]>> = {
    nl: ['stellen wij u in gebreke en verzoeken wij u het bedrag van', 'Bij gebrek aan betaling gaan wij'],
    de: ['setzen wir Sie in Verzug und fordern Sie auf, den Betrag von'],
  };
  for (const [language, expected] of Object.entries(wording) as [Language, readonly string[]][]) {
    it(language, () => {
      const input = demoLetter('formal-notice', language);
      if (input.kind !== 'formal-notice') throw new Error('unexpected kind');
      const body = textsFor(language).kinds.formalNotice.body(input.data).join(' ');
      for (const phrase of expected) expect(body).toContain(phrase);
    });
  }
});

describe('affiliation confirmation: the office noun is not repeated before its name (C4)', () => {
  const line: Record<Language, string> = {
    fr: 'Votre bureau régional : Bureau de Namur',
    nl: 'Uw contactkantoor: Kantoor Gent',
    de: 'Ihre zuständige Geschäftsstelle: Büro Eupen',
  };
  for (const language of languages) {
    it(language, () => {
      const input = demoLetter('affiliation-confirmation', language);
      if (input.kind !== 'affiliation-confirmation') throw new Error('unexpected kind');
      const body = textsFor(language).kinds.affiliationConfirmation.body(input.data).join(' ');
      expect(body).toContain(line[language]);
    });
  }
});

describe('style: one word per notion in the letters (D)', () => {
  it('NL closes without a full stop and says referentie-inkomen', () => {
    const nl = textsFor('nl');
    expect(nl.closing).toBe('Met vriendelijke groeten');
    expect(nl.closingTo({ sex: 'F', lastName: 'Dubois' })).toBe('Met vriendelijke groeten');
    const input = demoLetter('due-notice', 'nl');
    if (input.kind !== 'due-notice') throw new Error('unexpected kind');
    expect(nl.kinds.dueNotice.body(input.data).join(' ')).toContain('referentie-inkomen');
  });

  it('DE says Anschluss bei, Erkennungsnummer and berücksichtigenswerte Lage', () => {
    const de = textsFor('de');
    expect(de.labels.identifier).toBe('Erkennungsnummer');
    const input = demoLetter('affiliation-confirmation', 'de');
    if (input.kind !== 'affiliation-confirmation') throw new Error('unexpected kind');
    expect(de.kinds.affiliationConfirmation.body(input.data).join(' ')).toContain('Ihren Anschluss bei unserer Kasse');
    expect(decisionTexts.de.grounds['deserving-situation']).toBe('berücksichtigenswerte Lage');
  });
});
