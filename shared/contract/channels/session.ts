/**
 * Advisor sign-in: local sign-in with a password checked against an scrypt hash
 * on this device (works offline), roles, and the screen lock after inactivity. Every change a
 * service writes carries the signed-in advisor; without one, the services refuse with `unauthorized`.
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import { idSchema } from './common';
import { singleLineText } from '../text';
import { advisorRoles } from '../fixed-lists';

export { advisorRoles };
export const advisorRoleSchema = z.enum(advisorRoles);
export type AdvisorRole = z.infer<typeof advisorRoleSchema>;

export const advisorSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  role: advisorRoleSchema,
  branch: z.object({ id: idSchema, code: z.string(), name: z.string() }),
});
export type AdvisorDto = z.infer<typeof advisorSchema>;

/**
 * The session of this window. `isLocked`: the screen is locked (inactivity or on request); the
 * advisor stays signed in but every channel except `session.*` refuses until `session.unlock`.
 */
export const sessionSchema = z.object({
  advisor: advisorSchema,
  signedInAt: z.string(),
  isLocked: z.boolean(),
  /** Minutes of inactivity after which the services lock the session by themselves. */
  lockAfterMinutes: z.number().int().positive(),
});
export type SessionDto = z.infer<typeof sessionSchema>;

const usernameSchema = singleLineText({ max: 100 }).trim().min(1, { error: 'validation.session.usernameRequired' });
// A password is never stored, shown or logged, only hashed: any character may be part of it.
const passwordSchema = z.string().min(1, { error: 'validation.session.passwordRequired' }).max(200);

export const sessionChannels = {
  /** The current session, or null when nobody is signed in. Refreshes the inactivity lock state. */
  'session.current': { input: z.object({}), output: sessionSchema.nullable() },
  /** Refused with `unauthorized` / `errors.session.badCredentials` (same message for both wrong username and password). */
  'session.signIn': { input: z.object({ username: usernameSchema, password: passwordSchema }), output: sessionSchema },
  'session.signOut': { input: z.object({}), output: z.null() },
  /** The renderer calls this after its own inactivity timer, or on Ctrl+L. */
  'session.lock': { input: z.object({}), output: sessionSchema.nullable() },
  /** Only the signed-in advisor's password unlocks; refused with `errors.session.badCredentials`. */
  'session.unlock': { input: z.object({ password: passwordSchema }), output: sessionSchema },
  /** The advisors of this device's database, for the sign-in screen (no sign-in needed). */
  'advisor.list': { input: z.object({}), output: z.array(advisorSchema) },
} as const satisfies ChannelGroup;
