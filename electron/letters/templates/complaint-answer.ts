import type { FundIdentity } from '../fund-identity';
import type { ComplaintAnswerData, Language } from '../letter-data';
import { textsFor } from '../texts';
import { closing, paragraphs, salutation, subject } from './blocks';
import type { LetterParts } from './layout';

/** The answer to a complaint: what was received and when, the advisor's answer, and who to call back. */
export function complaintAnswerParts(data: ComplaintAnswerData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.complaintAnswer;
  const answer = data.answer
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs(kind.body(data).slice(0, 1)),
      ...paragraphs(answer),
      ...paragraphs(kind.body(data).slice(1)),
      ...closing(texts, fund, data.advisorName),
    ],
  };
}
