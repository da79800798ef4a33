/**
 * A device that has not reached head office for a while locks itself until it syncs: a laptop lost
 * with nobody reporting it, or kept offline on purpose, stops serving its data after the fund's delay.
 * Pure: the last contact and "now" are given.
 */

const MS_PER_DAY = 86_400_000;

/** The fund's delay when it set none. */
export const DEFAULT_OFFLINE_LOCK_DAYS = 30;

export type OfflineLock = { isLocked: boolean; daysWithoutContact: number };

/**
 * Locked once `lockAfterDays` whole days have passed since `lastContactAt` (an ISO instant). No
 * contact known (a device not enrolled, working alone) never locks. A clock set back before the
 * last contact counts as no time passed.
 */
export function offlineLockOf(lastContactAt: string | null, now: Date, lockAfterDays: number): OfflineLock | null {
  if (lastContactAt === null) return null;
  const elapsed = Math.max(0, now.getTime() - Date.parse(lastContactAt));
  const daysWithoutContact = Math.floor(elapsed / MS_PER_DAY);
  return { isLocked: daysWithoutContact >= lockAfterDays, daysWithoutContact };
}
