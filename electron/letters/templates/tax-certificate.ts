import type { FundIdentity } from '../fund-identity';
import { formatShortDate } from '../print-format';
import type { Language, TaxCertificateData } from '../letter-data';
import { cents, type Cents } from '../../../shared/domain/money';
import { textsFor } from '../texts';
import { certificateTextsFor } from '../texts/certificates';
import { amountTable, paragraphs, subject } from './blocks';
import { certificateEnd } from './certificate-blocks';
import type { LetterParts } from './layout';

/**
 * The year's payments, then what of them is deductible (contributions and management fees, less
 * the year's refunds) and what is stated but not deductible (surcharges, legal costs, unallocated).
 */
export function taxCertificateParts(data: TaxCertificateData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const certificates = certificateTextsFor(language);
  const { labels } = certificates;
  const kind = texts.kinds.taxCertificate;
  const [statement, rule] = kind.body(data);
  const { breakdown } = data;
  const notDeductible = (
    [
      [texts.labels.surcharges, breakdown.surcharges],
      [labels.legalCosts, breakdown.legalCosts],
      [labels.unallocated, breakdown.unallocated],
    ] as const
  ).filter(([, amount]) => amount !== 0);
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
      {
        // Side by side, so a year with surcharges still fits on one page with the signature.
        columns: [
          amountTable(
            [labels.deductible, texts.labels.amount],
            [
              [labels.contributions, breakdown.contributions],
              [texts.labels.managementFees, breakdown.managementFees],
              [labels.refunds, negative(breakdown.refunds)],
            ],
            language,
            { label: labels.deductible, amount: breakdown.deductible },
          ),
          notDeductible.length === 0
            ? { text: '' }
            : amountTable([labels.notDeductible, texts.labels.amount], notDeductible, language),
        ],
        columnGap: 16,
        fontSize: 9,
      },
      ...paragraphs([rule ?? '']),
      ...certificateEnd(data, texts, certificates, fund),
    ],
  };
}

function negative(amount: Cents): Cents {
  return cents(-amount);
}
