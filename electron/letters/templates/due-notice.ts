import { formatQuarter } from '../print-format';
import type { FundIdentity } from '../fund-identity';
import type { DueNoticeData, Language } from '../letter-data';
import { textsFor } from '../texts';
import { amountTable, closing, paragraphs, paymentBlock, salutation, subject } from './blocks';
import type { LetterParts } from './layout';

export function dueNoticeParts(data: DueNoticeData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.dueNotice;
  const [basis, due, consequence] = kind.body(data);
  // Basis points as a percentage with a decimal comma, as all three languages write it in Belgium.
  const rate = `${Math.floor(fund.feeRateBasisPoints / 100)},${String(fund.feeRateBasisPoints % 100).padStart(2, '0')}\u00a0%`;
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs([basis ?? '']),
      amountTable(
        [formatQuarter(data.year, data.quarter, language), texts.labels.amount],
        [
          [texts.labels.contribution, data.contribution],
          [`${texts.labels.managementFees} (${rate})`, data.managementFees],
        ],
        language,
        { label: texts.labels.total, amount: data.payment.amount },
      ),
      ...paragraphs([due ?? '', consequence ?? '']),
      paymentBlock(data.payment, fund, texts),
      ...closing(texts, fund, data),
    ],
  };
}
