import type { AffiliationCertificateData } from '../letter-data';
import type { FundIdentity } from '../fund-identity';
import type { Language } from '../letter-data';
import { formatShortDate } from '../print-format';
import type { TableCell } from '../render/document-definition';
import { textsFor } from '../texts';
import { certificateTextsFor } from '../texts/certificates';
import { paragraphs, subject } from './blocks';
import { certificateEnd } from './certificate-blocks';
import type { LetterParts } from './layout';

/** The periods of affiliation and the category of each, on the date of the statement. */
export function affiliationCertificateParts(
  data: AffiliationCertificateData,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  const texts = textsFor(language);
  const certificates = certificateTextsFor(language);
  const kind = certificates.affiliationCertificate;
  const [statement, situation] = kind.body(data);
  const head = [certificates.labels.from, certificates.labels.to, certificates.labels.category].map(
    (text): TableCell => ({ text, bold: true, color: '#5b6770', fontSize: 8 }),
  );
  const rows = data.periods.map((period): TableCell[] => [
    { text: formatShortDate(period.startDate, language), noWrap: true },
    {
      text: period.endDate === null ? certificates.labels.ongoing : formatShortDate(period.endDate, language),
      noWrap: true,
    },
    { text: certificates.categories[period.category] },
  ]);
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      ...paragraphs([statement ?? '']),
      {
        table: { headerRows: 1, widths: ['auto', 'auto', '*'], body: [head, ...rows], dontBreakRows: true },
        layout: 'lightHorizontalLines',
        margin: [0, 2, 0, 10],
      },
      ...paragraphs([situation ?? '']),
      ...certificateEnd(data, texts, certificates, fund),
    ],
  };
}
