/**
 * Every kind in every language, rendered and read back with pdftotext: the subject, the recipient,
 * the case reference, the date and page number in the recipient's language, the payment data on
 * letters that ask for money, and the reasons and appeal information on letters that refuse or claim.
 */
import { describe, expect, it } from 'vitest';
import { demoLetter } from '../../electron/letters/sample-letters';
import { demoFund } from '../../electron/letters/fund-identity';
import { languages, letterKinds, type Language, type LetterKind } from '../../electron/letters/letter-data';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { letterParts } from '../../electron/letters/templates';
import { pdfText } from './support/pdf-tools';

const fund = demoFund();
const asksMoney: readonly LetterKind[] = [
  'due-notice',
  'regularisation-notice',
  'reminder',
  'account-statement',
  'formal-notice',
  'payment-plan-proposal',
  'payment-plan-agreement',
  'company-contribution-notice',
];
const hasAppeal: readonly LetterKind[] = ['formal-notice', 'regularisation-notice', 'decision', 'rights-decision'];

const words = {
  fr: {
    date: '26 novembre 2026',
    page: 'Page 1/',
    communication: 'Communication structurée',
    appeal: 'dans les trois mois de la notification',
    court: 'Tribunal du travail francophone de Bruxelles',
    charter: 'Charte de l’assuré social',
  },
  nl: {
    date: '26 november 2026',
    page: 'Pagina 1/',
    communication: 'Gestructureerde mededeling',
    appeal: 'binnen drie maanden na de kennisgeving',
    court: 'Nederlandstalige arbeidsrechtbank Brussel',
    charter: 'Handvest van de sociaal verzekerde',
  },
  de: {
    date: '26. November 2026',
    page: 'Seite 1/',
    communication: 'Strukturierte Mitteilung',
    appeal: 'innerhalb von drei Monaten ab der Notifizierung',
    court: 'Arbeitsgericht Eupen',
    charter: 'Charta der Sozialversicherten',
  },
} as const;

const amounts: Record<Language, (cents: number) => string> = {
  fr: (cents) =>
    `${Math.floor(cents / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(cents % 100).padStart(2, '0')} €`,
  nl: (cents) =>
    `€ ${Math.floor(cents / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(cents % 100).padStart(2, '0')}`,
  de: (cents) =>
    `${Math.floor(cents / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(cents % 100).padStart(2, '0')} €`,
};

describe.each(languages)('letters in %s', (language) => {
  it.each(letterKinds)('%s carries its subject, recipient, reference, date and page number', async (kind) => {
    const input = demoLetter(kind, language, 1);
    const { pdf } = await renderLetters([input], fund);
    const text = pdfText(pdf);
    const parts = letterParts(input, fund);
    expect(text).toContain(parts.title.replace(/\u00a0/g, ' '));
    expect(text).toContain(input.data.recipient.name);
    expect(text).toContain(input.data.caseReference);
    expect(text).toContain(words[language].date);
    expect(text).toContain(words[language].page);
    expect(text).toContain(fund.signatory.name);

    if (asksMoney.includes(kind) && 'payment' in input.data && input.data.payment !== undefined) {
      expect(text).toContain(amounts[language](input.data.payment.amount));
      expect(text).toContain('BE48 0011 2345 6727');
      expect(text).toContain('GEBABEBB');
      expect(text).toContain(words[language].communication);
      expect(text).toMatch(/\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/);
    }
    if (hasAppeal.includes(kind)) {
      expect(text).toContain(words[language].appeal);
      expect(text).toContain(words[language].charter);
      expect(text).toMatch(/art\. 728/i);
      expect(text).toMatch(/art\. 1017/i);
    }
  });
});

describe('legal wording', () => {
  it('names the formal notice and the judicial recovery that follows it', async () => {
    const texts = await Promise.all(
      languages.map(async (language) =>
        pdfText((await renderLetters([demoLetter('formal-notice', language)], fund)).pdf),
      ),
    );
    expect(texts[0]).toContain('Mise en demeure avant recouvrement judiciaire');
    expect(texts[1]).toContain('Ingebrekestelling vóór gerechtelijke invordering');
    expect(texts[2]).toContain('Inverzugsetzung vor gerichtlicher Beitreibung');
  });

  it('motivates a refused exemption and names the labour court of the domicile with its address', async () => {
    const input = demoLetter('decision', 'fr', 0, { postalCode: '1000' });
    const text = pdfText((await renderLetters([input], fund)).pdf);
    expect(text).toContain('Motifs de la décision');
    expect(text).toContain('Votre demande est refusée.');
    expect(text).toContain('difficultés financières ou économiques temporaires');
    expect(text).toContain(`${words.fr.court}, Boulevard de Waterloo 70, 1000 Bruxelles`);
  });

  it('gives a refused surcharge waiver its appeal route, against INASTI, within its discretion, and what remains possible', async () => {
    const base = demoLetter('decision', 'nl');
    if (base.kind !== 'decision') throw new Error('demo kind');
    const input = {
      ...base,
      data: { ...base.data, subject: 'surcharge-waiver' as const, reasons: ['contributions-unpaid' as const] },
    };
    const text = pdfText((await renderLetters([input], fund)).pdf);
    expect(text).not.toContain('geen beroep');
    expect(text).toContain(words.nl.appeal);
    expect(text).toContain('tegen het RSVZ');
    expect(text).toContain('beoordelingsbevoegdheid van het RSVZ');
    expect(text).toContain('art. 48');
    expect(text).toContain('nieuwe aanvraag');
    expect(text).toContain('niet volledig betaald');
  });

  it('summarises the service commitment in the affiliation confirmation', async () => {
    const text = pdfText((await renderLetters([demoLetter('affiliation-confirmation', 'fr')], fund)).pdf);
    expect(text).toContain('Notre engagement de service');
    expect(text).toContain('une mise en demeure');
    expect(text).toContain('Toute décision de refus est motivée et indique les possibilités de recours.');
  });
});
