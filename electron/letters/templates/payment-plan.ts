import type { FundIdentity } from '../fund-identity';
import { formatLongDate } from '../print-format';
import type { Language, PaymentPlanData } from '../letter-data';
import type { Content } from '../render/document-definition';
import { textsFor } from '../texts';
import { amountTable, closing, paragraphs, paymentBlock, salutation, sectionTitle, subject } from './blocks';
import type { LetterParts } from './layout';

/** Proposal (to sign and return) or agreement (as agreed), with the schedule of instalments. */
export function paymentPlanParts(
  data: PaymentPlanData,
  language: Language,
  fund: FundIdentity,
  variant: 'proposal' | 'agreement',
): LetterParts {
  const texts = textsFor(language);
  const kind = variant === 'proposal' ? texts.kinds.paymentPlanProposal : texts.kinds.paymentPlanAgreement;
  const [intro, conditions, answer] = kind.body(data);
  const schedule = [
    [formatLongDate(data.downPayment.dueDate, language), texts.labels.downPayment, data.downPayment.amount] as const,
    ...data.instalments.map(
      (instalment, index) =>
        [
          formatLongDate(instalment.dueDate, language),
          `${texts.labels.instalment} ${index + 1}`,
          instalment.amount,
        ] as const,
    ),
  ];
  const signature: Content[] =
    variant === 'proposal'
      ? [
          {
            unbreakable: true,
            stack: [
              { text: texts.labels.signatureAffiliate, color: '#5b6770', fontSize: 8, margin: [0, 12, 0, 30] },
              { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5, lineColor: '#5b6770' }] },
            ],
          },
        ]
      : [];
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs([intro ?? '']),
      sectionTitle(texts.labels.instalment),
      amountTable([texts.labels.dueDate, texts.labels.description, texts.labels.amount], schedule, language, {
        label: texts.labels.total,
        amount: data.debtTotal,
      }),
      ...paragraphs([conditions ?? '', answer ?? '']),
      paymentBlock(data.payment, fund, texts),
      ...closing(texts, fund, data),
      ...signature,
    ],
  };
}
