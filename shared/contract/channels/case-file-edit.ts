/**
 * Correcting a person's identity and contact details at the counter (name, language, e-mail, phone,
 * IBAN, address). Identity and IBAN are protected fields for sync (shared/sync/policy.ts): a concurrent change
 * elsewhere becomes a conflict for an advisor, never a silent overwrite. The edit is optimistic: it
 * names the row version it was made on, and a stale one is refused with `errors.staleVersion`.
 */
import { z } from 'zod';
import { caseFileSummarySchema, languageSchema, type ChannelGroup } from '../schemas';
import { idSchema } from './common';
import { addressFieldsSchema } from './situation';
import { singleLineText } from '../text';

export const personChangesSchema = z
  .object({
    lastName: singleLineText({ max: 100 }).trim().min(1, { error: 'validation.person.lastNameRequired' }),
    firstName: singleLineText({ max: 100 }).trim().min(1, { error: 'validation.person.firstNameRequired' }),
    language: languageSchema,
    email: z.email({ error: 'validation.person.email' }).max(200).nullable(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ./()-]{6,25}$/, { error: 'validation.person.phone' })
      .nullable(),
    /** Checked with the mod-97 rule and the National Bank's bank codes by the service (validation.iban.*). */
    iban: singleLineText({ max: 42 }).trim().nullable(),
    /** A new address: filed as a move from today, the same change as the change-of-situation screen's. */
    address: addressFieldsSchema,
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, { error: 'validation.person.noChange' });
export type PersonChanges = z.infer<typeof personChangesSchema>;

export const caseFileEditChannels = {
  /** Changes some fields of a person; answers the refreshed summary. Audited, queued for head office. */
  'caseFile.updatePerson': {
    input: z.object({ id: idSchema, rowVersion: z.number().int().positive(), changes: personChangesSchema }),
    output: caseFileSummarySchema,
  },
} as const satisfies ChannelGroup;
