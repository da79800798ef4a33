import type { FundIdentity } from '../fund-identity';
import type { CompanyContributionNoticeData, Language } from '../letter-data';
import { textsFor } from '../texts';
import { amountTable, closing, paragraphs, paymentBlock, salutation, subject } from './blocks';
import type { LetterParts } from './layout';

export function companyContributionNoticeParts(
  data: CompanyContributionNoticeData,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.companyContributionNotice;
  const [basis, due] = kind.body(data);
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs([basis ?? '']),
      amountTable([String(data.year), texts.labels.amount], [[texts.labels.contribution, data.amount]], language, {
        label: texts.labels.total,
        amount: data.payment.amount,
      }),
      ...paragraphs([due ?? '']),
      paymentBlock(data.payment, fund, texts),
      ...closing(texts, fund, data),
    ],
  };
}
