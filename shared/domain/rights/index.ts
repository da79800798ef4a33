export * from './types';
export { assessRights } from './assess';
export { finishAssessment, statusOf } from './assessment';
export type { Condition } from './assessment';
export {
  amountStepOn,
  bridgingRightFigures,
  bridgingRightSchedule,
  careerMaximumMonths,
  monthlyAmountOn,
  partialMonthAmount,
} from './bridging-right';
export type { BridgingRightFigures, BridgingRightRequest, BridgingRightScheduleRequest } from './bridging-right';
export { careerQuartersBefore, paidQuartersBefore, parseQuarterLabel } from './career';
export { continuedInsuranceContribution } from './continued-insurance';
export type { ContinuedInsuranceFigures, ContinuedInsuranceRequest } from './continued-insurance';
export { assimilationStartQuarter, illnessAssimilationQuarters } from './illness-assimilation';
export { maternityAid } from './maternity-aid';
export type { MaternityAidFigures, MaternityAidRequest } from './maternity-aid';
export { hasReachedPensionAge, legalPensionAge } from './pension-age';
export type { LegalPensionAge } from './pension-age';
