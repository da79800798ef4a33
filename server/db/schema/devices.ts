import { bigint, index, pgTable, text, timestamp, primaryKey } from 'drizzle-orm/pg-core';

/** An enrolled device. Only a hash of its secret is kept: a database leak does not leak credentials. */
export const devices = pgTable('devices', {
  id: text('id').primaryKey(),
  branchId: text('branch_id').notNull(),
  name: text('name').notNull(),
  secretHash: text('secret_hash').notNull(),
  enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  /**
   * Pushes applied from this device, counted in the push's transaction: a page read ahead for it
   * (server/sync/read-ahead.ts) is only served while this has not changed, whichever instance took the push.
   */
  pushCount: bigint('push_count', { mode: 'number' }).notNull().default(0),
  /**
   * `revoke --wipe`: at its next call the device is told to erase its data instead of being refused
   * silently; it confirms once done (wipeConfirmedAt). Only set together with revokedAt.
   */
  wipeRequestedAt: timestamp('wipe_requested_at', { withTimezone: true }),
  wipeConfirmedAt: timestamp('wipe_confirmed_at', { withTimezone: true }),
  /**
   * The device's database key wrapped with head office's escrow public key (RSA-OAEP-SHA256, base64):
   * only the offline private key opens it (`recover-key`). Head office never holds the key itself.
   */
  escrowedKey: text('escrowed_key'),
  /** SHA-256 of the escrow public key (DER) the key was wrapped for: which private key opens it. */
  escrowKeyId: text('escrow_key_id'),
  keyEscrowedAt: timestamp('key_escrowed_at', { withTimezone: true }),
});

/** One-time enrolment codes issued at head office (`enrol --branch X`), stored hashed. */
export const enrolmentCodes = pgTable('enrolment_codes', {
  codeHash: text('code_hash').primaryKey(),
  branchId: text('branch_id').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  usedByDevice: text('used_by_device'),
});

/** Case files assigned to a device beyond its branch (a field advisor covering another office). */
export const assignments = pgTable(
  'assignments',
  {
    deviceId: text('device_id').notNull(),
    rootId: text('root_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.deviceId, table.rootId] }), index('assignments_root').on(table.rootId)],
);
