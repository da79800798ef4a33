import type { PaymentCertificateData } from '../letter-data';
import type { FundIdentity } from '../fund-identity';
import type { Language } from '../letter-data';
import { formatShortDate } from '../print-format';
import { textsFor } from '../texts';
import { certificateTextsFor } from '../texts/certificates';
import { amountTable, paragraphs, subject } from './blocks';
import { certificateEnd } from './certificate-blocks';
import type { LetterParts } from './layout';

/** The payments received in a period, each with the period it paid. */
export function paymentCertificateParts(
  data: PaymentCertificateData,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  const texts = textsFor(language);
  const certificates = certificateTextsFor(language);
  const kind = certificates.paymentCertificate;
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      ...paragraphs(kind.body(data)),
      amountTable(
        [texts.labels.paidOn, texts.labels.period, texts.labels.amount],
        data.payments.map((payment) => [formatShortDate(payment.date, language), payment.period, payment.amount]),
        language,
        { label: texts.labels.total, amount: data.total },
      ),
      ...certificateEnd(data, texts, certificates, fund),
    ],
  };
}
