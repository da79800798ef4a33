/**
 * Device credentials. A device enrols once with a one-time code issued at head office and receives a
 * random secret; the server keeps only hashes of codes and secrets. The secrets carry 256 bits of
 * entropy, so a single SHA-256 is enough (a slow password hash would only slow every request).
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Queryable, ServerDb } from './db/connection';
import { assignments, devices, enrolmentCodes } from './db/schema';

/** `pushCount`: the device's pushes applied so far (devices.push_count), read with it at each request. */
export type DeviceScope = {
  deviceId: string;
  branchId: string;
  assignedRootIds: ReadonlySet<string>;
  pushCount: number;
};

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_VALIDITY_MS = 7 * 24 * 3600_000;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function readableCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

export async function issueEnrolmentCode(
  db: ServerDb,
  branchId: string,
  now: Date,
): Promise<{ code: string; expiresAt: Date }> {
  const code = readableCode();
  const expiresAt = new Date(now.getTime() + CODE_VALIDITY_MS);
  await db.insert(enrolmentCodes).values({ codeHash: hashSecret(normalizeCode(code)), branchId, expiresAt });
  return { code, expiresAt };
}

function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Consumes a code exactly once, even when two instances receive it at the same moment. */
export async function enrolDevice(
  db: ServerDb,
  code: string,
  deviceName: string,
  now: Date,
): Promise<{ deviceId: string; secret: string; branchId: string } | null> {
  return db.transaction(async (tx) => {
    const deviceId = randomUUID();
    const claimed = await tx
      .update(enrolmentCodes)
      .set({ usedAt: now, usedByDevice: deviceId })
      .where(
        and(
          eq(enrolmentCodes.codeHash, hashSecret(normalizeCode(code))),
          isNull(enrolmentCodes.usedAt),
          gt(enrolmentCodes.expiresAt, now),
        ),
      )
      .returning({ branchId: enrolmentCodes.branchId });
    const branchId = claimed[0]?.branchId;
    if (branchId === undefined) return null;
    const secret = randomBytes(32).toString('base64url');
    await tx.insert(devices).values({ id: deviceId, branchId, name: deviceName, secretHash: hashSecret(secret) });
    return { deviceId, secret, branchId };
  });
}

type DeviceRow = typeof devices.$inferSelect;

/** The device whose secret the header carries, revoked or not; null when unknown or the secret is wrong. */
async function deviceOfToken(db: Queryable, header: string | undefined): Promise<DeviceRow | null> {
  const match = /^Bearer ([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,})$/.exec(header ?? '');
  if (!match) return null;
  const [, deviceId, secret] = match as unknown as [string, string, string];
  const rows = await db.select().from(devices).where(eq(devices.id, deviceId));
  const device = rows[0];
  if (!device) return null;
  const expected = Buffer.from(device.secretHash, 'hex');
  const actual = Buffer.from(hashSecret(secret), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return device;
}

/**
 * The id of a revoked device head office asked to wipe itself, when the header carries its secret:
 * such a device is answered `wipe-required` (and may confirm) instead of a bare refusal.
 */
export async function deviceToWipe(db: Queryable, header: string | undefined): Promise<string | null> {
  const device = await deviceOfToken(db, header);
  return device && device.revokedAt !== null && device.wipeRequestedAt !== null ? device.id : null;
}

/** `Authorization: Bearer <deviceId>.<secret>` → the device's scope, or null. */
export async function authenticate(db: Queryable, header: string | undefined): Promise<DeviceScope | null> {
  const device = await deviceOfToken(db, header);
  if (!device || device.revokedAt !== null) return null;
  const deviceId = device.id;
  const assigned = await db
    .select({ rootId: assignments.rootId })
    .from(assignments)
    .where(eq(assignments.deviceId, deviceId));
  return {
    deviceId,
    branchId: device.branchId,
    assignedRootIds: new Set(assigned.map((row) => row.rootId)),
    pushCount: Number(device.pushCount),
  };
}

export function isInScope(scope: DeviceScope, row: { branchId: string | null; rootId: string | null }): boolean {
  if (row.rootId === null) return true;
  return row.branchId === scope.branchId || scope.assignedRootIds.has(row.rootId);
}

/** Stops a device at its next call (lost or stolen laptop): its secret is refused from now on. False when unknown or already revoked. */
export async function revokeDevice(db: ServerDb, deviceId: string, now: Date): Promise<boolean> {
  const revoked = await db
    .update(devices)
    .set({ revokedAt: now })
    .where(and(eq(devices.id, deviceId), isNull(devices.revokedAt)))
    .returning({ id: devices.id });
  return revoked.length > 0;
}

/**
 * `revoke --device ID --wipe`: refused from now on like a plain revocation, and told at its next call
 * to erase its data. Also applies to a device revoked earlier (a laptop first reported lost, then
 * known stolen). `already` when a wipe was already requested; `unknown` when there is no such device.
 */
export async function requestWipe(
  db: ServerDb,
  deviceId: string,
  now: Date,
): Promise<'requested' | 'already' | 'unknown'> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ revokedAt: devices.revokedAt, wipeRequestedAt: devices.wipeRequestedAt })
      .from(devices)
      .where(eq(devices.id, deviceId))
      .for('update');
    const device = rows[0];
    if (!device) return 'unknown';
    if (device.wipeRequestedAt !== null) return 'already';
    await tx
      .update(devices)
      .set({ revokedAt: device.revokedAt ?? now, wipeRequestedAt: now })
      .where(eq(devices.id, deviceId));
    return 'requested';
  });
}

/** Records the device's confirmation that it erased its data; the first confirmation's time is kept. */
export async function confirmWipe(db: ServerDb, deviceId: string, now: Date): Promise<Date> {
  await db
    .update(devices)
    .set({ wipeConfirmedAt: now })
    .where(and(eq(devices.id, deviceId), isNull(devices.wipeConfirmedAt)));
  const rows = await db.select({ at: devices.wipeConfirmedAt }).from(devices).where(eq(devices.id, deviceId));
  return rows[0]?.at ?? now;
}

/** Stores the device's wrapped database key (replacing an earlier one: a device re-keyed, or the same sent again). */
export async function storeEscrowedKey(
  db: ServerDb,
  deviceId: string,
  escrow: { wrappedKey: string; escrowKeyId: string },
  now: Date,
): Promise<void> {
  await db
    .update(devices)
    .set({ escrowedKey: escrow.wrappedKey, escrowKeyId: escrow.escrowKeyId, keyEscrowedAt: now })
    .where(eq(devices.id, deviceId));
}

/** The wrapped key a device escrowed, or null when it has none (or there is no such device). */
export async function readEscrowedKey(
  db: ServerDb,
  deviceId: string,
): Promise<{ wrappedKey: string; escrowKeyId: string; escrowedAt: Date } | null> {
  const rows = await db
    .select({ wrappedKey: devices.escrowedKey, escrowKeyId: devices.escrowKeyId, escrowedAt: devices.keyEscrowedAt })
    .from(devices)
    .where(eq(devices.id, deviceId));
  const row = rows[0];
  if (!row || row.wrappedKey === null || row.escrowKeyId === null || row.escrowedAt === null) return null;
  return { wrappedKey: row.wrappedKey, escrowKeyId: row.escrowKeyId, escrowedAt: row.escrowedAt };
}

export type DeviceListing = {
  id: string;
  name: string;
  branchId: string;
  enrolledAt: Date;
  revokedAt: Date | null;
  wipeRequestedAt: Date | null;
  wipeConfirmedAt: Date | null;
  keyEscrowedAt: Date | null;
  assignedCaseFiles: number;
};

/** Enrolled devices, of one branch or all, with how many case files are assigned to each beyond its branch. */
export async function listDevices(db: ServerDb, branchId?: string): Promise<DeviceListing[]> {
  const rows = await db
    .select({
      id: devices.id,
      name: devices.name,
      branchId: devices.branchId,
      enrolledAt: devices.enrolledAt,
      revokedAt: devices.revokedAt,
      wipeRequestedAt: devices.wipeRequestedAt,
      wipeConfirmedAt: devices.wipeConfirmedAt,
      keyEscrowedAt: devices.keyEscrowedAt,
      assignedCaseFiles:
        sql<number>`(SELECT count(*) FROM ${assignments} WHERE ${assignments.deviceId} = ${devices.id})`.mapWith(
          Number,
        ),
    })
    .from(devices)
    .where(branchId === undefined ? undefined : eq(devices.branchId, branchId))
    .orderBy(devices.branchId, devices.enrolledAt);
  return rows;
}
