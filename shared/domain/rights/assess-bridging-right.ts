import { addQuarters, quarterEnd, quarterOf } from '../calendar';
import type { Quarter } from '../calendar';
import { explain } from '../explanation';
import { benefitRulesFor } from '../../rules/benefits/index';
import type { BenefitRules, BridgingRightCase } from '../../rules/benefits/index';
import { failed, finishAssessment, met, notBefore, rulesMissing, unknown } from './assessment';
import type { Condition } from './assessment';
import { figuresFor } from './bridging-right';
import {
  careerQuartersBefore,
  hasHelpingSpouseQuarter,
  paidQuartersBefore,
  quartersEndingWith,
  quartersOutside,
} from './career';
import { hasReachedPensionAge } from './pension-age';
import type { LifeEvent, RightAmount, RightAssessment, RightsFacts } from './types';

function caseOf(event: LifeEvent): BridgingRightCase | 'voluntary' | null {
  if (event.kind === 'bankruptcy') return 'bankruptcy';
  if (event.cessationGround === 'forced') return 'forced-cessation';
  if (event.cessationGround === 'economic') return 'economic';
  return event.cessationGround;
}

function caseConditions(bridgingCase: BridgingRightCase | 'voluntary' | null, rules: BenefitRules): Condition[] {
  const cases = rules.bridgingRight.cases;
  if (bridgingCase === null)
    return [unknown(explain('bridgingRight.case', 'rights.bridgingRight.groundMissing', {}, cases))];
  if (bridgingCase === 'voluntary')
    return [failed(explain('bridgingRight.case', 'rights.bridgingRight.voluntary', {}, cases))];
  const caseLine = met(explain('bridgingRight.case', `rights.bridgingRight.case.${bridgingCase}`, {}, cases));
  if (bridgingCase !== 'economic') return [caseLine];
  return [caseLine, unknown(explain('bridgingRight.economic', 'rights.bridgingRight.economicProof', {}, cases))];
}

/** Affiliation in the event's quarter and the ones before it, and the paid quarters of the reference window. */
function contributionConditions(facts: RightsFacts, eventQuarter: Quarter, rules: BenefitRules): Condition[] {
  const bridging = rules.bridgingRight;
  const found: Condition[] = [];
  const affiliated = quartersEndingWith(eventQuarter, bridging.affiliatedQuarters.value);
  const outside = quartersOutside(facts.contributionQuarters, affiliated, bridging.categories.value);
  found.push(
    (outside.length === 0 ? met : failed)(
      explain(
        'bridgingRight.affiliation',
        outside.length === 0 ? 'rights.bridgingRight.affiliated' : 'rights.bridgingRight.notAffiliated',
        { quarters: bridging.affiliatedQuarters.value, missing: outside.join(', ') },
        bridging.categories,
      ),
    ),
  );

  if (outside.length === 0 && hasHelpingSpouseQuarter(facts.contributionQuarters, affiliated))
    found.push(unknown(explain('bridgingRight.maxiStatus', 'rights.common.checkMaxiStatus', {}, bridging.categories)));

  const paid = paidQuartersBefore(facts.contributionQuarters, eventQuarter, bridging.referenceWindowQuarters.value);
  found.push(
    (paid >= bridging.requiredPaidQuarters.value ? met : failed)(
      explain(
        'bridgingRight.paidQuarters',
        'rights.bridgingRight.paidQuarters',
        { paid, required: bridging.requiredPaidQuarters.value, window: bridging.referenceWindowQuarters.value },
        bridging.requiredPaidQuarters,
      ),
    ),
  );

  return found;
}

/**
 * The bridging right for a bankruptcy or a cessation (loi du 22 décembre 2016, reformed in 2023):
 * the case, the quarters of affiliation and of paid contributions, the pension age, the months left
 * over the career (granted months count), the amount and the application deadline.
 */
export function assessBridgingRight(facts: RightsFacts, event: LifeEvent): RightAssessment {
  const rules = benefitRulesFor(event.date);
  if (rules === undefined) return rulesMissing(facts, 'bridging-right', event, event.date);
  const bridging = rules.bridgingRight;
  const eventQuarter = quarterOf(event.date);
  const conditions: Condition[] = [];

  const bridgingCase = caseOf(event);
  conditions.push(...caseConditions(bridgingCase, rules));

  conditions.push(...contributionConditions(facts, eventQuarter, rules));

  if (facts.birthDate === null)
    conditions.push(unknown(explain('bridgingRight.age', 'rights.common.birthDateMissing', {}, null)));
  else if (hasReachedPensionAge(facts.birthDate, event.date))
    conditions.push(failed(explain('bridgingRight.age', 'rights.bridgingRight.pensionAgeReached', {}, null)));

  const monthsAlreadyGranted = facts.applications
    .filter((application) => application.right === 'bridging-right' && application.status === 'granted')
    .filter((application) => application.eventId !== event.id)
    .reduce((sum, application) => sum + Math.max(0, application.monthsGranted), 0);
  const careerQuarters = careerQuartersBefore(facts.contributionQuarters, event.date);
  const figures = figuresFor(
    rules,
    event.date,
    bridgingCase === 'bankruptcy' || bridgingCase === 'economic' ? bridgingCase : 'forced-cessation',
    careerQuarters,
    facts.hasFamilyCharge === true,
    monthsAlreadyGranted,
  );
  conditions.push((figures.months > 0 ? met : failed)(figures.careerLine));
  let amount: RightAmount | null = null;
  if (facts.hasFamilyCharge === null) {
    conditions.push(unknown(explain('bridgingRight.familyCharge', 'rights.common.familyChargeMissing', {}, null)));
  } else {
    conditions.push(met(figures.amountLine));
    amount = { kind: 'monthly-benefit', monthlyCents: figures.monthlyCents, months: figures.months };
  }

  const deadline = notBefore(
    quarterEnd(addQuarters(eventQuarter, bridging.applicationQuartersAfterEvent.value)),
    event.date,
  );
  const isLate = facts.asOf > deadline;
  conditions.push(
    (isLate ? unknown : met)(
      explain(
        'bridgingRight.deadline',
        isLate ? 'rights.bridgingRight.deadlinePassed' : 'rights.bridgingRight.deadline',
        { deadline },
        bridging.applicationQuartersAfterEvent,
      ),
    ),
  );

  return finishAssessment(facts, {
    right: 'bridging-right',
    event,
    conditions,
    amount,
    nextStep: { messageKey: 'rights.nextStep.apply', deadline },
    isFundInitiative: false,
  });
}
