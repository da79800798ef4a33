/**
 * The affiliation intake wizard. Person first (NISS lookup: an existing person
 * opens their file, an unknown one starts a draft), then category and start date with their
 * consequences, helping-spouse link, company mandates; or a company intake. Every step is saved as
 * a draft (a synced row, so it survives a crash or a restart and is audited), validation runs on each
 * save and comes back as issues (translation keys), never as a refusal: a half-typed form is saved
 * as typed. `intake.complete` refuses while issues remain.
 *
 * Forms carry what the advisor typed (strings); the service parses them. The same checks run in the
 * renderer while typing through validateIdentity / validateActivity / validateSpouse / validateMandates /
 * validateCompany / validateDirectors (shared/domain/intake/validate.ts), which return the same issues.
 */
import { z } from 'zod';
import { languageSchema, type ChannelGroup } from '../schemas';
import { caseFileRefSchema, centsSchema, explanationLineSchema, idSchema, issueSchema } from './common';
import { singleLineText } from '../text';

export const personIntakeSteps = ['identity', 'activity', 'spouse', 'mandates', 'review'] as const;
export const companyIntakeSteps = ['company', 'directors', 'review'] as const;
export const intakeStepSchema = z.enum([
  'identity',
  'activity',
  'spouse',
  'mandates',
  'company',
  'directors',
  'review',
]);
export type IntakeStep = z.infer<typeof intakeStepSchema>;

const text = (max = 200) => singleLineText({ max, tooLongKey: 'validation.intake.tooLong' }).default('');
const languageField = languageSchema.default('fr');

export const identityFormSchema = z.object({
  niss: text(20),
  lastName: text(),
  firstName: text(),
  birthDate: text(10),
  sex: z.enum(['M', 'F', '']).default(''),
  language: languageField,
  email: text(),
  phone: text(30),
  iban: text(40),
  street: text(),
  houseNumber: text(20),
  box: text(20),
  postalCode: text(10),
  municipality: text(),
});
export type IdentityForm = z.infer<typeof identityFormSchema>;

export const intakeCategories = ['main', 'complementary', 'helping-spouse', 'student', 'active-pensioner'] as const;
export const activityFormSchema = z.object({
  category: z.enum([...intakeCategories, '']).default(''),
  startDate: text(10),
  isPrimoStarter: z.boolean().default(false),
  /** Optional estimate of the year's income, in cents (starter: a basis above the minimum). */
  estimatedIncomeCents: centsSchema.nonnegative().nullable().default(null),
});
export type ActivityForm = z.infer<typeof activityFormSchema>;

/** Helping spouse (conjoint aidant): required when the category is helping-spouse. */
export const spouseFormSchema = z.object({
  hasPartner: z.boolean().default(false),
  relation: z.enum(['assists', 'assisted-by', '']).default(''),
  partnerNiss: text(20),
});
export type SpouseForm = z.infer<typeof spouseFormSchema>;

/** A company mandate; an unknown company is created from name, legal form and balance-sheet class. */
export const mandateFormSchema = z.object({
  enterpriseNumber: text(20),
  role: z.enum(['director', 'manager', 'partner']).default('director'),
  startDate: text(10),
  isJointlyLiable: z.boolean().default(false),
  companyName: text(),
  legalForm: text(40),
  balanceSheetClass: z.enum(['small', 'large', '']).default(''),
});
export type MandateForm = z.infer<typeof mandateFormSchema>;
export const mandatesFormSchema = z.object({ mandates: z.array(mandateFormSchema).max(20).default([]) });

export const companyFormSchema = z.object({
  enterpriseNumber: text(20),
  name: text(),
  legalForm: text(40),
  balanceSheetClass: z.enum(['small', 'large', '']).default(''),
  language: languageField,
  startDate: text(10),
  street: text(),
  houseNumber: text(20),
  box: text(20),
  postalCode: text(10),
  municipality: text(),
});
export type CompanyForm = z.infer<typeof companyFormSchema>;

export const directorFormSchema = z.object({
  niss: text(20),
  role: z.enum(['director', 'manager', 'partner']).default('director'),
  startDate: text(10),
  isJointlyLiable: z.boolean().default(true),
});
export const directorsFormSchema = z.object({ directors: z.array(directorFormSchema).max(20).default([]) });

/** All forms of a draft; a step not visited yet is null. */
export const intakeFormsSchema = z.object({
  identity: identityFormSchema.nullable().default(null),
  activity: activityFormSchema.nullable().default(null),
  spouse: spouseFormSchema.nullable().default(null),
  mandates: mandatesFormSchema.nullable().default(null),
  company: companyFormSchema.nullable().default(null),
  directors: directorsFormSchema.nullable().default(null),
});
export type IntakeForms = z.infer<typeof intakeFormsSchema>;

export const stepPayloadSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('identity'), form: identityFormSchema }),
  z.object({ step: z.literal('activity'), form: activityFormSchema }),
  z.object({ step: z.literal('spouse'), form: spouseFormSchema }),
  z.object({ step: z.literal('mandates'), form: mandatesFormSchema }),
  z.object({ step: z.literal('company'), form: companyFormSchema }),
  z.object({ step: z.literal('directors'), form: directorsFormSchema }),
]);

export const duplicateSchema = z.object({
  kind: z.enum(['person', 'company']),
  id: idSchema,
  displayName: z.string(),
  identifier: z.string(),
  birthDate: z.string().nullable(),
  /** Why it looks like the same: same identifier, same name and birth date, or an open draft for it. */
  reason: z.enum(['same-identifier', 'same-name-and-birth-date', 'same-name', 'open-draft']),
});

export const intakeDraftSchema = z.object({
  id: idSchema,
  kind: z.enum(['person', 'company']),
  /** The step to resume at. */
  step: intakeStepSchema,
  forms: intakeFormsSchema,
  /** Every problem of every step visited, with the path `step.field` and a translation key. */
  issues: z.array(issueSchema),
  /** What the chosen category and start date mean (starter, primo-starter, floors, student thresholds…). */
  consequences: z.array(explanationLineSchema),
  status: z.enum(['open', 'completed', 'discarded']),
  /** Display label for the drafts list: name typed so far, or the identifier. */
  label: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  advisorId: z.string().nullable(),
  rowVersion: z.number().int(),
});
export type IntakeDraftDto = z.infer<typeof intakeDraftSchema>;

export const intakeChannels = {
  /**
   * Person or company first: validates the identifier (`validation` with `identifiers.niss.*` /
   * `identifiers.enterpriseNumber.*`); a known one returns its case file, an open draft for the same
   * identifier is resumed, otherwise a new draft starts at the first step.
   */
  'intake.start': {
    input: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('person'),
        niss: singleLineText({ max: 20 }).trim().min(1, { error: 'validation.intake.nissRequired' }),
      }),
      z.object({
        kind: z.literal('company'),
        enterpriseNumber: singleLineText({ max: 20 })
          .trim()
          .min(1, { error: 'validation.intake.enterpriseNumberRequired' }),
      }),
    ]),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('existing'), caseFile: caseFileRefSchema.extend({ displayName: z.string() }) }),
      z.object({ status: z.literal('draft'), draft: intakeDraftSchema, isResumed: z.boolean() }),
    ]),
  },
  /** Saves one step as typed and moves to `nextStep` (default: stays). Never refuses a half-typed form. */
  'intake.saveStep': {
    input: z.object({
      draftId: idSchema,
      payload: stepPayloadSchema,
      nextStep: intakeStepSchema.optional(),
      rowVersion: z.number().int().optional(),
    }),
    output: intakeDraftSchema,
  },
  'intake.get': { input: z.object({ draftId: idSchema }), output: intakeDraftSchema },
  /** Open drafts of this device, newest first: what the wizard offers to resume after a restart. */
  'intake.listDrafts': { input: z.object({}), output: z.array(intakeDraftSchema) },
  'intake.checkDuplicates': { input: z.object({ draftId: idSchema }), output: z.array(duplicateSchema) },
  /**
   * Creates the case file in one transaction: person (or company), address, affiliation with its
   * category period, spouse link, mandates, the year's provisional contribution schedule, follow-up
   * tasks and the affiliation-confirmation letter in the letters queue. Refused with `validation`
   * (details.issues) while the draft has issues, `conflict` / `errors.intake.duplicate` when the
   * identifier was taken meanwhile.
   */
  'intake.complete': {
    input: z.object({ draftId: idSchema }),
    output: z.object({
      caseFile: caseFileRefSchema,
      affiliationId: idSchema.nullable(),
      contributionIds: z.array(idSchema),
      taskIds: z.array(idSchema),
      letterId: idSchema,
    }),
  },
  'intake.discard': { input: z.object({ draftId: idSchema }), output: intakeDraftSchema },
} as const satisfies ChannelGroup;
