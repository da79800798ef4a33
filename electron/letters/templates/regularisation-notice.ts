import { labourCourtFor } from '../../../shared/domain/letters/labour-court';
import { cents } from '../../../shared/domain/money';
import type { FundIdentity } from '../fund-identity';
import type { Language, RegularisationNoticeData } from '../letter-data';
import { textsFor } from '../texts';
import { amountTable, appealBlock, closing, paragraphs, paymentBlock, salutation, subject } from './blocks';
import type { LetterParts } from './layout';

export function regularisationNoticeParts(
  data: RegularisationNoticeData,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.regularisationNotice;
  const [basis, outcome] = kind.body(data);
  const isClaim = data.balance > 0 && data.payment !== undefined;
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs([basis ?? '']),
      amountTable(
        [String(data.year), texts.labels.amount],
        [
          [texts.labels.contribution, data.dueContributions],
          [texts.labels.managementFees, data.managementFees],
          [texts.labels.paidProvisional, cents(-data.paidProvisional)],
        ],
        language,
        { label: texts.labels.balance, amount: data.balance },
      ),
      ...paragraphs([outcome ?? '']),
      ...(isClaim && data.payment !== undefined ? [paymentBlock(data.payment, fund, texts)] : []),
      // A supplement claimed is a decision of the fund: it states how to contest it (Charte, art. 14).
      ...(isClaim
        ? [
            // The court of the affiliate's domicile (Code judiciaire art. 628, 14°).
            appealBlock(texts, labourCourtFor(data.recipient.address, language)),
          ]
        : []),
      ...closing(texts, fund, data),
    ],
  };
}
