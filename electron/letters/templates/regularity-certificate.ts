import type { RegularityCertificateData } from '../letter-data';
import type { FundIdentity } from '../fund-identity';
import type { Language } from '../letter-data';
import { textsFor } from '../texts';
import { certificateTextsFor } from '../texts/certificates';
import { amountTable, paragraphs, subject } from './blocks';
import { certificateEnd } from './certificate-blocks';
import type { LetterParts } from './layout';

/** In order with the contributions on a date, or the periods still open with their surcharges. */
export function regularityCertificateParts(
  data: RegularityCertificateData,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  const texts = textsFor(language);
  const certificates = certificateTextsFor(language);
  const kind = certificates.regularityCertificate;
  const open =
    data.open.length === 0
      ? []
      : [
          amountTable(
            [texts.labels.period, certificates.labels.openAmount, texts.labels.surcharges],
            data.open.map((line) => [line.period, line.amount, line.surcharges]),
            language,
          ),
        ];
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      ...paragraphs(kind.body(data)),
      ...open,
      ...certificateEnd(data, texts, certificates, fund),
    ],
  };
}
