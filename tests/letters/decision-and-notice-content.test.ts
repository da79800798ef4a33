/**
 * The legal content of decisions and formal notices, read back from the PDF: a decision states the
 * facts of the request, its legal basis, INASTI's decision with its date and reference, the reasons,
 * the appeal (court, time limit, against whom) on the same page as the decision, and what follows; a
 * formal notice says it is registered, that surcharges keep accruing, and never contradicts itself on
 * who bears the costs. Salutations name the addressee with the right title in the three languages.
 */
import { describe, expect, it } from 'vitest';
import { demoFund } from '../../electron/letters/fund-identity';
import type { DecisionData, Language, LetterInput } from '../../electron/letters/letter-data';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { demoLetter } from '../../electron/letters/sample-letters';
import { sexOf } from '../../electron/services/letters/letter-header';
import { makeNiss } from '../../shared/domain/identifiers/niss';
import { cents } from '../../shared/domain/money';
import { pdfText } from './support/pdf-tools';

const fund = demoFund();

function decision(language: Language, change: Partial<DecisionData> = {}, index = 0): LetterInput {
  const base = demoLetter('decision', language, index);
  if (base.kind !== 'decision') throw new Error('demo kind');
  return { ...base, data: { ...base.data, ...change } };
}

async function textOf(input: LetterInput): Promise<string> {
  return pdfText((await renderLetters([input], fund)).pdf);
}

async function pagesOf(input: LetterInput): Promise<string[]> {
  const { pdf, pageCount } = await renderLetters([input], fund);
  return Array.from({ length: pageCount }, (_, page) => pdfText(pdf, page + 1));
}

describe('a motivated decision', () => {
  it('states the facts, the legal basis, INASTI’s decision with date and reference, the appeal and what follows (fr)', async () => {
    const text = await textOf(
      decision('fr', { grounds: { code: 'force-majeure', text: 'incendie de l’atelier' }, subject: 'exemption' }),
    );
    expect(text).toContain('Par votre demande du 14 septembre 2026');
    expect(text).toContain('2e trimestre 2026, 3e trimestre 2026');
    expect(text).toContain('Motif invoqué : force majeure (« incendie de l’atelier »)');
    expect(text).toContain(
      'Arrêté royal n° 38 du 27 juillet 1967 organisant le statut social des travailleurs indépendants, art. 17',
    );
    expect(text).toContain('L’INASTI a statué sur votre demande le 18 novembre 2026 (référence DISP/2026/071204).');
    expect(text).toContain('Votre demande est refusée.');
    expect(text).toContain('dans les trois mois de la notification');
    expect(text).toContain('Le recours est dirigé contre l’INASTI');
    expect(text).toContain('Les cotisations des trimestres concernés restent dues');
    expect(text).toContain('les majorations légales continuent à courir');
    expect(text).toContain('un plan d’apurement est possible');
    expect(text).toContain('nouvelle demande');
  });

  it('names the surcharge-waiver article and says the waiver is within INASTI’s discretion, without denying an appeal (de)', async () => {
    const text = await textOf(decision('de', { subject: 'surcharge-waiver', reasons: ['no-admissible-ground'] }));
    expect(text).toContain('Königlicher Erlass vom 19. Dezember 1967');
    expect(text).toContain('Art. 48');
    expect(text).toContain(
      'Das LISVS hat über Ihren Antrag entschieden, am 18. November 2026 (Aktenzeichen DISP/2026/071204).',
    );
    expect(text).toContain('innerhalb von drei Monaten ab der Notifizierung');
    expect(text).toContain('gegen das LISVS');
    expect(text).toContain('im Ermessen des LISVS');
    expect(text).toContain('Die nicht erlassenen Erhöhungen bleiben geschuldet');
    expect(text).not.toMatch(/kein(e)? (Beschwerde|Klage)/);
  });

  it('leaves out the date and reference INASTI did not give, and the appeal of a granted request (nl)', async () => {
    const text = await textOf(
      decision('nl', { outcome: 'granted', reasons: ['conditions-met'], grantedAmount: cents(100_000), authority: {} }),
    );
    expect(text).toContain('Het RSVZ heeft over uw aanvraag beslist.');
    expect(text).toContain('Uw aanvraag wordt toegekend voor een bedrag van € 1.000,00.');
    expect(text).toContain('tellen niet mee voor uw pensioen');
    expect(text).not.toContain('Beroepsmogelijkheden');
  });

  it('keeps the appeal on the page of the decision, however long the reasons before it', async () => {
    const sentence =
      'Les pièces produites ne couvrent pas la période concernée et n’établissent pas l’impossibilité de payer. ';
    for (const repeat of [0, 4, 8, 12, 16, 20]) {
      const pages = await pagesOf(decision('fr', { note: sentence.repeat(repeat).trim() }));
      const page = pages.find((candidate) => candidate.includes('Votre demande est refusée.'));
      expect(page, `note × ${repeat}`).toBeDefined();
      expect(page).toContain('dans les trois mois de la notification');
      expect(page).toContain('Le recours est dirigé contre l’INASTI');
    }
  }, 60_000);
});

describe('the formal notice', () => {
  const wording: Record<Language, { registered: string; accrue: string; charged: RegExp; institution: RegExp }> = {
    fr: {
      registered: 'ENVOI RECOMMANDÉ',
      accrue: 'Les majorations continuent à courir',
      charged: /seront à votre charge/,
      institution: /à la charge de l’institution/,
    },
    nl: {
      registered: 'AANGETEKENDE ZENDING',
      accrue: 'De verhogingen blijven lopen',
      charged: /te uwen laste/,
      institution: /ten laste van de instelling/,
    },
    de: {
      registered: 'EINSCHREIBEN',
      accrue: 'Die Erhöhungen laufen',
      charged: /gehen zu Ihren Lasten/,
      institution: /trägt die Einrichtung die Verfahrenskosten/,
    },
  };

  it.each(['fr', 'nl', 'de'] as const)(
    'is marked registered, says surcharges keep accruing and states the costs once (%s)',
    async (language) => {
      const text = await textOf(demoLetter('formal-notice', language));
      expect(text).toContain(wording[language].registered);
      expect(text).toContain(wording[language].accrue);
      expect(text).not.toMatch(wording[language].charged);
      expect(text).not.toMatch(wording[language].institution);
      expect(text).toMatch(/art\. 1017/i);
    },
  );
});

describe('salutations', () => {
  it.each<[Language, number, string, string]>([
    ['fr', 0, 'Madame,', 'Nous vous prions d’agréer, Madame, l’expression'],
    ['fr', 1, 'Monsieur,', 'Nous vous prions d’agréer, Monsieur, l’expression'],
    ['nl', 0, 'Geachte mevrouw Dubois-Lefèvre,', 'Met vriendelijke groeten'],
    ['nl', 1, 'Geachte heer Van den Berghe,', 'Met vriendelijke groeten'],
    ['de', 3, 'Sehr geehrte Frau Noël,', 'Mit freundlichen Grüßen'],
    ['de', 2, 'Sehr geehrter Herr Müller-Schön,', 'Mit freundlichen Grüßen'],
  ])('%s letter to demo person %i opens with "%s"', async (language, index, opening, closing) => {
    const text = await textOf(demoLetter('reminder', language, index));
    expect(text).toContain(opening);
    expect(text).toContain(closing);
    expect(text).not.toContain('Madame, Monsieur');
    expect(text).not.toContain('Sehr geehrte Damen und Herren');
    expect(text).not.toContain('Geachte mevrouw, geachte heer');
  });

  it('stays neutral for a company and for an unknown sex', async () => {
    const company = await textOf(demoLetter('company-contribution-notice', 'de'));
    expect(company).toContain('Sehr geehrte Damen und Herren,');
    const base = demoLetter('reminder', 'fr');
    if (base.kind !== 'reminder') throw new Error('demo kind');
    const unknown = { ...base.data };
    delete unknown.addressee;
    const text = await textOf({ ...base, data: unknown });
    expect(text).toContain('Madame, Monsieur,');
    expect(text).toContain('Nous vous prions d’agréer, Madame, Monsieur,');
  });

  it('never calls a woman "Selbständiger" and a Frenchwoman "travailleur indépendant"', async () => {
    const german = await textOf(demoLetter('affiliation-confirmation', 'de', 3));
    expect(german).not.toContain('Selbständiger');
    const french = await textOf(demoLetter('affiliation-confirmation', 'fr', 0));
    expect(french).toContain('en qualité de travailleuse indépendante');
  });

  it('takes the declared sex, else the NISS serial’s parity (odd men, even women)', () => {
    const man = makeNiss({ birthDate: '1980-01-15', serial: 123 });
    const woman = makeNiss({ birthDate: '2002-03-04', serial: 124 });
    expect(sexOf({ sex: null, niss: man })).toBe('M');
    expect(sexOf({ sex: null, niss: woman })).toBe('F');
    expect(sexOf({ sex: 'F', niss: man })).toBe('F');
    expect(sexOf({ sex: null, niss: makeNiss({ birthDate: '1980-01-15', serial: 123, bis: 'sex-unknown' }) })).toBe(
      null,
    );
  });
});
