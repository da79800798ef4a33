/** The letter kinds, each a pure function of its data, the recipient's language and the fund identity. */
import type { FundIdentity } from '../fund-identity';
import type { LetterInput } from '../letter-data';
import { accountStatementParts } from './account-statement';
import { affiliationCertificateParts } from './affiliation-certificate';
import { affiliationConfirmationParts } from './affiliation-confirmation';
import { cessationConfirmationParts } from './cessation-confirmation';
import { companyContributionNoticeParts } from './company-contribution-notice';
import { complaintAnswerParts } from './complaint-answer';
import { decisionParts } from './decision';
import { dueNoticeParts } from './due-notice';
import { formalNoticeParts } from './formal-notice';
import type { LetterParts } from './layout';
import { paymentCertificateParts } from './payment-certificate';
import { paymentPlanParts } from './payment-plan';
import { regularisationNoticeParts } from './regularisation-notice';
import { regularityCertificateParts } from './regularity-certificate';
import { reminderParts } from './reminder';
import { taxCertificateParts } from './tax-certificate';
import { paymentReceiptParts } from './payment-receipt';
import { rightsDeadlineReminderParts, rightsDecisionParts, rightsInformationParts } from './rights';

export function letterParts(input: LetterInput, fund: FundIdentity): LetterParts {
  switch (input.kind) {
    case 'due-notice':
      return dueNoticeParts(input.data, input.language, fund);
    case 'regularisation-notice':
      return regularisationNoticeParts(input.data, input.language, fund);
    case 'reminder':
      return reminderParts(input.data, input.language, fund);
    case 'account-statement':
      return accountStatementParts(input.data, input.language, fund);
    case 'formal-notice':
      return formalNoticeParts(input.data, input.language, fund);
    case 'payment-plan-proposal':
      return paymentPlanParts(input.data, input.language, fund, 'proposal');
    case 'payment-plan-agreement':
      return paymentPlanParts(input.data, input.language, fund, 'agreement');
    case 'affiliation-confirmation':
      return affiliationConfirmationParts(input.data, input.language, fund);
    case 'tax-certificate':
      return taxCertificateParts(input.data, input.language, fund);
    case 'company-contribution-notice':
      return companyContributionNoticeParts(input.data, input.language, fund);
    case 'decision':
      return decisionParts(input.data, input.language, fund);
    case 'affiliation-certificate':
      return affiliationCertificateParts(input.data, input.language, fund);
    case 'regularity-certificate':
      return regularityCertificateParts(input.data, input.language, fund);
    case 'payment-certificate':
      return paymentCertificateParts(input.data, input.language, fund);
    case 'complaint-answer':
      return complaintAnswerParts(input.data, input.language, fund);
    case 'payment-receipt':
      return paymentReceiptParts(input.data, input.language, fund);
    case 'cessation-confirmation':
      return cessationConfirmationParts(input.data, input.language, fund);
    case 'rights-information':
      return rightsInformationParts(input.data, input.language, fund);
    case 'rights-decision':
      return rightsDecisionParts(input.data, input.language, fund);
    case 'rights-deadline-reminder':
      return rightsDeadlineReminderParts(input.data, input.language, fund);
  }
}
