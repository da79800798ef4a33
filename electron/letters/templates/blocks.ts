/**
 * Building blocks shared by the templates: subject, paragraphs, amount tables, the payment block
 * with its EPC QR code, reasons and appeal information, closing and signature.
 */
import { buildEpcPayload } from '../../../shared/domain/identifiers/epc-qr';
import { formatIban } from '../../../shared/domain/identifiers/iban';
import { makeStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import type { Cents } from '../../../shared/domain/money';
import type { FundIdentity } from '../fund-identity';
import { colon, formatAmount, formatLongDate, formatQuarter } from '../print-format';
import type { Language, LetterHeader, PaymentRequest, QuarterLine } from '../letter-data';
import type { Content, ContentNode, TableCell } from '../render/document-definition';
import type { LetterTexts, Paragraphs, PrivacyFacts } from '../texts/letter-texts';
import { contactOf } from './contact';
import { qrNode } from './qr';

const MUTED = '#5b6770';
const ACCENT = '#0f5c63';

/** A letter cannot be drawn from this data (e.g. an amount the EPC QR code cannot carry). */
export class LetterDataError extends Error {
  override name = 'LetterDataError';
}

export function subject(texts: LetterTexts, text: string): ContentNode {
  return {
    text: [
      { text: `${texts.labels.subject}${colon(texts.language)}`, color: MUTED },
      { text, bold: true },
    ],
    fontSize: 10.5,
    margin: [0, 0, 0, 10],
  };
}

/**
 * Ragged-right paragraphs: pdfmake treats a hyphen as a break point and, when justifying, stretches
 * the space after it ("ci- dessous"), which reads as a typo in a legal letter.
 */
export function paragraphs(items: Paragraphs): ContentNode[] {
  return items.map((text) => ({ text, margin: [0, 0, 0, 5] }));
}

/** "Madame, Monsieur," only when the addressee is a company or a person of unknown sex. */
export function salutation(texts: LetterTexts, header: Pick<LetterHeader, 'addressee'> = {}): ContentNode {
  const text = header.addressee === undefined ? texts.salutation : texts.salutationTo(header.addressee);
  return { text, margin: [0, 0, 0, 6] };
}

export function sectionTitle(text: string): ContentNode {
  return { text, bold: true, color: ACCENT, fontSize: 10, margin: [0, 6, 0, 4] };
}

/** Two or more columns, the last ones amounts (right-aligned), with an optional total row. */
export function amountTable(
  headers: readonly string[],
  rows: readonly (readonly (string | Cents)[])[],
  language: Language,
  total?: { label: string; amount: Cents },
): ContentNode {
  const cell = (value: string | Cents): TableCell =>
    typeof value === 'number'
      ? { text: formatAmount(value, language), alignment: 'right', noWrap: true }
      : { text: value };
  const body: TableCell[][] = [
    headers.map((header, index): TableCell => ({
      text: header,
      bold: true,
      color: MUTED,
      fontSize: 8,
      ...(index > 0 && index >= headers.length - countAmountColumns(rows) ? { alignment: 'right' } : {}),
    })),
    ...rows.map((row) => row.map(cell)),
  ];
  if (total !== undefined) {
    const filler = headers.slice(2).map((): TableCell => ({ text: '' }));
    body.push([
      { text: total.label, bold: true },
      ...filler,
      { text: formatAmount(total.amount, language), bold: true, alignment: 'right', noWrap: true },
    ]);
  }
  const widths = headers.map((_, index) => (index === 0 ? '*' : 'auto'));
  return {
    table: { headerRows: 1, widths, body, dontBreakRows: true },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 10],
  };
}

function countAmountColumns(rows: readonly (readonly (string | Cents)[])[]): number {
  const first = rows[0];
  if (first === undefined) return 1;
  let count = 0;
  for (let index = first.length - 1; index >= 0 && typeof first[index] === 'number'; index -= 1) count += 1;
  return count;
}

export function quarterRows(lines: readonly QuarterLine[], language: Language): (string | Cents)[][] {
  return lines.map((line) => [formatQuarter(line.year, line.quarter, language), line.amount]);
}

/**
 * Amount, due date, the fund's account and the structured communication, with the EPC QR code
 * (EPC069-12, error correction M) that a banking app scans. The block never splits over two pages.
 */
export function paymentBlock(payment: PaymentRequest, fund: FundIdentity, texts: LetterTexts): ContentNode {
  const { language } = texts;
  const communication = makeStructuredCommunication(payment.paymentReference);
  const payload = epcPayload(payment, fund);
  const row = (label: string, value: string, isStrong = false): TableCell[] => [
    { text: label, color: MUTED },
    { text: value, bold: isStrong, noWrap: true },
  ];
  return {
    unbreakable: true,
    margin: [0, 2, 0, 6],
    stack: [
      sectionTitle(texts.labels.toPay),
      { text: texts.paymentIntro, margin: [0, 0, 0, 6] },
      {
        columns: [
          {
            width: '*',
            table: {
              widths: ['auto', '*'],
              body: [
                row(texts.labels.amount, formatAmount(payment.amount, language), true),
                row(texts.labels.dueDate, formatLongDate(payment.dueDate, language), true),
                row(texts.labels.beneficiary, fund.name),
                row(texts.labels.iban, formatIban(fund.iban)),
                row(texts.labels.bic, fund.bic),
                row(texts.labels.communication, communication, true),
              ],
            },
            layout: 'noBorders',
          },
          {
            width: 110,
            stack: [
              { ...qrNode(payload, 100), alignment: 'center' },
              { text: texts.labels.scanToPay, fontSize: 7, color: MUTED, alignment: 'center', margin: [0, 3, 0, 0] },
            ],
          },
        ],
        columnGap: 12,
      },
    ],
  };
}

/** The EPC payload of a payment request to the fund; throws LetterDataError when it cannot be built. */
export function epcPayload(payment: PaymentRequest, fund: FundIdentity): string {
  const result = buildEpcPayload({
    bic: fund.bic,
    name: fund.name,
    iban: fund.iban,
    amount: payment.amount,
    structuredCommunication: makeStructuredCommunication(payment.paymentReference),
  });
  if (!result.ok) throw new LetterDataError(`cannot build the EPC QR payload: ${result.error.messageKey}`);
  return result.value;
}

export function reasonsBlock(texts: LetterTexts, reasons: readonly string[]): ContentNode {
  return {
    stack: [
      sectionTitle(texts.labels.reasons),
      { ul: reasons.map((reason) => ({ text: reason })), margin: [0, 0, 0, 8] },
    ],
  };
}

/**
 * Court, time limit, how to file, representation and costs. `costs` replaces the costs sentence where
 * the letter's own wording states who bears them (the formal notice), so a letter never says it twice.
 */
export function appealBlock(texts: LetterTexts, court: { name: string; address: string }, costs?: string): ContentNode {
  const appeal = texts.appeal(court);
  const lines = costs === undefined ? appeal : [...appeal.slice(0, -1), costs];
  return {
    unbreakable: true,
    stack: [sectionTitle(texts.labels.appeal), ...paragraphs(lines).map((node) => ({ ...node, fontSize: 8.5 }))],
  };
}

/**
 * The full privacy notice (GDPR art. 13: controller, purposes, recipients, rights, data protection
 * officer), printed on the affiliation confirmation and on decisions; other letters carry the short
 * mention in the footer.
 */
export function privacyNoticeBlock(texts: LetterTexts, facts: PrivacyFacts): ContentNode {
  return {
    stack: [
      sectionTitle(texts.privacy.title),
      ...paragraphs(texts.privacy.notice(facts)).map((node) => ({ ...node, fontSize: 8 })),
    ],
  };
}

/**
 * Explanations (with the contact: the letter's header, or an advisor's name for callers that only have
 * one), then the closing formula and the signature.
 */
export function closing(
  texts: LetterTexts,
  fund: FundIdentity,
  contact: string | Pick<LetterHeader, 'advisorName' | 'contact' | 'addressee'>,
): Content[] {
  const who = contactOf(typeof contact === 'string' ? { advisorName: contact } : contact, texts);
  const addressee = typeof contact === 'string' ? undefined : contact.addressee;
  return [
    { text: texts.explanations(fund.phone, who.inSentence), margin: [0, 2, 0, 6] },
    {
      unbreakable: true,
      columns: [
        { width: '*', text: addressee === undefined ? texts.closing : texts.closingTo(addressee) },
        {
          width: 170,
          stack: [
            { text: texts.labels.forTheFund, color: MUTED, fontSize: 8 },
            { text: fund.signatory.name, bold: true, margin: [0, 12, 0, 0] },
            { text: fund.signatory.title[texts.language], color: MUTED, fontSize: 8.5 },
          ],
        },
      ],
      columnGap: 16,
    },
  ];
}
