/**
 * Which problems to show under which field. The shared validators run while the advisor types
 * (same checks as the services, so nothing surprises at "next"); a required field left empty is
 * only flagged once touched or after a "next", so a new form does not open covered in red.
 */
import { fundDay } from '../../../shared/domain/fund-day';
import type { IntakeDraftDto, IntakeStep } from '../../../shared/contract/channels/intake';
import type { IntakeIssue } from '../../../shared/domain/intake/validate';
import {
  validateActivity,
  validateCompany,
  validateIdentity,
  validateSpouse,
} from '../../../shared/domain/intake/validate';
import type { StepForms } from './step-forms';

export type FieldErrors = Record<string, string>;

/** Local checks of one step; mandates and directors depend on the database and come from the services. */
export function localIssues(step: IntakeStep, forms: StepForms, draft: IntakeDraftDto): IntakeIssue[] | null {
  switch (step) {
    case 'identity':
      return validateIdentity(forms.identity);
    case 'activity':
      return validateActivity(
        forms.activity,
        fundDay(new Date()),
        forms.identity.birthDate || draft.forms.identity?.birthDate || undefined,
      );
    case 'spouse':
      return validateSpouse(forms.spouse, forms.activity.category, forms.identity.niss);
    case 'company':
      return validateCompany(forms.company);
    default:
      return null;
  }
}

/** Field errors of a step, keyed by the path without the step (`niss`, `0.enterpriseNumber`). */
export function fieldErrors(
  step: IntakeStep,
  issues: readonly IntakeIssue[],
  touched: ReadonlySet<string>,
  isSubmitted: boolean,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (issue.path !== step && !issue.path.startsWith(`${step}.`)) continue;
    const field = issue.path === step ? '' : issue.path.slice(step.length + 1);
    const isEmptyRequired = issue.messageKey === 'validation.intake.required' || issue.messageKey.endsWith('.empty');
    if (isEmptyRequired && !isSubmitted && !touched.has(field)) continue;
    errors[field] ??= issue.messageKey;
  }
  return errors;
}
