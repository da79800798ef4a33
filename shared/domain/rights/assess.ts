import { compareIsoDates } from '../calendar';
import { assessBridgingRight } from './assess-bridging-right';
import { assessContinuedInsurance, assessPensionInformation } from './assess-career-end';
import { assessIllnessAssimilation, assessMaternityAid } from './assess-family-and-health';
import type { LifeEvent, RightAssessment, RightsFacts } from './types';

function assessEvent(facts: RightsFacts, event: LifeEvent): RightAssessment[] {
  switch (event.kind) {
    case 'birth':
      return [assessMaternityAid(facts, event)];
    case 'bankruptcy':
    case 'cessation':
      return [assessBridgingRight(facts, event), assessContinuedInsurance(facts, event)];
    case 'incapacity':
      return [assessIllnessAssimilation(facts, event)];
    case 'pension-age': {
      const assessment = assessPensionInformation(facts, event);
      return assessment === null ? [] : [assessment];
    }
    case 'adoption':
    case 'incapacity-end':
      // Adoption opens no right the fund grants here (maternity aid follows a birth); the end of an
      // incapacity closes the assimilation of its onset.
      return [];
  }
}

/**
 * Every right the fund follows for one person, as of `facts.asOf`: one assessment per right and
 * event (oldest event first), then the pension information from the birth date when no recorded
 * pension-age event already gave it. Pure: the same facts always give the same assessments.
 */
export function assessRights(facts: RightsFacts): RightAssessment[] {
  const events = [...facts.events].sort((a, b) => compareIsoDates(a.date, b.date) || a.id.localeCompare(b.id));
  const assessments = events.flatMap((event) => assessEvent(facts, event));
  if (!events.some((event) => event.kind === 'pension-age')) {
    const pension = assessPensionInformation(facts, null);
    if (pension !== null) assessments.push(pension);
  }
  return assessments;
}
