/**
 * The branch dashboard through the real dispatch on a seeded profile: only the branch manager and
 * the back office see it; its figures agree with plain counts over the same SQLite file and add up
 * across their cuts; the overdue-tasks export reads back as the rows the screen shows, and each case
 * file in it is recorded in the access log.
 */
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/hosts/dispatch';
import { openAppCore, type AppCore } from '../../../electron/services/app-core';
import { overdueTasksTexts } from '../../../electron/letters/texts/dashboard-export';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/app-contract';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { tempDir } from '../../fixtures/temp-db';

const TODAY = '2026-11-26';
let core: AppCore;
let cleanup: () => void;
let branchId: string;

beforeAll(() => {
  const dir = tempDir();
  core = openAppCore({
    profileDir: dir.dir,
    host: 'browser',
    demoPersons: 300,
    now: () => new Date(`${TODAY}T09:00:00.000Z`),
  });
  cleanup = () => (core.close(), dir.cleanup());
  branchId = core.db.$client.prepare<[], { id: string }>(`SELECT id FROM branches WHERE code = 'NAM'`).get()!.id;
}, 180_000);
afterAll(() => cleanup());

const reply = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
  dispatch(core, channel, input, { host: 'browser' }, { error: () => undefined });
async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await reply(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.messageKey}`);
  return result.value as ChannelOutput<C>;
}
const signIn = (username: string) => call('session.signIn', { username, password: DEMO_PASSWORD });
const count = (sql: string, ...params: string[]) =>
  core.db.$client.prepare<string[], { n: number | null }>(sql).get(...params)!.n ?? 0;

describe('the branch dashboard', () => {
  it('is refused to an advisor, and opens for the back office and the branch manager', async () => {
    await signIn('nam.conseiller');
    const refused = await reply('dashboard.branch', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('forbidden');
    expect((await reply('dashboard.exportOverdueTasks', { language: 'fr' })).ok).toBe(false);
    await signIn('nam.backoffice');
    expect((await call('dashboard.branch', {})).branchCode).toBe('NAM');
  });

  it('counts what plain queries over the same file count, and its cuts add up', async () => {
    await signIn('nam.responsable');
    const figures = await call('dashboard.branch', {});
    expect(figures.at).toBe(TODAY);
    const openTasks = `SELECT count(*) AS n FROM tasks WHERE status = 'open' AND deleted_at IS NULL AND branch_id = ?`;
    expect(figures.tasksTotal.open).toBe(count(openTasks, branchId));
    expect(figures.tasksTotal.overdue).toBe(count(`${openTasks} AND due_date < ?`, branchId, TODAY));
    expect(figures.overdueTasks).toHaveLength(figures.tasksTotal.overdue);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(sum(figures.tasksByKind.map((row) => row.open))).toBe(figures.tasksTotal.open);
    expect(sum(figures.tasksByAdvisor.map((row) => row.overdue))).toBe(figures.tasksTotal.overdue);
    for (const cut of [figures.debtsByAge, figures.debtsByStep]) {
      expect(sum(cut.map((row) => row.debts))).toBe(figures.debtsTotal.debts);
      expect(sum(cut.map((row) => row.outstandingCents))).toBe(figures.debtsTotal.outstandingCents);
    }
    const owned = `FROM contributions k LEFT JOIN persons p ON p.id = k.person_id LEFT JOIN companies c ON c.id = k.company_id
      WHERE k.deleted_at IS NULL AND k.status = 'open' AND COALESCE(p.branch_id, c.branch_id) = ? AND k.due_date < ?`;
    const paid = `(SELECT COALESCE(sum(amount_cents), 0) FROM payments WHERE contribution_id = k.id AND deleted_at IS NULL)`;
    expect(figures.debtsTotal.outstandingCents).toBe(
      count(`SELECT sum(MAX(k.amount_cents + k.fee_cents - ${paid}, 0)) AS n ${owned}`, branchId, TODAY),
    );
    const starts = `SELECT count(*) AS n FROM affiliations a LEFT JOIN persons p ON p.id = a.person_id
      LEFT JOIN companies c ON c.id = a.company_id
      WHERE a.deleted_at IS NULL AND COALESCE(a.branch_id, p.branch_id, c.branch_id) = ? AND a.start_date BETWEEN ? AND ?`;
    expect(figures.movements.affiliations.year).toBe(count(starts, branchId, '2026-01-01', TODAY));
    expect(figures.movements.affiliations.month).toBe(count(starts, branchId, '2026-11-01', TODAY));
    expect(figures.tasksTotal.open).toBeGreaterThan(0);
    expect(figures.debtsTotal.debts).toBeGreaterThan(0);
  });

  it('exports the overdue tasks as the screen lists them, each case file in the access log', async () => {
    await signIn('nam.responsable');
    const figures = await call('dashboard.branch', {});
    const before = count('SELECT count(*) AS n FROM access_log');
    const exported = await call('dashboard.exportOverdueTasks', { language: 'nl' });
    const [sheet] = await readXlsxFile(Buffer.from(exported.xlsxBase64, 'base64'));
    const texts = overdueTasksTexts.nl;
    expect(sheet?.sheet).toBe(texts.sheet);
    expect(sheet?.data[0]).toEqual(Object.values(texts.headers));
    expect(sheet?.data.slice(1)).toEqual(
      figures.overdueTasks.map((task) => [
        task.dueDate,
        task.daysOverdue,
        texts.kinds[task.kind as keyof typeof texts.kinds],
        task.caseFileName,
        task.assigneeName ?? texts.unassigned,
      ]),
    );
    expect(exported.rowCount).toBe(figures.overdueTasks.length);
    const caseFiles = count(
      `SELECT count(DISTINCT COALESCE(person_id, company_id)) AS n FROM tasks
        WHERE status = 'open' AND deleted_at IS NULL AND branch_id = ? AND due_date < ?`,
      branchId,
      TODAY,
    );
    expect(count('SELECT count(*) AS n FROM access_log') - before).toBe(caseFiles);
    expect(
      count(
        `SELECT count(*) AS n FROM access_log WHERE action = 'caseFile.export' AND detail = 'dashboard.overdueTasks'`,
      ),
    ).toBe(caseFiles);
  });
});
