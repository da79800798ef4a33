import type { FundIdentity } from '../fund-identity';
import type { CessationConfirmationData, Language } from '../letter-data';
import { textsFor } from '../texts';
import { closing, paragraphs, salutation, subject } from './blocks';
import type { LetterParts } from './layout';

/** The end of an affiliation confirmed: its date, the quarters no longer claimed, what follows from the reason. */
export function cessationConfirmationParts(
  data: CessationConfirmationData,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.cessationConfirmation;
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs(kind.body(data)),
      ...closing(texts, fund, data.advisorName),
    ],
  };
}
