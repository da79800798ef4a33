import { cents } from '../../../shared/domain/money';
import type { FundIdentity } from '../fund-identity';
import { formatAmount, formatShortDate } from '../print-format';
import type { AccountStatementData, Language } from '../letter-data';
import type { ContentNode, TableCell } from '../render/document-definition';
import { textsFor } from '../texts';
import { closing, paragraphs, paymentBlock, salutation, subject } from './blocks';
import type { LetterParts } from './layout';

export function accountStatementParts(data: AccountStatementData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.accountStatement;
  const [intro, outcome] = kind.body(data);
  const money = (value: number): ContentNode => ({
    text: value === 0 ? '' : formatAmount(cents(value), language),
    alignment: 'right',
    noWrap: true,
  });
  const header = [texts.labels.date, texts.labels.description, texts.labels.debit, texts.labels.credit].map(
    (text, index): TableCell => ({
      text,
      bold: true,
      color: '#5b6770',
      fontSize: 8,
      ...(index > 1 ? { alignment: 'right' } : {}),
    }),
  );
  const body: TableCell[][] = [
    header,
    [
      { text: formatShortDate(data.periodFrom, language) },
      { text: texts.labels.openingBalance, italics: true },
      money(Math.max(data.openingBalance, 0)),
      money(Math.max(-data.openingBalance, 0)),
    ],
    ...data.lines.map((line): TableCell[] => [
      { text: formatShortDate(line.date, language) },
      { text: line.label },
      money(line.debit),
      money(line.credit),
    ]),
    // A balance owed sits in the debit column, a balance in the affiliate's favour in the credit column.
    [
      { text: formatShortDate(data.periodTo, language) },
      { text: texts.labels.closingBalance, bold: true },
      { ...money(Math.max(data.closingBalance, 0)), bold: true },
      { ...money(Math.max(-data.closingBalance, 0)), bold: true },
    ],
  ];
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs([intro ?? '']),
      {
        table: { headerRows: 1, widths: ['auto', '*', 'auto', 'auto'], body, dontBreakRows: true },
        layout: 'lightHorizontalLines',
        margin: [0, 2, 0, 10],
      },
      ...paragraphs([outcome ?? '']),
      ...(data.closingBalance > 0 && data.payment !== undefined ? [paymentBlock(data.payment, fund, texts)] : []),
      ...closing(texts, fund, data),
    ],
  };
}
