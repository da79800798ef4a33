/**
 * `npm run bench:casefile -- --persons 200000 [--history 0.02] [--opens 1000]`
 * Builds a temporary database of synthetic persons through the repositories (a share of them with
 * a full ledger history), signs an advisor in, then opens case files with ten years of history:
 * `caseFile.detail` through the service (dispatch + validation + reads + derivation), and the same
 * reads bare (the repositories' prepared statements, nothing else): the floor. Target: p95 < 50 ms.
 * `--encryption both` (default) measures a plain and an encrypted profile and prints the cost of encryption.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { dispatch } from '../../electron/hosts/dispatch';
import { openAppCore } from '../../electron/services/app-core';
import {
  readAffiliationPeriods,
  readContributions,
  readIncomes,
  readInteractions,
  readLetters,
  readMandates,
  readPayments,
  readSpouseLinks,
  readSurcharges,
  readTasks,
} from '../../db/repositories/case-file-ledger-read';
import { countPersons } from '../../db/repositories/case-file-read';
import { readPlans, readRequests } from '../../db/repositories/payment-plan-read';
import { cachedStatement } from '../../db/repositories/statement-cache';
import { DEMO_PASSWORD, seedDemoData } from '../../db/seed/demo-data';
import { createRandom } from '../../db/seed/random';
import { ENCRYPTION_OPTION, compareEncryption, interleaved, modeName } from './encryption-ab';
import { formatSummary, summarize } from './stats';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '200000' },
    history: { type: 'string', default: '0.02' },
    opens: { type: 'string', default: '1000' },
    /** Keep (or reuse) the seeded profile in this folder instead of a temporary one. */
    profile: { type: 'string' },
    ...ENCRYPTION_OPTION,
  },
});
const personCount = Number(values.persons);
const historyShare = Number(values.history);
const openCount = Math.max(200, Number(values.opens));
const opened = new Map<boolean, Opened>();
await compareEncryption(values.encryption, async (isEncrypted) => {
  const { figures, profile } = await measure(isEncrypted);
  opened.set(isEncrypted, profile);
  return figures;
});
const plainProfile = opened.get(false);
const encryptedProfile = opened.get(true);
if (plainProfile && encryptedProfile) {
  // Ids are made afresh in each profile: each opens its own sample, drawn alike (files with ten years of history).
  const count = Math.min(plainProfile.sample.length, encryptedProfile.sample.length);
  await interleaved('case-file open p95 through the service', count, async (isEncrypted, item) => {
    const profile = isEncrypted ? encryptedProfile : plainProfile;
    const reply = await dispatch(
      profile.core,
      'caseFile.detail',
      { kind: 'person', id: profile.sample[item]! },
      { host: 'browser' },
    );
    if (!reply.ok) throw new Error(`caseFile.detail failed: ${reply.error.code}`);
  });
}
for (const profile of opened.values()) profile.close();

type Opened = { core: ReturnType<typeof openAppCore>; sample: string[]; close(): void };

async function measure(isEncrypted: boolean): Promise<{ figures: Record<string, number>; profile: Opened }> {
  const figures: Record<string, number> = {};
  const parent = values.profile === undefined ? mkdtempSync(join(tmpdir(), 'guichet-bench-casefile-')) : undefined;
  // A kept profile has one folder per mode: a plain and an encrypted file cannot be the same file.
  const dir = parent ? join(parent, 'profile') : `${values.profile}-${modeName(isEncrypted)}`;
  try {
    const core = openAppCore({ profileDir: dir, host: 'browser', demoPersons: 0, isPlainForBenchmark: !isEncrypted });
    let started = performance.now();
    const isReused = countPersons(core.db) > 0;
    if (!isReused) {
      seedDemoData(core.db, core.recorder, {
        persons: personCount,
        today: '2026-11-26',
        historyShare,
        onProgress: (done) => done % 20000 === 0 && process.stderr.write(`\rseeding ${done}/${personCount}`),
      });
    }
    process.stderr.write('\n');
    const seedSeconds = (performance.now() - started) / 1000;
    core.db.$client.pragma('optimize');
    const sqlite = core.db.$client;
    const count = (table: string) => sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
    console.log(
      `database: ${personCount} persons (${count('contributions')} contributions, ${count('payments')} payments, ${count('surcharges')} surcharges, ${count('outbox')} outbox records) ${isReused ? 'reused from the profile' : `seeded through the repositories in ${seedSeconds.toFixed(1)} s`}, file ${(statSync(join(dir, 'guichet.sqlite')).size / 1048576).toFixed(1)} MiB`,
    );

    // Case files with ten years of history: at least 40 quarters claimed.
    const candidates = sqlite
      .prepare<[], { id: string; n: number }>(
        // Case files of the signed-in advisor's branch: the others are out of their reach.
        `SELECT c.person_id AS id, count(*) AS n FROM contributions c JOIN persons p ON p.id = c.person_id
       JOIN branches b ON b.id = p.branch_id AND b.code = 'NAM' GROUP BY c.person_id HAVING count(*) >= 40`,
      )
      .all();
    if (candidates.length === 0) throw new Error('no case file with ten years of history: raise --history');
    const random = createRandom(11);
    const sample = Array.from({ length: openCount }, () => random.pick(candidates).id);
    const rows = sample.map(
      (id) =>
        sqlite
          .prepare<[{ id: string }], { n: number }>(
            'SELECT (SELECT count(*) FROM contributions WHERE person_id = @id) + (SELECT count(*) FROM payments WHERE person_id = @id) + (SELECT count(*) FROM surcharges WHERE person_id = @id) AS n',
          )
          .get({ id })!.n,
    );
    console.log(
      `case files: ${candidates.length} with ten years of history; ${openCount} opens over them (ledger rows per file: mean ${(rows.reduce((a, b) => a + b, 0) / rows.length).toFixed(0)}, max ${Math.max(...rows)})`,
    );

    const signIn = await dispatch(
      core,
      'session.signIn',
      { username: 'nam.conseiller', password: DEMO_PASSWORD },
      { host: 'browser' },
    );
    if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.error.messageKey}`);

    for (let round = 0; round < 2; round++) {
      const service: number[] = [];
      const floor: number[] = [];
      for (const [index, id] of sample.entries()) {
        // Alternate which side reads a case file first, so that neither always finds the pages cached.
        const isFloorFirst = index % 2 === 1;
        if (isFloorFirst) {
          started = performance.now();
          bareReads(sqlite, id);
          floor.push(performance.now() - started);
        }
        started = performance.now();
        const reply = await dispatch(core, 'caseFile.detail', { kind: 'person', id }, { host: 'browser' });
        service.push(performance.now() - started);
        if (!reply.ok) throw new Error(`caseFile.detail failed: ${reply.error.code}`);
        if (!isFloorFirst) {
          started = performance.now();
          bareReads(sqlite, id);
          floor.push(performance.now() - started);
        }
      }
      if (round === 0) continue; // warm-up round: page cache and statement cache
      const s = summarize(service);
      const f = summarize(floor);
      console.log(formatSummary('caseFile.detail through dispatch', s));
      console.log(formatSummary('bare reads floor (same statements)', f));
      console.log(
        `ratio service/floor: p50 ${(s.p50 / f.p50).toFixed(2)}x  p95 ${(s.p95 / f.p95).toFixed(2)}x  p99 ${(s.p99 / f.p99).toFixed(2)}x`,
      );
      console.log(`target: p95 < 50 ms through the service → ${s.p95 < 50 ? 'met' : 'NOT met'}`);
      figures['case-file open p95 through the service (ms)'] = s.p95;
      figures['case-file open p50 through the service (ms)'] = s.p50;
    }
    return {
      figures,
      profile: {
        core,
        sample,
        close: () => {
          core.close();
          if (parent) rmSync(parent, { recursive: true, force: true });
        },
      },
    };
  } catch (error) {
    // The profile and its sibling key folder.
    if (parent) rmSync(parent, { recursive: true, force: true });
    throw error;
  }
}

/** The reads behind caseFile.detail, executed bare: identity, address, branch, affiliations and every ledger statement. */
function bareReads(sqlite: Database.Database, id: string): void {
  const ref = { kind: 'person' as const, id };
  const person = cachedStatement<[string], { branch_id: string | null }>(
    sqlite,
    'SELECT * FROM persons WHERE id = ? AND deleted_at IS NULL',
  ).get(id);
  cachedStatement(
    sqlite,
    'SELECT * FROM addresses WHERE person_id = ? AND deleted_at IS NULL ORDER BY valid_from DESC LIMIT 1',
  ).get(id);
  cachedStatement(sqlite, 'SELECT * FROM branches WHERE id = ?').get(person?.branch_id ?? '');
  cachedStatement(
    sqlite,
    'SELECT * FROM affiliations WHERE person_id = ? AND deleted_at IS NULL ORDER BY start_date',
  ).all(id);
  readAffiliationPeriods(sqlite, ref);
  readMandates(sqlite, ref);
  readSpouseLinks(sqlite, id);
  readIncomes(sqlite, ref);
  readContributions(sqlite, ref);
  readPayments(sqlite, ref);
  readSurcharges(sqlite, ref);
  readPlans(sqlite, ref);
  readRequests(sqlite, ref);
  readLetters(sqlite, ref);
  readInteractions(sqlite, ref);
  readTasks(sqlite, ref);
}
