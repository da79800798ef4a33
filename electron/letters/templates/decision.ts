import type { FundIdentity } from '../fund-identity';
import type { DecisionData, Language } from '../letter-data';
import type { ContentNode } from '../render/document-definition';
import { textsFor } from '../texts';
import {
  amountTable,
  appealBlock,
  closing,
  paragraphs,
  privacyNoticeBlock,
  quarterRows,
  reasonsBlock,
  salutation,
  sectionTitle,
  subject,
} from './blocks';
import { privacyFacts } from './identity';
import type { LetterParts } from './layout';

/**
 * Exemption (dispense) or surcharge waiver, granted, partly granted or refused. The decision is
 * motivated and, for an exemption, says where and within what time to appeal (Charte de l'assuré
 * social, art. 14 and 23). A waiver decision cannot go to the labour court (docs/belgian-rules.md §4.2),
 * so the letter says so and what the affiliate can still do.
 */
export function decisionParts(data: DecisionData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.decision;
  const reasons = [
    ...data.reasons.map((reason) => texts.reasons[reason]),
    ...(data.note === undefined ? [] : [data.note]),
  ];
  const isAdverse = data.outcome !== 'granted';
  const recourse: ContentNode =
    data.subject === 'exemption'
      ? appealBlock(texts, data.labourCourt)
      : { unbreakable: true, stack: [sectionTitle(texts.labels.appeal), ...paragraphs(texts.noCourtAppeal)] };
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts),
      ...paragraphs(kind.body(data)),
      amountTable([texts.labels.period, texts.labels.amount], quarterRows(data.quarters, language), language),
      reasonsBlock(texts, reasons),
      ...(isAdverse ? [recourse] : []),
      privacyNoticeBlock(texts, privacyFacts(fund, language)),
      ...closing(texts, fund, data),
    ],
  };
}
