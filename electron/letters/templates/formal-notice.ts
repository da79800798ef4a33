import type { FundIdentity } from '../fund-identity';
import type { FormalNoticeData, Language } from '../letter-data';
import { textsFor } from '../texts';
import {
  amountTable,
  appealBlock,
  closing,
  paragraphs,
  paymentBlock,
  quarterRows,
  salutation,
  subject,
} from './blocks';
import type { LetterParts } from './layout';

export function formalNoticeParts(data: FormalNoticeData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.formalNotice;
  const [grounds, notice, consequence, help] = kind.body(data);
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts),
      ...paragraphs([grounds ?? '']),
      amountTable(
        [texts.labels.period, texts.labels.amount],
        [
          ...quarterRows(data.unpaid, language),
          [texts.labels.surcharges, data.surcharges],
          [texts.labels.costs, data.costs],
        ],
        language,
        { label: texts.labels.total, amount: data.payment.amount },
      ),
      ...paragraphs([notice ?? '', consequence ?? '', help ?? '']),
      paymentBlock(data.payment, fund, texts),
      appealBlock(texts, data.labourCourt),
      ...closing(texts, fund, data),
    ],
  };
}
