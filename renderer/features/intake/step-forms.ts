/** The forms of every step with the contract's defaults, from a saved draft. */
import {
  activityFormSchema,
  companyFormSchema,
  directorsFormSchema,
  identityFormSchema,
  mandatesFormSchema,
  spouseFormSchema,
  type ActivityForm,
  type CompanyForm,
  type IdentityForm,
  type IntakeDraftDto,
  type IntakeStep,
  type MandateForm,
  type SpouseForm,
} from '../../../shared/contract/channels/intake';
import { parseNiss } from '../../../shared/domain/identifiers/niss';

export type DirectorForm = {
  niss: string;
  role: 'director' | 'manager' | 'partner';
  startDate: string;
  isJointlyLiable: boolean;
};

export type StepForms = {
  identity: IdentityForm;
  activity: ActivityForm;
  spouse: SpouseForm;
  mandates: { mandates: MandateForm[] };
  company: CompanyForm;
  directors: { directors: DirectorForm[] };
};

export function formsOf(draft: IntakeDraftDto): StepForms {
  const identity = identityFormSchema.parse(draft.forms.identity ?? {});
  // The NISS already says the birth date and the sex: fill them in while the form is still empty.
  const niss = parseNiss(identity.niss);
  if (niss.ok) {
    if (identity.birthDate === '' && niss.value.birthDate) identity.birthDate = niss.value.birthDate;
    if (identity.sex === '' && niss.value.sex) identity.sex = niss.value.sex;
  }
  return {
    identity,
    activity: activityFormSchema.parse(draft.forms.activity ?? {}),
    spouse: spouseFormSchema.parse(draft.forms.spouse ?? {}),
    mandates: mandatesFormSchema.parse(draft.forms.mandates ?? {}),
    company: companyFormSchema.parse(draft.forms.company ?? {}),
    directors: directorsFormSchema.parse(draft.forms.directors ?? {}),
  };
}

export type SavableStep = Exclude<IntakeStep, 'review'>;

export function stepPayload(step: SavableStep, forms: StepForms) {
  switch (step) {
    case 'identity':
      return { step, form: forms.identity } as const;
    case 'activity':
      return { step, form: forms.activity } as const;
    case 'spouse':
      return { step, form: forms.spouse } as const;
    case 'mandates':
      return { step, form: forms.mandates } as const;
    case 'company':
      return { step, form: forms.company } as const;
    case 'directors':
      return { step, form: forms.directors } as const;
  }
}
