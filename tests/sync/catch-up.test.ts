/**
 * Catching up after an outage, against a real head office (Fastify on PGlite, and on the local
 * PostgreSQL when it answers) behind a transport that fails while head office is "down": the device
 * probes it every 15–30 s, the first answer starts a full round at once, and "sync now" pressed during
 * the outage never puts the next probe later. The scheduler runs on a virtual clock; the rounds and
 * probes are real requests.
 */
import { describe, expect, it } from 'vitest';
import { syncStatusSchema } from '../../shared/contract/channels/sync';
import { healthResponseSchema, syncPaths } from '../../shared/contract/sync-protocol';
import { toStatusDto } from '../../electron/services/sync/sync.handlers';
import { createSyncService } from '../../electron/services/sync/sync-service';
import { isHeadOfficeAnswering, type SyncTransport } from '../../electron/services/sync/transport';
import { newPerson } from '../server/devices';
import { deviceIdOf, useHeadOffice } from '../server/head-office-suite';
import { isPostgresReachable, type Backend } from '../server/harness';
import { virtualClock } from './virtual-clock';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const second = 1000;
const minute = 60 * second;

type Sent = { path: string; at: number };

/** Head office behind a line that can be cut: requests fail as a refused connection would while it is down. */
function cuttableLine(transport: SyncTransport, now: () => number) {
  let isDown = false;
  let inFlight = 0;
  const sent: Sent[] = [];
  const line: SyncTransport = async (path, body, token, signal) => {
    sent.push({ path, at: now() });
    if (isDown) throw new Error('connect ECONNREFUSED');
    inFlight += 1;
    try {
      return await transport(path, body, token, signal);
    } finally {
      inFlight -= 1;
    }
  };
  return {
    line,
    sent,
    isBusy: () => inFlight > 0,
    cut: () => (isDown = true),
    restore: () => (isDown = false),
  };
}

describe('the probe of head office', () => {
  const answering =
    (status: number): SyncTransport =>
    async () => ({ status, body: null });
  it.each([
    [200, true],
    [404, true],
    [401, true],
    [500, false],
    [502, false],
    [503, false],
  ])('counts an answer %i as head office answering: %s', async (status, isAnswering) => {
    expect(await isHeadOfficeAnswering(answering(status))).toBe(isAnswering);
  });
  it('counts a request that never reached head office as not answering', async () => {
    expect(
      await isHeadOfficeAnswering(async () => {
        throw new Error('connect ECONNREFUSED');
      }),
    ).toBe(false);
  });
});

describe.each(backends)('catching up after a head-office outage on %s', (backend) => {
  const headOffice = useHeadOffice(backend);

  it('answers the probe (POST on its health route, no credentials) with its time', async () => {
    const before = Date.now();
    const response = await headOffice.transport(syncPaths.health, {}, null);
    expect(response.status).toBe(200);
    expect(healthResponseSchema.parse(response.body).serverTime).toBeGreaterThanOrEqual(before);
  });

  it('catches up within 30 s of head office coming back, and "sync now" never delays the next probe', async () => {
    const device = await headOffice.device('branch-a', 'a');
    const time = virtualClock(Date.now());
    const network = cuttableLine(headOffice.transport, time.now);
    let draw = 0;
    // A spread of jitter draws, fixed so that the run is the same every time.
    const draws = [0.9, 0.1, 0.6, 0.99, 0.3, 0.75];
    const service = createSyncService({
      db: device.db,
      transport: network.line,
      scheduler: { clock: time.clock, random: () => draws[draw++ % draws.length] as number, intervalMs: minute },
    });
    const settle = async (): Promise<void> => {
      do await new Promise((resolve) => setTimeout(resolve, 2));
      while (network.isBusy() || service.status().isSyncing);
    };
    const nextAttempt = (): number => service.status().nextAttemptAt as number;
    service.start();
    await time.advance(0, settle);
    expect(service.status()).toMatchObject({ isOnline: true, lastError: null });

    network.cut();
    const cutAt = time.now();
    newPerson(device, 'branch-a');
    await time.advance(minute, settle);
    expect(service.status()).toMatchObject({ isOnline: false, lastError: 'offline', pendingCount: 1 });

    // The advisor presses "sync now" again and again during the outage.
    const delays: number[] = [];
    for (const pause of [7 * second, 19 * second, 2 * second, 41 * second, 11 * second]) {
      await time.advance(pause, settle);
      const due = nextAttempt();
      const status = await service.syncNow('manual');
      expect(status.lastError).toBe('offline');
      expect(nextAttempt()).toBeLessThanOrEqual(due);
      delays.push(due - nextAttempt());
    }
    await time.advance(3 * minute, settle);
    const outage = network.sent.filter((request) => request.at > cutAt);
    const probes = outage.filter((request) => request.path === syncPaths.health);
    expect(probes.length).toBeGreaterThan(6);
    // Head office was asked at least every 30 s throughout, "sync now" or not.
    const times = [...new Set(outage.map((request) => request.at))];
    const gaps = times.slice(1).map((at, index) => at - (times[index] as number));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(30 * second);

    // Back between two probes; the next probe's answer starts the round that catches up.
    await time.advance(13 * second, settle);
    const recoveredAt = time.now();
    network.restore();
    await time.advance(45 * second, settle);
    const roundStart = network.sent.find((request) => request.at >= recoveredAt && request.path !== syncPaths.health);
    expect(roundStart).toBeDefined();
    const delayMs = (roundStart as Sent).at - recoveredAt;
    console.log(
      `catch-up on ${backend}: ${probes.length} probes during the outage (gaps ${Math.min(...gaps)}–${Math.max(...gaps)} ms), ` +
        `sync now moved the next probe earlier by [${delays.join(', ')}] ms, ` +
        `round started ${delayMs} ms after head office came back`,
    );
    expect(delayMs).toBeLessThanOrEqual(30 * second);
    const status = service.status();
    expect(status).toMatchObject({ isOnline: true, lastError: null, pendingCount: 0, consecutiveFailures: 0 });
    expect(
      await headOffice.count(`mutations WHERE device_id = '${deviceIdOf(device)}'`),
      'the change made during the outage is at head office',
    ).toBe(1);
    // The status channel carries the next attempt as an instant.
    expect(syncStatusSchema.parse(toStatusDto(status)).nextAttemptAt).toBe(new Date(nextAttempt()).toISOString());
    service.stop();
  });
});
