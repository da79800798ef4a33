/**
 * Fixed lists of the contract that the renderer's first screen needs as values, without zod: the
 * schemas are built from them (schemas.ts, channels/), and the renderer's entry imports them from
 * here so that zod loads with the pages that validate, not before the sign-in screen.
 */
export const languages = ['fr', 'nl', 'de'] as const;

/** The one list of roles: the database column, the session and the access rules derive from it. */
export const advisorRoles = ['advisor', 'back-office', 'branch-manager'] as const;
type AdvisorRole = (typeof advisorRoles)[number];

/** Who hands a debt over to judicial recovery and follows it up: not the counter. */
export const recoveryRoles = ['back-office', 'branch-manager'] as const satisfies readonly AdvisorRole[];

/** Who works the unmatched queue (head office checks the same role on its side). */
export const unmatchedQueueRoles = ['back-office'] as const satisfies readonly AdvisorRole[];

/** Who steers a branch: its manager, and the back office that runs its recovery and mailings. */
export const dashboardRoles = ['branch-manager', 'back-office'] as const satisfies readonly AdvisorRole[];
