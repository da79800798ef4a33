/**
 * Changes head office refused for good, as the advisor settles them: "discard" gives one up for good.
 * The outbox record stays (mutation ids and the device's clock are read from the outbox, and its
 * history must not have holes); it is marked as settled so it is never sent, and an audit line names
 * the advisor, the change and head office's reason, in the same transaction.
 */
import type { GuichetDb } from '../connection';

export type Discarding = { mutationId: string; advisorId: string; deviceId: string; at: string };

type RefusedRow = {
  outbox_seq: number;
  code: string;
  entity: string;
  entity_id: string;
  operation: string;
  changed_fields: string;
  payload: string;
};

/** False when the change is not in the refused list (discarded or sent again meanwhile). */
export function discardRejected(db: GuichetDb, discarding: Discarding): boolean {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    const refused = sqlite
      .prepare<[string], RefusedRow>(
        `SELECT r.outbox_seq, r.code, o.entity, o.entity_id, o.operation, o.changed_fields, o.payload
         FROM sync_rejections r JOIN outbox o ON o.seq = r.outbox_seq WHERE r.mutation_id = ?`,
      )
      .get(discarding.mutationId);
    if (!refused) return false;
    sqlite.prepare('DELETE FROM sync_rejections WHERE outbox_seq = ?').run(refused.outbox_seq);
    sqlite.prepare('UPDATE outbox SET pushed_at = ? WHERE seq = ?').run(discarding.at, refused.outbox_seq);
    sqlite
      .prepare(
        `INSERT INTO audit_log (id, at, advisor_id, device_id, entity, entity_id, operation, fields, before, after, mutation_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        `${discarding.mutationId}/discarded`,
        discarding.at,
        discarding.advisorId,
        discarding.deviceId,
        refused.entity,
        refused.entity_id,
        refused.operation,
        refused.changed_fields,
        null,
        JSON.stringify({ discardedChange: JSON.parse(refused.payload) as unknown, refusal: refused.code }),
        discarding.mutationId,
      );
    return true;
  })();
}
