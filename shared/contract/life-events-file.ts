/**
 * One line of head office's life-events file (JSON Lines): the NISS of the person, the kind of event,
 * its date and its authentic source; a cessation names its ground, a birth may be a stillbirth.
 */
import { z } from 'zod';
import { parseNiss } from '../domain/identifiers/niss';
import { cessationGrounds, lifeEventKinds } from '../domain/rights/types';
import { singleLineText } from './text';

export const lifeEventLineSchema = z
  .object({
    niss: z.string().refine((value) => parseNiss(value).ok, { error: 'invalid NISS' }),
    kind: z.enum(lifeEventKinds),
    date: z.iso.date(),
    source: singleLineText({ max: 200 }).trim().min(1),
    cessationGround: z.enum(cessationGrounds).optional(),
    isStillbirth: z.boolean().optional(),
    hasFamilyCharge: z.boolean().optional(),
  })
  .strict()
  .refine((line) => (line.kind === 'cessation') === (line.cessationGround !== undefined), {
    error: 'cessationGround is required for a cessation and only for it',
    path: ['cessationGround'],
  })
  .refine((line) => line.isStillbirth !== true || line.kind === 'birth', {
    error: 'isStillbirth only for a birth',
    path: ['isStillbirth'],
  });
export type LifeEventLine = z.infer<typeof lifeEventLineSchema>;
