/**
 * `npm run bench:head-office -- --devices 300 --minutes 5`: head office under many devices at once
 * (tests/bench/head-office-load.ts), on a throw-away PostgreSQL database next to DATABASE_URL's
 * (default the local test server). Options: --devices, --minutes, --interval <seconds between a
 * device's rounds> (default 30), --branches (10), --persons <per branch> (2000), --late <share of
 * devices arriving with a first sync> (0.1), --changes <per push> (5).
 * The floor printed beside the latencies is a bare HTTP round trip to one instance's health route.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createTestDatabase } from '../server/harness';
import { loadReport, runHeadOfficeLoad } from './head-office-load';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      devices: { type: 'string', default: '300' },
      minutes: { type: 'string', default: '5' },
      interval: { type: 'string', default: '30' },
      branches: { type: 'string', default: '10' },
      persons: { type: 'string', default: '2000' },
      late: { type: 'string', default: '0.1' },
      changes: { type: 'string', default: '5' },
    },
  });
  const database = await createTestDatabase('postgres');
  const loadBefore = loadavg()[0] as number;
  const options = {
    databaseUrl: database.url as string,
    devices: Number(values.devices),
    durationMs: Number(values.minutes) * 60_000,
    roundIntervalMs: Number(values.interval) * 1000,
    branches: Number(values.branches),
    personsPerBranch: Number(values.persons),
    lateShare: Number(values.late),
    changesPerPush: Number(values.changes),
    log: (line: string) => console.log(line),
  };
  try {
    const result = await runHeadOfficeLoad(options);
    for (const line of loadReport(options, result)) console.log(line);
    console.log(
      `machine load (1-min average, 2 cores shared): ${loadBefore.toFixed(2)} before, ${(loadavg()[0] as number).toFixed(2)} after`,
    );
    if (result.violations.length > 0) process.exitCode = 1;
  } finally {
    await database.dispose();
  }
}

void main();
