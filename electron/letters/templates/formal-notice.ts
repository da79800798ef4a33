import type { FundIdentity } from '../fund-identity';
import type { FormalNoticeData, Language } from '../letter-data';
import { textsFor } from '../texts';
import {
  amountTable,
  appealBlock,
  closing,
  paragraphs,
  paymentBlock,
  quarterRows,
  salutation,
  subject,
} from './blocks';
import type { LetterParts } from './layout';

/**
 * The formal notice before judicial recovery, sent by registered mail (the mention heads the letter): the
 * unpaid contributions, the surcharges so far and the costs already incurred, the time given, what
 * follows without payment, that surcharges keep accruing, and how to dispute the claim. Recovery costs
 * are named only as those the law puts on the debtor, and the court decides on the costs of a dispute:
 * one statement of who bears what, never two that contradict.
 */
export function formalNoticeParts(data: FormalNoticeData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.formalNotice;
  const [grounds, notice, consequence, accrual, help, courtCosts] = kind.body(data);
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      { text: texts.labels.registeredMail.toUpperCase(), bold: true, margin: [0, 0, 0, 6] },
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs([grounds ?? '']),
      amountTable(
        [texts.labels.period, texts.labels.amount],
        [
          ...quarterRows(data.unpaid, language),
          [texts.labels.surcharges, data.surcharges],
          [texts.labels.costs, data.costs],
        ],
        language,
        { label: texts.labels.total, amount: data.payment.amount },
      ),
      ...paragraphs([notice ?? '', consequence ?? '', accrual ?? '', help ?? '']),
      paymentBlock(data.payment, fund, texts),
      appealBlock(texts, data.labourCourt, courtCosts),
      ...closing(texts, fund, data),
    ],
  };
}
