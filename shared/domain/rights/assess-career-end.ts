import { addMonths, addQuarters, quarterEnd, quarterOf } from '../calendar';
import { explain } from '../explanation';
import { benefitRulesFor } from '../../rules/benefits/index';
import { PENSION } from '../../rules/benefits/common';
import { failed, finishAssessment, met, notBefore, rulesMissing, unknown } from './assessment';
import { hasHelpingSpouseQuarter, quartersEndingWith, quartersOutside } from './career';
import { legalPensionAge } from './pension-age';
import type { LifeEvent, RightAssessment, RightsFacts } from './types';

/**
 * Continued insurance after a cessation or bankruptcy (RSVZ, voluntary insurance): the quarter of
 * stopping and the 3 before it paid as main activity or helping spouse; at most 8 quarters; apply
 * within 3 quarters. The amount needs the N-3 income, which the facts do not hold.
 */
export function assessContinuedInsurance(facts: RightsFacts, event: LifeEvent): RightAssessment {
  const rules = benefitRulesFor(event.date);
  if (rules === undefined) return rulesMissing(facts, 'continued-insurance', event, event.date);
  const insurance = rules.continuedInsurance;
  const stopQuarter = quarterOf(event.date);
  const labels = quartersEndingWith(stopQuarter, insurance.qualifyingQuarters.value);
  const outside = quartersOutside(facts.contributionQuarters, labels, insurance.categories.value);
  const unpaid = labels.filter(
    (label) => facts.contributionQuarters.find((fact) => fact.quarter === label)?.isPaid !== true,
  );
  const deadline = notBefore(
    quarterEnd(addQuarters(stopQuarter, insurance.applicationQuartersAfterStop.value)),
    event.date,
  );
  const isLate = facts.asOf > deadline;
  return finishAssessment(facts, {
    right: 'continued-insurance',
    event,
    conditions: [
      (outside.length === 0 && unpaid.length === 0 ? met : failed)(
        explain(
          'continuedInsurance.quarters',
          outside.length === 0 && unpaid.length === 0
            ? 'rights.continuedInsurance.quartersPaid'
            : 'rights.continuedInsurance.quartersMissing',
          { quarters: insurance.qualifyingQuarters.value, missing: [...new Set([...outside, ...unpaid])].join(', ') },
          insurance.qualifyingQuarters,
        ),
      ),
      ...(outside.length === 0 && hasHelpingSpouseQuarter(facts.contributionQuarters, labels)
        ? [unknown(explain('continuedInsurance.maxiStatus', 'rights.common.checkMaxiStatus', {}, insurance.categories))]
        : []),
      met(
        explain(
          'continuedInsurance.maximum',
          'rights.continuedInsurance.maximumQuarters',
          { quarters: insurance.maximumQuarters.value },
          insurance.maximumQuarters,
        ),
      ),
      (isLate ? failed : met)(
        explain(
          'continuedInsurance.deadline',
          isLate ? 'rights.continuedInsurance.deadlinePassed' : 'rights.continuedInsurance.deadline',
          { deadline },
          insurance.applicationQuartersAfterStop,
        ),
      ),
    ],
    amount: null,
    nextStep: { messageKey: 'rights.nextStep.offerContinuedInsurance', deadline },
    isFundInitiative: false,
  });
}

/**
 * Pension information: from the birth date, the legal pension age and the pension date; the fund
 * writes within the information window before that date (or on a recorded pension-age event).
 * Returns null when the pension date is still beyond the window and no event asks for it.
 */
export function assessPensionInformation(facts: RightsFacts, event: LifeEvent | null): RightAssessment | null {
  if (facts.birthDate === null) return null;
  const pension = legalPensionAge(facts.birthDate);
  const windowStart = addMonths(pension.pensionDate, -PENSION.informationMonthsBefore.value);
  if (event === null && facts.asOf < windowStart) return null;
  const floor = event === null ? facts.asOf : event.date;
  return finishAssessment(facts, {
    right: 'pension-information',
    event,
    conditions: [
      met(pension.line),
      met(
        explain(
          'pension.information',
          'rights.pension.information',
          { months: PENSION.informationMonthsBefore.value, from: windowStart },
          PENSION.informationMonthsBefore,
        ),
      ),
    ],
    amount: null,
    nextStep: { messageKey: 'rights.nextStep.informPension', deadline: notBefore(pension.pensionDate, floor) },
    isFundInitiative: true,
  });
}
