import { addCents } from '../../../shared/domain/money';
import type { FundIdentity } from '../fund-identity';
import type { Language, ReminderData } from '../letter-data';
import { textsFor } from '../texts';
import { amountTable, closing, paragraphs, paymentBlock, quarterRows, salutation, subject } from './blocks';
import type { LetterParts } from './layout';

export function reminderParts(data: ReminderData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const kind = texts.kinds.reminder;
  const [intro, request, help] = kind.body(data);
  const total = addCents(...data.unpaid.map((line) => line.amount), data.surcharges);
  return {
    language,
    header: data,
    title: kind.subject(data),
    content: [
      subject(texts, kind.subject(data)),
      salutation(texts, data),
      ...paragraphs([intro ?? '']),
      amountTable(
        [texts.labels.period, texts.labels.amount],
        [...quarterRows(data.unpaid, language), [texts.labels.surcharges, data.surcharges]],
        language,
        { label: texts.labels.total, amount: total },
      ),
      ...paragraphs([request ?? '', help ?? '']),
      paymentBlock(data.payment, fund, texts),
      ...closing(texts, fund, data),
    ],
  };
}
