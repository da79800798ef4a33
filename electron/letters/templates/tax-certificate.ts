import type { FundIdentity } from '../fund-identity';
import { formatShortDate } from '../print-format';
import type { Language, TaxCertificateData } from '../letter-data';
import { textsFor } from '../texts';
import { amountTable, closing, paragraphs, subject } from './blocks';
import type { LetterParts } from './layout';

export function taxCertificateParts(data: TaxCertificateData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.taxCertificate;
  const [statement, use] = kind.body(data);
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      ...paragraphs([statement ?? '']),
      amountTable(
        [texts.labels.paidOn, texts.labels.period, texts.labels.amount],
        data.payments.map((payment) => [formatShortDate(payment.date, language), payment.period, payment.amount]),
        language,
        { label: texts.labels.total, amount: data.total },
      ),
      ...paragraphs([use ?? '']),
      ...closing(texts, fund, data),
    ],
  };
}
