/**
 * A device whose clock runs a day ahead, against a real head office (Fastify on PGlite, and on the
 * local PostgreSQL when it answers): head office refuses its changes (as designed), so the device
 * holds them, queued; it keeps pulling what other devices change, and the status says why. Once the
 * clock is set right, the held changes go at the next round, their stamps pulled back to head
 * office's time.
 */
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { syncStatusSchema } from '../../shared/contract/channels/sync';
import { MAX_CLOCK_SKEW_MS, syncPaths } from '../../shared/contract/sync-protocol';
import { parseHlc } from '../../shared/sync/hlc';
import { persons } from '../../db/schema';
import { toStatusDto } from '../../electron/services/sync/sync.handlers';
import { createSyncService } from '../../electron/services/sync/sync-service';
import type { SyncTransport } from '../../electron/services/sync/transport';
import { createDevice, newPerson, type TestDevice } from '../server/devices';
import { deviceIdOf, useHeadOffice } from '../server/head-office-suite';
import { isPostgresReachable, type Backend } from '../server/harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const day = 24 * 3600_000;

function hasPerson(device: TestDevice, id: string): boolean {
  return device.db.select({ id: persons.id }).from(persons).where(eq(persons.id, id)).get() !== undefined;
}

describe.each(backends)('a device whose clock runs a day ahead, on %s', (backend) => {
  const headOffice = useHeadOffice(backend);

  it('keeps pulling, holds its pushes and says why; they go once the clock is right', async () => {
    let offsetMs = 0;
    const deviceNow = (): Date => new Date(Date.now() + offsetMs);
    const paths: string[] = [];
    const recorded: SyncTransport = (path, body, token, signal) => {
      paths.push(path);
      return headOffice.transport(path, body, token, signal);
    };
    const device = await createDevice(headOffice.database.db, headOffice.transport, 'branch-a', {
      name: 'ahead',
      now: deviceNow,
    });
    const other = await headOffice.device('branch-a', 'other');
    const mutationsOfDevice = `mutations WHERE device_id = '${deviceIdOf(device)}'`;
    const service = createSyncService({ db: device.db, transport: recorded, now: deviceNow });
    try {
      // The clock jumps a day ahead; a change is made with it.
      offsetMs = day;
      newPerson(device, 'branch-a');
      const fromOther = newPerson(other, 'branch-a');
      await other.sync();

      // First round: head office refuses the push (it tells its time), the pull goes on.
      let status = await service.syncNow();
      expect(hasPerson(device, fromOther.id), "the other device's change arrived").toBe(true);
      expect(await headOffice.count(mutationsOfDevice)).toBe(0);
      expect(status).toMatchObject({ pendingCount: 1, isPushHeld: true, isClockWrong: true, lastError: 'clock-skew' });
      expect(Math.abs((status.clockSkewMs as number) + day)).toBeLessThan(5_000);
      // Not a failed round: the scheduler keeps its interval, no backoff.
      expect(status.consecutiveFailures).toBe(0);

      // Next round: the clock is known to be wrong; it pulls (measuring again) and sends nothing.
      const later = newPerson(other, 'branch-a');
      await other.sync();
      paths.length = 0;
      status = await service.syncNow();
      expect(hasPerson(device, later.id)).toBe(true);
      expect(paths).not.toContain(syncPaths.push);
      expect(await headOffice.count(mutationsOfDevice)).toBe(0);
      const dto = syncStatusSchema.parse(toStatusDto(status));
      expect(dto).toMatchObject({
        isPushHeld: true,
        isClockWrong: true,
        isOnline: true,
        pendingCount: 1,
        lastErrorKey: 'sync.errors.clockSkew',
      });
      console.log(
        `clock a day ahead on ${backend}: status channel ${JSON.stringify({
          isPushHeld: dto.isPushHeld,
          isClockWrong: dto.isClockWrong,
          clockSkewMs: dto.clockSkewMs,
          pendingCount: dto.pendingCount,
          lastErrorKey: dto.lastErrorKey,
        })}; requests of the held round: ${paths.join(' ')}`,
      );

      // The clock is set right: the held change goes at the next round.
      offsetMs = 0;
      status = await service.syncNow();
      expect(status).toMatchObject({ pendingCount: 0, isPushHeld: false, isClockWrong: false, lastError: null });
      expect(await headOffice.count(mutationsOfDevice)).toBe(1);
      // Stamped a day ahead on the device, the change is stamped no later than head office accepts.
      const stamps = (await headOffice.database.db.execute(
        sql.raw(`SELECT hlc FROM ${mutationsOfDevice}`),
      )) as unknown as {
        rows: { hlc: string }[];
      };
      for (const { hlc } of stamps.rows)
        expect(parseHlc(hlc).wallMs).toBeLessThanOrEqual(Date.now() + MAX_CLOCK_SKEW_MS);
    } finally {
      service.stop();
      device.close();
    }
  });
});
