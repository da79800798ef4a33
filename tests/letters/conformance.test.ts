/**
 * Letters conformance: every kind in every language, read back from the PDF with pdftotext, carries
 * the mentions a letter of the fund must carry — the fund's enterprise number and register mention
 * (Code des sociétés et des associations art. 2:20), its approval, the privacy mention with its link
 * (GDPR art. 13), a named contact (never a role code) — and a Dutch or German letter holds no French
 * apart from proper names. Formal notices and decisions name the labour court of the addressee's
 * domicile (Code judiciaire art. 628, 14°), through the same command the integrator runs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLettersCommand } from '../../electron/cli/commands/letters';
import { demoFund } from '../../electron/letters/fund-identity';
import { languages, letterKinds, type Language, type LetterInput } from '../../electron/letters/letter-data';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { demoLetter } from '../../electron/letters/sample-letters';
import { fr } from '../../electron/letters/texts/fr';
import { textsFor } from '../../electron/letters/texts';
import { pdfText } from './support/pdf-tools';

const fund = demoFund();

const mentions: Record<Language, { register: string; privacy: string; approval: string }> = {
  fr: { register: 'RPM Bruxelles', privacy: 'conformément au RGPD', approval: 'Caisse d’assurances sociales agréée' },
  nl: { register: 'RPR Brussel', privacy: 'volgens de AVG', approval: 'Erkend sociaal verzekeringsfonds' },
  de: { register: 'RJP Brüssel', privacy: 'gemäß der DSGVO', approval: 'Zugelassene Sozialversicherungskasse' },
};

const texts = new Map<string, string>();
async function textOf(input: LetterInput): Promise<string> {
  const key = `${input.kind}/${input.language}/${input.data.recipient.address.postalCode}`;
  const known = texts.get(key);
  if (known !== undefined) return known;
  const text = pdfText((await renderLetters([input], fund)).pdf);
  texts.set(key, text);
  return text;
}

describe.each(languages)('mandatory mentions in %s', (language) => {
  it.each(letterKinds)(
    '%s names the fund, its register, its approval, the privacy mention and a contact',
    async (kind) => {
      const text = await textOf(demoLetter(kind, language));
      expect(text).toContain(`${textsFor(language).enterpriseNumber} 0409.999.994`);
      expect(text).toContain(mentions[language].register);
      expect(text).toContain(mentions[language].approval);
      expect(text).toContain(fund.email);
      expect(text).toContain(fund.phone);
      expect(text).toContain(fund.address[language].join(' '));
      expect(text).toContain(mentions[language].privacy);
      expect(text).toContain(fund.privacy.noticeUrl);
      expect(text).toContain(`${textsFor(language).labels.contact}${language === 'fr' ? ' : ' : ': '}Sophie Lambert`);
      expect(text).not.toMatch(/back-office|backoffice|branch-manager/i);
    },
  );
});

describe('privacy notice and named team', () => {
  it.each(languages)(
    'the affiliation confirmation and a decision carry the full notice with the officer (%s)',
    async (language) => {
      for (const kind of ['affiliation-confirmation', 'decision'] as const) {
        const text = await textOf(demoLetter(kind, language));
        expect(text).toContain(textsFor(language).privacy.title);
        expect(text).toContain(fund.privacy.dpoEmail);
      }
      expect(await textOf(demoLetter('reminder', language))).not.toContain(fund.privacy.dpoEmail);
    },
  );

  it.each(languages)('a batch reminder names the recovery team in the letter’s language (%s)', async (language) => {
    const base = demoLetter('reminder', language);
    const input = {
      ...base,
      data: { ...base.data, advisorName: 'back-office', contact: { kind: 'team', team: 'recovery' } },
    } as LetterInput;
    const text = pdfText((await renderLetters([input], fund)).pdf);
    expect(text).toContain(textsFor(language).teams.recovery.label);
    expect(text).toContain(textsFor(language).teams.recovery.inSentence);
    expect(text).not.toContain('back-office');
  });
});

describe('labour court of the domicile, through `letters sample --postal-code`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-court-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const expected: Record<string, Record<Language, string>> = {
    '5000': {
      fr: 'Tribunal du travail de Liège, division Namur, Place Saint-Lambert 30/0004, 4000 Liège',
      nl: 'Arbeidsrechtbank Luik, afdeling Namen, Place Saint-Lambert 30/0004, 4000 Luik',
      de: 'Arbeitsgericht Lüttich, Abteilung Namur, Place Saint-Lambert 30/0004, 4000 Lüttich',
    },
    '9000': {
      fr: 'Tribunal du travail de Gand, division Gand, Opgeëistenlaan 401, 9000 Gand',
      nl: 'Arbeidsrechtbank Gent, afdeling Gent, Opgeëistenlaan 401, 9000 Gent',
      de: 'Arbeitsgericht Gent, Abteilung Gent, Opgeëistenlaan 401, 9000 Gent',
    },
    '4700': {
      fr: 'Tribunal du travail d’Eupen, Klötzerbahn 27, 4700 Eupen',
      nl: 'Arbeidsrechtbank Eupen, Klötzerbahn 27, 4700 Eupen',
      de: 'Arbeitsgericht Eupen, Klötzerbahn 27, 4700 Eupen',
    },
    '1000': {
      fr: 'Tribunal du travail francophone de Bruxelles, Boulevard de Waterloo 70, 1000 Bruxelles',
      nl: 'Nederlandstalige arbeidsrechtbank Brussel, Waterloolaan 70, 1000 Brussel',
      de: 'Arbeitsgericht Brüssel (französischsprachig), Boulevard de Waterloo 70, 1000 Brüssel',
    },
  };
  const cases = Object.keys(expected).flatMap((postalCode) =>
    languages.flatMap((language) =>
      (['formal-notice', 'decision'] as const).map((kind) => ({ postalCode, language, kind })),
    ),
  );
  it.each(cases)('$kind ($language) to $postalCode names its court', async ({ postalCode, language, kind }) => {
    const out = join(dir, `${kind}-${language}-${postalCode}.pdf`);
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const code = await runLettersCommand(
      ['sample', '--kind', kind, '--lang', language, '--postal-code', postalCode, '--out', out],
      io,
    );
    expect(code, lines.join('\n')).toBe(0);
    const text = pdfText(readFileSync(out));
    expect(text).toContain(expected[postalCode]?.[language]);
    if (postalCode !== '1000') expect(text).not.toContain('Waterloo');
  });

  it('refuses a postal code bpost does not know, with one line and exit code 2', async () => {
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const code = await runLettersCommand(
      ['sample', '--kind', 'decision', '--lang', 'fr', '--postal-code', '0999', '--out', join(dir, 'x.pdf')],
      io,
    );
    expect(code).toBe(2);
    expect(lines.join('\n')).toContain('--postal-code');
  });
});

/**
 * French words that are not also Dutch or German words, and French exonyms of Belgian cities; proper
 * names (the fund's name, streets of Wallonia and Brussels, the affiliate's name) are cut out first.
 */
const frenchWords = [
  'le',
  'la',
  'les',
  'du',
  'au',
  'aux',
  'et',
  'est',
  'une',
  'un',
  'pour',
  'vous',
  'votre',
  'vos',
  'nous',
  'notre',
  'nos',
  'sur',
  'dans',
  'par',
  'avec',
  'qui',
  'que',
  'ne',
  'ou',
  'cette',
  'ces',
  'sont',
  'été',
  'caisse',
  'cotisation',
  'cotisations',
  'tribunal',
  'travail',
  'recours',
  'demeure',
  'montant',
  'paiement',
  'majoration',
  'majorations',
  'affilié',
  'indépendant',
  'indépendants',
  'agréée',
  'numéro',
  'entreprise',
  'bte',
  'Bruxelles',
  'Liège',
  'Gand',
  'Anvers',
  'Louvain',
  'Madame',
  'Monsieur',
  'RPM',
  'BCE',
  'RGPD',
  'division',
];
const frenchByLanguage: Record<'nl' | 'de', readonly string[]> = {
  nl: frenchWords,
  // "des" and "Division" are German words too; "du" stays French here (a fund never writes "du" to an affiliate).
  de: frenchWords.filter((word) => word !== 'division'),
};
const properNames = [
  "L'Entraide",
  'Rue de la Loi',
  'Place Saint-Lambert',
  'Rue de l’Église',
  'Rue Clarisse',
  'Rue de Nimy',
  'Boulevard de Waterloo',
  'Amélie Dubois-Lefèvre',
  'Françoise Noël',
];
/** The French labels whose Dutch and German words differ: none of them may appear in an NL or DE letter. */
const frenchLabels = Object.entries(fr.labels)
  .filter(([key, value]) => {
    const label = key as keyof typeof fr.labels;
    return value !== textsFor('nl').labels[label] && value !== textsFor('de').labels[label] && value.length > 4;
  })
  .map(([, value]) => value);

/** French words and labels left in `text` once the proper names (and the addressee's own address) are cut out. */
function frenchFound(text: string, language: 'nl' | 'de', addresseeNames: readonly string[] = []): string[] {
  let rest = text;
  for (const name of [...properNames, ...addresseeNames]) rest = rest.split(name).join(' ');
  const words = new Set(
    rest
      .toLowerCase()
      .split(/[^\p{L}’'-]+/u)
      .filter((word) => word !== ''),
  );
  const found = frenchByLanguage[language].filter((word) => words.has(word.toLowerCase()));
  return [...found, ...frenchLabels.filter((label) => rest.includes(label))];
}

describe('no French in Dutch and German letters, apart from proper names', () => {
  const cases = (['nl', 'de'] as const).flatMap((language) => letterKinds.map((kind) => ({ kind, language })));
  it.each(cases)('$kind ($language)', async ({ kind, language }) => {
    const findings: string[] = [];
    for (const postalCode of ['5000', '9000', '4700', '1000']) {
      const input = demoLetter(kind, language, 0, { postalCode });
      // The addressee's street and place are written as bpost knows them (a Brussels address is French or Dutch).
      const { street, city } = input.data.recipient.address;
      const text = await textOf(input);
      findings.push(...frenchFound(text, language, [street, city]).map((word) => `${postalCode}: ${word}`));
    }
    expect(findings).toEqual([]);
  });

  it('finds French when it is there (the check can fail)', () => {
    expect(frenchFound('Votre contact: Sophie · Tribunal du travail de Liège', 'nl')).toEqual(
      expect.arrayContaining(['votre', 'du', 'travail', 'tribunal', 'Liège', 'Votre contact']),
    );
    expect(frenchFound('Bitte zahlen Sie den Betrag.', 'de')).toEqual([]);
  });
});
