/**
 * `revoke --device ID [--wipe]` and the lines of `devices`: what head office's device administration
 * prints. Ids, dates and counts only, never personal data.
 */
import { requestWipe, revokeDevice, type DeviceListing } from './auth';
import type { ServerDb } from './db/connection';

/** Plain `revoke` refuses the device from its next call; `--wipe` also tells it to erase its data then. */
export async function revokeCommand(db: ServerDb, deviceId: string, isWipe: boolean, now: Date): Promise<string> {
  if (!isWipe)
    return (await revokeDevice(db, deviceId, now))
      ? `device ${deviceId} revoked`
      : `device ${deviceId}: unknown or already revoked`;
  const outcome = await requestWipe(db, deviceId, now);
  if (outcome === 'unknown') return `device ${deviceId}: unknown`;
  if (outcome === 'already') return `device ${deviceId}: wipe already requested`;
  return `device ${deviceId} revoked; it erases its data at its next contact and confirms (see \`devices\`)`;
}

export function deviceLine(device: DeviceListing): string {
  const state = device.revokedAt ? `revoked ${device.revokedAt.toISOString()}` : 'active';
  const wipe = device.wipeConfirmedAt
    ? `  wipe confirmed ${device.wipeConfirmedAt.toISOString()}`
    : device.wipeRequestedAt
      ? `  wipe requested ${device.wipeRequestedAt.toISOString()}`
      : '';
  const escrow = device.keyEscrowedAt ? `  key escrowed ${device.keyEscrowedAt.toISOString()}` : '';
  return `${device.id}  branch ${device.branchId}  ${JSON.stringify(device.name)}  enrolled ${device.enrolledAt.toISOString()}  ${state}${wipe}${escrow}  ${device.assignedCaseFiles} assigned`;
}
