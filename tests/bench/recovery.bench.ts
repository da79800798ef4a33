/**
 * `npm run bench:recovery -- --persons 200000`
 * Deciding the next recovery step of every debtor of a large profile: the recovery statement
 * (db/repositories/recovery-read.ts) streamed and each row turned into facts and decided by the rules
 * (electron/services/recovery/recovery-facts.ts decideAll), against the bare floor: the same
 * statement, rows read and dropped, no rule evaluated. Target: < 10 s and at most 3× the floor.
 *
 * The profile is written with bare INSERTs in one transaction: this measures the decision, not the
 * writes (the write path is measured by bench:casefile and bench:sync). Each person has four
 * quarters; about 70 % leave some unpaid, with letters, contact tasks, plans, requests and judicial
 * files spread over every step of the path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { closeDatabase, openDatabase } from '../../db/connection';
import { iterateRecoveryRows } from '../../db/repositories/recovery-read';
import { createRandom } from '../../db/seed/random';
import { decideAll } from '../../electron/services/recovery/recovery-facts';
import { addDays, type IsoDate } from '../../shared/domain/calendar';
import { makeNiss } from '../../shared/domain/identifiers/niss';

const TODAY = '2026-11-26';
const { values } = parseArgs({ options: { persons: { type: 'string', default: '200000' } } });
const personCount = Number(values.persons);
if (!Number.isSafeInteger(personCount) || personCount < 1) {
  console.error('bench:recovery: --persons must be a whole number ≥ 1');
  process.exit(2);
}

const QUARTERS = [
  [2025, 4, '2026-01-31'],
  [2026, 1, '2026-03-31'],
  [2026, 2, '2026-06-30'],
  [2026, 3, '2026-09-30'],
] as const;

function statements(sqlite: Database.Database) {
  const system = `'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1`;
  return {
    person: sqlite.prepare(
      `INSERT INTO persons (id, created_at, updated_at, row_version, niss, last_name, first_name, language, search_key, compact_key, search_rowid)
       VALUES (?, ${system}, ?, 'Bench', 'Debiteur', 'fr', '', '', ?)`,
    ),
    contribution: sqlite.prepare(
      `INSERT INTO contributions (id, created_at, updated_at, row_version, person_id, year, quarter, kind, amount_cents, fee_cents, due_date, status, structured_communication)
       VALUES (?, ${system}, ?, ?, ?, 'provisional', 95000, 3753, ?, 'open', '')`,
    ),
    payment: sqlite.prepare(
      `INSERT INTO payments (id, created_at, updated_at, row_version, person_id, date, amount_cents, contribution_id)
       VALUES (?, ${system}, ?, ?, 98753, ?)`,
    ),
    letter: sqlite.prepare(
      `INSERT INTO issued_letters (id, kind, case_reference, language, input, pdf_sha256, pdf_file, first_page, last_page, advisor_name, issued_at)
       VALUES (?, ?, ?, 'fr', '{}', '', '', 1, 1, 'Bench', ?)`,
    ),
    task: sqlite.prepare(
      `INSERT INTO tasks (id, created_at, updated_at, row_version, person_id, kind, title, due_date, status, completed_at, outcome)
       VALUES (?, ?, '2026-01-01T00:00:00.000Z', 1, ?, 'call-before-judicial-recovery', 'recovery.task.contact', ?, ?, ?, ?)`,
    ),
    plan: sqlite.prepare(
      `INSERT INTO payment_plans (id, created_at, updated_at, row_version, person_id, status, contribution_ids, terms_kind, terms_months, advance_cents, at_date, start_date, end_date, principal_cents, surcharges_cents, total_cents, lapsed_on)
       VALUES (?, ${system}, ?, ?, '[]', 'months', 6, 0, '2026-06-01', '2026-06-01', '2026-12-01', 0, 0, 0, ?)`,
    ),
    request: sqlite.prepare(
      `INSERT INTO case_requests (id, created_at, updated_at, row_version, person_id, kind, grounds, grounds_text, quarters, status, filed_on, decision_note, effect_cents)
       VALUES (?, ${system}, ?, 'exemption', 'financial-difficulty', '', '[]', 'filed', '2026-10-01', '', 0)`,
    ),
    judicial: sqlite.prepare(
      `INSERT INTO judicial_files (id, created_at, updated_at, row_version, person_id, kind, agent_kind, agent_name, handed_over_on, claimed_cents, contribution_ids, status)
       VALUES (?, ${system}, ?, ?, ?, 'Bench', '2026-09-01', 98753, '[]', 'open')`,
    ),
  };
}

type Insert = ReturnType<typeof statements>;

/** One person's recovery history: where on the path they are is drawn at random, in path order. */
function seedHistory(insert: Insert, random: ReturnType<typeof createRandom>, id: string, niss: string): void {
  const roll = random.next();
  const dueDate = '2026-03-31' as IsoDate;
  const letters = [
    ['reminder', 40],
    ['account-statement', 75],
    ['formal-notice', 110],
  ] as const;
  const reached = roll < 0.3 ? 0 : roll < 0.5 ? 1 : roll < 0.7 ? 2 : 3;
  letters.slice(0, reached).forEach(([kind, days], index) => {
    insert.letter.run(`${id}-l${index}`, kind, niss, `${addDays(dueDate, days)}T08:00:00.000Z`);
  });
  if (reached === 3 && random.next() < 0.6) {
    const isDone = random.next() < 0.5;
    const outcome = isDone ? random.pick(['promised-payment', 'not-reached', 'disputed']) : null;
    insert.task.run(
      `${id}-t`,
      '2026-08-10T09:00:00.000Z',
      id,
      '2026-08-20',
      isDone ? 'done' : 'open',
      isDone ? '2026-08-15T09:00:00.000Z' : null,
      outcome,
    );
  }
  const other = random.next();
  if (other < 0.05) insert.plan.run(`${id}-pl`, id, 'active', null);
  else if (other < 0.08) insert.plan.run(`${id}-pl`, id, 'lapsed', '2026-10-15');
  else if (other < 0.11) insert.request.run(`${id}-r`, id);
  else if (other < 0.13) insert.judicial.run(`${id}-j`, id, 'contrainte', 'bailiff');
  else if (other < 0.135) insert.judicial.run(`${id}-j`, id, 'bankruptcy-claim', 'receiver');
}

function seed(sqlite: Database.Database, count: number): void {
  const insert = statements(sqlite);
  const random = createRandom(20_261_206);
  sqlite.transaction(() => {
    for (let index = 0; index < count; index++) {
      const id = `person-${index}`;
      const niss = makeNiss({
        birthDate: addDays('1950-01-01' as IsoDate, index % 18_000),
        serial: 1 + 2 * Math.floor(index / 18_000),
      });
      insert.person.run(id, niss, index + 1);
      const isDebtor = random.next() < 0.7;
      QUARTERS.forEach(([year, quarter, dueDate], slot) => {
        const contributionId = `${id}-c${slot}`;
        insert.contribution.run(contributionId, id, year, quarter, dueDate);
        if (!isDebtor || slot > 1) insert.payment.run(`${contributionId}-p`, id, dueDate, contributionId);
      });
      if (isDebtor) seedHistory(insert, random, id, niss);
    }
  })();
}

function floorPass(sqlite: Database.Database): number {
  let rows = 0;
  for (const row of iterateRecoveryRows(sqlite, { today: TODAY, branchId: null, personId: null })) if (row) rows += 1;
  return rows;
}

function decidePass(sqlite: Database.Database): Map<string, number> {
  const byStep = new Map<string, number>();
  for (const { decision } of decideAll(sqlite, TODAY, null)) {
    const key = decision.suspension ?? `${decision.step} → ${decision.action}`;
    byStep.set(key, (byStep.get(key) ?? 0) + 1);
  }
  return byStep;
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

const dir = mkdtempSync(join(tmpdir(), 'guichet-bench-recovery-'));
try {
  const db = openDatabase(join(dir, 'guichet.sqlite'));
  const sqlite = db.$client;
  const seeded = timed(() => seed(sqlite, personCount));
  sqlite.pragma('optimize');
  console.log(
    `profile: ${personCount} persons, ${personCount * 4} contributions, seeded in ${seeded.seconds.toFixed(1)} s`,
  );
  const floors: number[] = [];
  const decides: number[] = [];
  let debtors = 0;
  let byStep = new Map<string, number>();
  // Warm-up, then alternate so neither side always finds the pages cached.
  floorPass(sqlite);
  for (let round = 0; round < 5; round++) {
    const floor = timed(() => floorPass(sqlite));
    const decided = timed(() => decidePass(sqlite));
    floors.push(floor.seconds);
    decides.push(decided.seconds);
    debtors = floor.value;
    byStep = decided.value;
  }
  // Medians: the machine is shared, and a single lucky or unlucky run says little.
  const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  const floor = median(floors);
  const decide = median(decides);
  console.log(`debtors decided: ${debtors}`);
  for (const [step, count] of [...byStep].sort()) console.log(`  ${step}: ${count}`);
  console.log(
    `bare SQL floor (same statement, no rules): median ${floor.toFixed(2)} s (runs ${floors.map((s) => s.toFixed(2)).join(', ')})`,
  );
  console.log(
    `decide every debtor: median ${decide.toFixed(2)} s (runs ${decides.map((s) => s.toFixed(2)).join(', ')})`,
  );
  console.log(`ratio decide/floor: ${(decide / floor).toFixed(2)}x`);
  console.log(`target: < 10 s and ≤ 3x the floor → ${decide < 10 && decide / floor <= 3 ? 'met' : 'NOT met'}`);
  closeDatabase(db);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
