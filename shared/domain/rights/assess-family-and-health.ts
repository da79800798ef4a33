import { addDays, addQuarters, quarterOf, quarterStart } from '../calendar';
import { explain } from '../explanation';
import { benefitRulesFor } from '../../rules/benefits/index';
import { failed, finishAssessment, met, rulesMissing, unknown } from './assessment';
import type { Condition } from './assessment';
import { assimilationStartQuarter, illnessAssimilationQuarters } from './illness-assimilation';
import { quarterFact } from './career';
import { maternityAid } from './maternity-aid';
import type { LifeEvent, RightAssessment, RightsFacts } from './types';

const NEXT_STEP_KEYS = { true: 'rights.nextStep.sendOffer', false: 'rights.nextStep.apply' } as const;

/**
 * Maternity aid for a birth (AR du 17 janvier 2006): the category in the 2nd and 3rd quarters
 * before the birth's quarter. A birth recorded in the person's case file is one she gave birth to.
 * Since 1 September 2017 the fund acts on its own initiative: the mother only confirms.
 */
export function assessMaternityAid(facts: RightsFacts, event: LifeEvent): RightAssessment {
  const rules = benefitRulesFor(event.date);
  const figures = maternityAid({ birthDate: event.date, isStillbirth: event.isStillbirth });
  if (rules === undefined || !figures.ok) return rulesMissing(facts, 'maternity-aid', event, event.date);
  const aid = rules.maternityAid;
  const birthQuarter = quarterOf(event.date);
  const conditions: Condition[] = aid.quartersBeforeBirth.value.map((before) => {
    const quarter = addQuarters(birthQuarter, -before);
    const fact = quarterFact(facts.contributionQuarters, quarter);
    const params = { quarter: `${quarter.year}-Q${quarter.index}`, category: fact?.category ?? '' };
    if (fact?.category === 'helping-spouse')
      return unknown(explain('maternityAid.category', 'rights.common.checkMaxiStatus', params, aid.categories));
    if (fact !== undefined && aid.categories.value.includes(fact.category))
      return met(explain('maternityAid.category', 'rights.maternityAid.categoryQualifies', params, aid.categories));
    if (fact !== undefined && aid.categoriesIfMainLevel.value.includes(fact.category))
      return unknown(
        explain('maternityAid.category', 'rights.maternityAid.checkMainLevel', params, aid.categoriesIfMainLevel),
      );
    return failed(explain('maternityAid.category', 'rights.maternityAid.categoryFails', params, aid.categories));
  });
  const value = figures.value;
  return finishAssessment(facts, {
    right: 'maternity-aid',
    event,
    conditions: [...conditions, ...value.lines.map(met)],
    amount: {
      kind: 'service-vouchers',
      count: value.vouchers,
      usableFrom: value.usableFrom,
      usableUntil: value.usableUntil,
    },
    nextStep: {
      messageKey: NEXT_STEP_KEYS[`${value.isFundInitiative}`],
      deadline: value.usableFrom,
    },
    isFundInitiative: value.isFundInitiative,
  });
}

/**
 * Assimilation for illness (RSVZ): at least 90 days self-employed (the quarter before the first
 * assimilated quarter paid), in a qualifying category, and, from outside the case file, the
 * mutuality's recognition (at least 66 %) and a full stop of the activity: those two stay to check.
 */
export function assessIllnessAssimilation(facts: RightsFacts, event: LifeEvent): RightAssessment {
  const rules = benefitRulesFor(event.date);
  if (rules === undefined) return rulesMissing(facts, 'illness-assimilation', event, event.date);
  const illness = rules.illnessAssimilation;
  const end = facts.events
    .filter((candidate) => candidate.kind === 'incapacity-end' && candidate.date >= event.date)
    .reduce<LifeEvent | null>(
      (first, candidate) => (first === null || candidate.date < first.date ? candidate : first),
      null,
    );
  const start = assimilationStartQuarter(event.date);
  const before = quarterFact(facts.contributionQuarters, addQuarters(start, -1));
  const selfEmployedSince = addDays(event.date, -illness.minimumSelfEmployedDays.value);
  const isLongEnough = facts.affiliations.some(
    (affiliation) =>
      illness.categories.value.includes(affiliation.category) &&
      affiliation.startDate <= selfEmployedSince &&
      (affiliation.endDate === null || affiliation.endDate >= event.date),
  );
  const quarters = illnessAssimilationQuarters(event.date, end === null ? null : end.date, facts.asOf);
  const conditions: Condition[] = [
    (isLongEnough ? met : failed)(
      explain(
        'illness.selfEmployedDays',
        isLongEnough ? 'rights.illness.longEnough' : 'rights.illness.tooShort',
        { days: illness.minimumSelfEmployedDays.value },
        illness.minimumSelfEmployedDays,
      ),
    ),
    (before === undefined ? unknown : before.isPaid ? met : failed)(
      explain(
        'illness.previousQuarter',
        before === undefined
          ? 'rights.illness.previousQuarterUnknown'
          : before.isPaid
            ? 'rights.illness.previousQuarterPaid'
            : 'rights.illness.previousQuarterUnpaid',
        { quarter: `${addQuarters(start, -1).year}-Q${addQuarters(start, -1).index}` },
        illness.minimumSelfEmployedDays,
      ),
    ),
    unknown(
      explain(
        'illness.recognition',
        'rights.illness.checkRecognition',
        { minimumPpm: illness.minimumIncapacity.value },
        illness.minimumIncapacity,
      ),
    ),
    unknown(explain('illness.stop', 'rights.illness.checkFullStop', {}, illness.endRule)),
    met(
      explain(
        'illness.quarters',
        end === null ? 'rights.illness.quartersSoFar' : 'rights.illness.quarters',
        {
          first: quarters[0] ?? '',
          last: quarters[quarters.length - 1] ?? '',
          count: quarters.length,
          from: quarterStart(start),
        },
        illness.startRule,
      ),
    ),
  ];
  return finishAssessment(facts, {
    right: 'illness-assimilation',
    event,
    conditions,
    amount: { kind: 'assimilated-quarters', quarters },
    nextStep: { messageKey: 'rights.nextStep.applyWithCertificate', deadline: null },
    isFundInitiative: false,
  });
}
