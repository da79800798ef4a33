import { addCents } from '../../../shared/domain/money';
import type { FundIdentity } from '../fund-identity';
import type { DecisionData, Language } from '../letter-data';
import type { ContentNode } from '../render/document-definition';
import { textsFor } from '../texts';
import { decisionTexts } from '../texts/decision';
import {
  amountTable,
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
 * Exemption (dispense) or surcharge waiver, granted, partly granted or refused, motivated as the loi du
 * 29 juillet 1991 and the Charte de l'assuré social (art. 13, 14, 23) ask: the facts of the request,
 * the legal basis, INASTI's decision with its date and reference, the reasons, then — for an adverse
 * decision — the appeal (court of the domicile, time limit, against whom), kept on the same page as
 * the decision itself, and what follows (contributions still due, surcharges, payment plan, new request).
 */
export function decisionParts(data: DecisionData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const wording = decisionTexts[language];
  const reasons = [
    ...data.reasons.map((reason) => texts.reasons[reason]),
    ...(data.note === undefined ? [] : [data.note]),
  ];
  const total = addCents(...data.quarters.map((line) => line.amount));
  return {
    language,
    header: data,
    title: wording.kind.subject(data),
    content: [
      subject(texts, wording.kind.subject(data)),
      salutation(texts, data),
      sectionTitle(wording.titles.facts),
      ...paragraphs(wording.facts(data, total)),
      amountTable([texts.labels.period, texts.labels.amount], quarterRows(data.quarters, language), language, {
        label: texts.labels.total,
        amount: total,
      }),
      sectionTitle(wording.titles.legalBasis),
      ...paragraphs(wording.legalBasis(data)),
      reasonsBlock(texts, reasons),
      decisionWithAppeal(data, language),
      sectionTitle(wording.titles.consequences),
      ...paragraphs(wording.consequences(data)),
      privacyNoticeBlock(texts, privacyFacts(fund, language)),
      ...closing(texts, fund, data),
    ],
  };
}

/** The decision and, when adverse, its appeal as one block that never splits over two pages. */
function decisionWithAppeal(data: DecisionData, language: Language): ContentNode {
  const texts = textsFor(language);
  const wording = decisionTexts[language];
  const decision = [sectionTitle(wording.titles.decision), ...paragraphs(wording.decision(data))];
  if (data.outcome === 'granted') return { unbreakable: true, stack: decision };
  const small = (node: ContentNode): ContentNode => ({ ...node, fontSize: 8.5 });
  return {
    unbreakable: true,
    stack: [
      ...decision,
      sectionTitle(texts.labels.appeal),
      ...paragraphs(texts.appeal(data.labourCourt)).map(small),
      ...paragraphs(wording.appealAgainst(data)).map(small),
    ],
  };
}
