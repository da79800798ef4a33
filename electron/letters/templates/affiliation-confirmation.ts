import type { FundIdentity } from '../fund-identity';
import type { AffiliationConfirmationData, Language } from '../letter-data';
import { textsFor } from '../texts';
import { closing, paragraphs, privacyNoticeBlock, salutation, sectionTitle, subject } from './blocks';
import { privacyFacts } from './identity';
import type { LetterParts } from './layout';

export function affiliationConfirmationParts(
  data: AffiliationConfirmationData,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.affiliationConfirmation;
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs(kind.body(data)),
      {
        unbreakable: true,
        stack: [
          sectionTitle(texts.labels.commitment),
          { ul: texts.commitment.map((line) => ({ text: line })), fontSize: 8.5, margin: [0, 0, 0, 10] },
        ],
      },
      privacyNoticeBlock(texts, privacyFacts(fund, language)),
      ...closing(texts, fund, data),
    ],
  };
}
