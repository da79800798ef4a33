/**
 * The page frame shared by every kind: A4, letterhead on each page, the address placed for the
 * envelope window, and a footer with the page number within the letter, the case reference and
 * the date in the recipient's language. One or many letters go into one document (a batch is one
 * PDF, since a separate PDF costs ~38 ms of font embedding; docs/stack-notes §2.1).
 */
import { ADDRESS_WINDOW, fitAddressBlock } from '../../../shared/domain/letters/address-block';
import type { FundIdentity } from '../fund-identity';
import { colon, formatLongDate } from '../print-format';
import type { Language, LetterHeader } from '../letter-data';
import type { Content, ContentNode, DocumentDefinition } from '../render/document-definition';
import { LETTER_FONT } from '../render/pdf';
import { textsFor } from '../texts';
import { LetterDataError } from './blocks';
import { contactOf } from './contact';
import { identityLines, privacyFacts } from './identity';

const MM = 72 / 25.4;
const SIDE_MARGIN = 20 * MM;
const TOP_MARGIN = 38 * MM;
const BOTTOM_MARGIN = 18 * MM;
/**
 * Window of a C5/6 or DL envelope: 50 mm from the top edge, 40 mm high; 20 mm from the left edge
 * (left window) or 115 mm (right window), 85 mm wide. The address block starts 3 mm inside; its lines
 * are fitted to that width by shared/domain/letters/address-block.ts (the envelope standard is named there).
 */
export const WINDOW = { top: 50 * MM, height: 40 * MM, leftX: 20 * MM, rightX: 115 * MM, width: 85 * MM } as const;

const LOGO_IMAGE = 'fund-logo';

/** What a template hands to the frame: the letter's content and what the footer repeats. */
export type LetterParts = { language: Language; header: LetterHeader; title: string; content: readonly Content[] };

/** The letter's first node: the page frame reads where it landed to number the letter's pages. */
type PositionedNode = ContentNode & { positions?: readonly { pageNumber: number }[] };

/** Several letters in one document, each starting on a new page; `letterStartPages` is filled by the layout. */
export function lettersDocument(
  letters: readonly LetterParts[],
  fund: FundIdentity,
): { definition: DocumentDefinition; letterStartPages: () => readonly number[]; pageCount: () => number } {
  const anchors: PositionedNode[] = letters.map((letter, index) => ({
    stack: [...firstPageBlock(letter, fund), ...letter.content],
    ...(index > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  let starts: number[] | undefined;
  let pages = 0;
  // pdfmake lays out headers and footers after the whole content, so the anchors' positions are known by then.
  const letterStartPages = (): readonly number[] => {
    starts ??= anchors.map((anchor) => anchor.positions?.[0]?.pageNumber ?? 1);
    return starts;
  };
  const first = letters[0];
  const definition: DocumentDefinition = {
    pageSize: 'A4',
    pageMargins: [SIDE_MARGIN, TOP_MARGIN, SIDE_MARGIN, BOTTOM_MARGIN],
    info: {
      title: letters.length === 1 && first !== undefined ? first.title : `${fund.name} – ${letters.length} letters`,
      author: fund.name,
      creator: 'Guichet',
      producer: 'Guichet (pdfmake)',
      creationDate: new Date(0),
      modDate: new Date(0),
    },
    defaultStyle: { font: LETTER_FONT, fontSize: 9.5, lineHeight: 1.15, color: '#1d1d1b' },
    content: anchors,
    // A PNG logo is registered once and every page's letterhead refers to the same image object.
    ...('pngDataUrl' in fund.logo ? { images: { [LOGO_IMAGE]: fund.logo.pngDataUrl } } : {}),
    // Header and footer are laid out after the content, so each page knows which letter it belongs to.
    header: (currentPage) => {
      const letter = letters[letterIndexForPage(letterStartPages(), currentPage)];
      return letter === undefined ? undefined : letterhead(fund, letter.language);
    },
    footer: (currentPage, pageCount) => {
      pages = pageCount;
      const startPages = letterStartPages();
      const index = letterIndexForPage(startPages, currentPage);
      const letter = letters[index];
      if (letter === undefined) return undefined;
      const start = startPages[index] ?? 1;
      const end = (startPages[index + 1] ?? pageCount + 1) - 1;
      const texts = textsFor(letter.language);
      return {
        margin: [SIDE_MARGIN, 8, SIDE_MARGIN, 0],
        stack: [
          { text: texts.privacy.short(privacyFacts(fund, letter.language)), fontSize: 6.5, color: '#5b6770' },
          {
            margin: [0, 3, 0, 0],
            columns: [
              {
                width: '*',
                text: `${texts.labels.caseReference} ${letter.header.caseReference} · ${formatLongDate(letter.header.issueDate, letter.language)}`,
                fontSize: 7.5,
                color: '#5b6770',
              },
              {
                width: 'auto',
                text: texts.page(currentPage - start + 1, end - start + 1),
                fontSize: 7.5,
                color: '#5b6770',
              },
            ],
          },
        ],
      };
    },
  };
  return { definition, letterStartPages, pageCount: () => pages };
}

/** The last letter whose first page is at or before `page` (start pages are increasing). */
export function letterIndexForPage(startPages: readonly number[], page: number): number {
  let low = 0;
  let high = startPages.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((startPages[middle] ?? 0) <= page) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Laid out again on every page, so it is kept to few nodes: the logo is the column itself, and the
 * contact lines are one text node (one line each, exactly as a stack of lines would place them).
 */
function letterhead(fund: FundIdentity, language: Language): Content {
  const texts = textsFor(language);
  return {
    margin: [SIDE_MARGIN, 12 * MM, SIDE_MARGIN, 0],
    columns: [
      'svg' in fund.logo ? { svg: fund.logo.svg, width: 34, height: 34 } : { image: LOGO_IMAGE, width: 34, height: 34 },
      {
        width: '*',
        margin: [10, 0, 0, 0],
        stack: [
          { text: fund.name, bold: true, fontSize: 14, color: '#0f5c63' },
          { text: fund.legalName[language], fontSize: 7.5, color: '#5b6770' },
          { text: identityLines(fund, texts), fontSize: 6.5, color: '#5b6770', margin: [0, 1, 0, 0] },
        ],
      },
      {
        width: 'auto',
        alignment: 'right',
        fontSize: 7.5,
        color: '#5b6770',
        text: [...fund.address[language], fund.phone, fund.email, fund.website].join('\n'),
      },
    ],
  };
}

function firstPageBlock(letter: LetterParts, fund: FundIdentity): Content[] {
  const { language, header } = letter;
  const texts = textsFor(language);
  const recipientLines = windowLines(header, language);
  const addressLines: Content[] = [
    {
      text: `${fund.name} · ${fund.address[language].join(' · ')}`,
      fontSize: 6.5,
      color: '#5b6770',
      margin: [0, 0, 0, 4],
    },
    ...recipientLines.map((line, index): Content => (index === 0 ? { text: line, bold: true } : line)),
  ];
  const reference: Content[] = [
    labelled(texts.labels.caseReference, header.caseReference, language),
    ...(header.identifier === undefined ? [] : [labelled(texts.labels.identifier, header.identifier, language)]),
    labelled(texts.labels.contact, `${contactOf(header, texts).label} · ${fund.phone}`, language),
    labelled(texts.labels.date, formatLongDate(header.issueDate, language), language),
  ];
  const windowX = fund.window === 'right' ? WINDOW.rightX : WINDOW.leftX;
  const addressWidth = WINDOW.width - 6 * MM;
  const addressColumn: ContentNode = { width: addressWidth, stack: addressLines, fontSize: ADDRESS_WINDOW.fontSize };
  const referenceColumn: ContentNode = { width: '*', stack: reference, fontSize: 8 };
  const gap = windowX + 3 * MM - SIDE_MARGIN;
  const columns: ContentNode =
    fund.window === 'right'
      ? { columns: [{ ...referenceColumn, width: gap - 10 }, addressColumn], columnGap: 10 }
      : {
          columns: [{ ...addressColumn, margin: [gap, 0, 0, 0], width: addressWidth + gap }, referenceColumn],
          columnGap: 16,
        };
  // The block starts 3 mm below the window's top edge; the spacer brings the subject below the
  // window's bottom edge whatever the number of address lines (10 pt × 1.2 per line, 12 pt return line).
  const blockTop = WINDOW.top + 3 * MM;
  const addressHeight = 12 + recipientLines.length * 12;
  const spacer = Math.max(8, WINDOW.top + WINDOW.height + 4 * MM - blockTop - addressHeight);
  return [{ ...columns, margin: [0, blockTop - TOP_MARGIN, 0, spacer] }];
}

/**
 * The recipient's lines as the window takes them (at most 6, each within the window's width); a letter
 * whose address cannot fit is not drawn. The services check the same rule before rendering, so the
 * advisor gets a translated error rather than this exception.
 */
function windowLines(header: LetterHeader, language: Language): readonly string[] {
  const { address } = header.recipient;
  const fitted = fitAddressBlock(
    {
      name: header.recipient.name,
      ...(header.recipient.attention === undefined ? {} : { attention: header.recipient.attention }),
      street: address.street,
      postalCode: address.postalCode,
      city: address.city,
      country: address.country,
    },
    language,
  );
  if (!fitted.ok) throw new LetterDataError(`the address does not fit the envelope window: ${fitted.problem}`);
  return fitted.lines;
}

/** "Notre référence : X" in French (space before the colon), "Onze referentie: X" elsewhere. */
function labelled(label: string, value: string, language: Language): ContentNode {
  return { text: [{ text: `${label}${colon(language)}`, color: '#5b6770' }, value], margin: [0, 0, 0, 2] };
}
