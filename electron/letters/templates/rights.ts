import type { FundIdentity } from '../fund-identity';
import type { Language, RightsDeadlineReminderData, RightsDecisionData, RightsInformationData } from '../letter-data';
import type { RightKind } from '../../../shared/domain/rights/types';
import type { ContentNode } from '../render/document-definition';
import { formatLongDate } from '../print-format';
import { textsFor } from '../texts';
import { rightsTexts } from '../texts/rights';
import { amountTable, appealBlock, closing, paragraphs, salutation, sectionTitle, subject } from './blocks';
import type { LetterParts } from './layout';
import type { KindTexts } from '../texts/letter-texts';

function legalBasis(language: Language, right: RightKind, isDecision = false): ContentNode[] {
  const wording = rightsTexts[language];
  return [
    sectionTitle(wording.titles.legalBasis),
    ...paragraphs([wording.legalBasis[right], ...(isDecision ? [wording.decisionBasis] : [])]),
  ];
}

/** A letter that informs: its subject, its body, the law the right rests on, the contact. */
function noticeParts<Data extends RightsInformationData | RightsDeadlineReminderData>(
  wording: KindTexts<Data>,
  data: Data,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  const texts = textsFor(language);
  return {
    language,
    header: data,
    title: wording.subject(data),
    content: [
      subject(texts, wording.subject(data)),
      salutation(texts, data),
      ...paragraphs(wording.body(data)),
      ...legalBasis(language, data.right),
      ...closing(texts, fund, data),
    ],
  };
}

/** After an event: what the right is, what to do and by when (or that the fund acts by itself). */
export function rightsInformationParts(
  data: RightsInformationData,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  return noticeParts(rightsTexts[language].information, data, language, fund);
}

/**
 * The decision on a right, motivated (the rules' legal basis, then the advisor's words), with the
 * appeal route the other decision letters print (labour court of the domicile, three months) and,
 * for a granted bridging right, its payment schedule.
 */
export function rightsDecisionParts(data: RightsDecisionData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const wording = rightsTexts[language];
  const schedule =
    data.schedule.length === 0
      ? []
      : [
          sectionTitle(wording.titles.schedule),
          amountTable(
            wording.scheduleHeaders,
            data.schedule.map((line) => [line.month, formatLongDate(line.payDate, language), line.amount]),
            language,
          ),
          ...(data.amount?.kind === 'monthly-benefit' && data.schedule.length < data.amount.months
            ? paragraphs([wording.scheduleLater])
            : []),
        ];
  return {
    language,
    header: data,
    title: wording.decision.subject(data),
    content: [
      subject(texts, wording.decision.subject(data)),
      salutation(texts, data),
      sectionTitle(wording.titles.facts),
      ...paragraphs(wording.decision.facts(data)),
      ...legalBasis(language, data.right, true),
      ...(data.motivation === '' ? [] : [sectionTitle(wording.titles.motivation), ...paragraphs([data.motivation])]),
      {
        unbreakable: true,
        stack: [sectionTitle(wording.titles.decision), ...paragraphs(wording.decision.outcome(data))],
      },
      ...schedule,
      appealBlock(texts, data.labourCourt),
      sectionTitle(wording.titles.next),
      ...paragraphs(wording.decision.next(data)),
      ...closing(texts, fund, data),
    ],
  };
}

export function rightsDeadlineReminderParts(
  data: RightsDeadlineReminderData,
  language: Language,
  fund: FundIdentity,
): LetterParts {
  return noticeParts(rightsTexts[language].reminder, data, language, fund);
}
