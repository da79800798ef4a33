import type { FundIdentity } from '../fund-identity';
import type { Language, PaymentReceiptData } from '../letter-data';
import { textsFor } from '../texts';
import { amountTable, closing, paragraphs, subject } from './blocks';
import type { LetterParts } from './layout';

/** The receipt of a payment received at the counter: what was paid, how it was allocated, what is left. */
export function paymentReceiptParts(data: PaymentReceiptData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.paymentReceipt;
  const [statement, ...after] = kind.body(data);
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      ...paragraphs([statement ?? '']),
      amountTable(
        [texts.labels.description, texts.labels.amount],
        data.lines.map((line) => [line.label, line.amount]),
        language,
        { label: texts.labels.total, amount: data.amount },
      ),
      ...paragraphs(after),
      ...closing(texts, fund, data.advisorName),
    ],
  };
}
