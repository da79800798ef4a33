import { addCents } from '../../../shared/domain/money';
import type { FundIdentity } from '../fund-identity';
import type { Language, ReminderData } from '../letter-data';
import { textsFor } from '../texts';
import { amountTable, closing, paragraphs, paymentBlock, quarterRows, salutation, subject } from './blocks';
import type { LetterParts } from './layout';

export function reminderParts(data: ReminderData, language: Language, fund: FundIdentity): LetterParts {
  const texts = textsFor(language);
  const company = data.company;
  const kind = texts.kinds.reminder;
  // A company's reminder: the same blocks, the company contribution's own law in the wording.
  const title = company === undefined ? kind.subject(data) : texts.companyReminder.subject({ ...data, company });
  const [intro, request, help] =
    company === undefined ? kind.body(data) : texts.companyReminder.body({ ...data, company });
  const total = addCents(...data.unpaid.map((line) => line.amount), data.surcharges);
  return {
    language,
    header: data,
    title,
    content: [
      subject(texts, title),
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
