/**
 * The proactive follow-up on a real profile: every new event becomes a task in the work queue, a birth
 * (maternity aid: the fund acts by itself) also an information letter; a second scan creates nothing.
 * The same scan from the command line (`rights scan`), and `rights check` printing each right.
 */
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../../electron/cli/args';
import { rightsCheckCommand, rightsScanCommand } from '../../../../electron/cli/commands/rights-profile';
import { scanRights } from '../../../../electron/services/rights/rights-scan';
import { call, openTestCore, signIn } from '../../../fixtures/core';
import { rightsCore, selfEmployed } from './rights-fixture';
import { join } from 'node:path';

describe('rights follow-up scan', () => {
  it('opens one task per new event and a letter where the fund acts by itself, and nothing the second time', async () => {
    const { core } = rightsCore();
    const person = selfEmployed(core);
    const ref = { kind: 'person' as const, id: person.id };
    await signIn(core);
    await call(core, 'rights.recordEvent', {
      ...ref,
      eventKind: 'birth',
      date: '2026-11-02',
      source: 'Registre national',
    });
    await call(core, 'rights.recordEvent', {
      ...ref,
      eventKind: 'bankruptcy',
      date: '2026-10-15',
      source: 'BCE',
      hasFamilyCharge: true,
    });

    const first = scanRights(core.db, core.recorder, '2026-11-26');
    expect(first).toEqual({ events: 2, tasks: 2, letters: 1, reminders: 0 });
    const tasks = core.db.$client
      .prepare<[string], { kind: string; title: string; status: string }>(
        "SELECT kind, title, status FROM tasks WHERE person_id = ? AND source_entity = 'lifeEvent' ORDER BY title",
      )
      .all(person.id);
    expect(tasks).toEqual([
      { kind: 'follow-up', title: 'rightsPanel.task.event.bankruptcy', status: 'open' },
      { kind: 'follow-up', title: 'rightsPanel.task.event.birth', status: 'open' },
    ]);
    const letter = core.db.$client
      .prepare<[string], { kind: string; payload: string }>(
        'SELECT kind, payload FROM letter_queue WHERE person_id = ?',
      )
      .all(person.id);
    expect(letter.map((row) => [row.kind, JSON.parse(row.payload).right])).toEqual([
      ['rights-information', 'maternity-aid'],
    ]);
    const queue = await call(core, 'workQueue.list', {});
    expect(JSON.stringify(queue)).toContain('rightsPanel.task.event.birth');

    expect(scanRights(core.db, core.recorder, '2026-11-27')).toEqual({ events: 0, tasks: 0, letters: 0, reminders: 0 });
  });

  it('runs from the command line on the profile, and checks a person’s rights by NISS', async () => {
    const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));
    const { core, dir } = rightsCore();
    // The start-up scan of 26 November runs first, before any event.
    await settle();
    const person = selfEmployed(core);
    await signIn(core);
    await call(core, 'rights.recordEvent', {
      kind: 'person',
      id: person.id,
      eventKind: 'bankruptcy',
      date: '2026-10-15',
      source: 'BCE',
      hasFamilyCharge: false,
    });
    core.close();
    const profile = join(dir, 'profile');

    const now = new Date('2026-11-26T09:00:00.000Z');
    const scan = rightsScanCommand(['scan', '--profile', profile, '--json'].slice(1), now);
    expect(scan.json).toEqual({ events: 1, tasks: 1, letters: 0, reminders: 0 });
    expect(rightsScanCommand(['--profile', profile], now).text).toEqual([
      '0 new event(s): 0 task(s) opened, 0 letter(s) queued, 0 deadline reminder(s)',
    ]);

    const check = rightsCheckCommand(['--niss', person.niss, '--profile', profile, '--as-of', '2026-11-26'], now);
    const printed = check.json as {
      rights: {
        right: string;
        status: string;
        amount: { monthlyCents: number; months: number } | null;
        lines: unknown[];
      }[];
    };
    const bridging = printed.rights.find((right) => right.right === 'bridging-right');
    expect(bridging?.status).toBe('eligible');
    expect(bridging?.amount?.monthlyCents).toBeGreaterThan(100_000);
    expect(bridging?.lines.length).toBeGreaterThan(3);
    expect(check.text.join('\n')).toMatch(/bridging-right: eligible, .* a month for \d+ month\(s\)/);

    expect(() => rightsCheckCommand(['--niss', '12345', '--profile', profile], now)).toThrow(CliError);
    expect(() => rightsCheckCommand(['--niss', '12345', '--profile', profile], now)).toThrow('not a valid NISS');
  });

  it('is run by the app once a day: at start-up on a new day, not again the same day', async () => {
    const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));
    const { core, dir } = rightsCore();
    // The start-up scan of 26 November runs first, before any event.
    await settle();
    const person = selfEmployed(core);
    await signIn(core);
    await call(core, 'rights.recordEvent', {
      kind: 'person',
      id: person.id,
      eventKind: 'birth',
      date: '2026-11-20',
      source: 'Registre national',
    });
    await settle();
    const tasks = (app: typeof core): number =>
      app.db.$client
        .prepare<[], { n: number }>("SELECT count(*) AS n FROM tasks WHERE source_entity = 'lifeEvent'")
        .get()!.n;
    // Already scanned on 26 November: nothing more that day, even after a restart.
    expect(tasks(core)).toBe(0);
    core.close();
    const sameDay = openTestCore(dir);
    await settle();
    expect(tasks(sameDay)).toBe(0);
    sameDay.close();
    const nextDay = openTestCore(dir, () => new Date('2026-11-27T09:00:00.000Z'));
    await settle();
    expect(tasks(nextDay)).toBe(1);
    nextDay.close();
  });

  it('reminds the person once of a deadline to apply about to pass, and not after the application', async () => {
    const { core } = rightsCore();
    const person = selfEmployed(core);
    const ref = { kind: 'person' as const, id: person.id };
    await signIn(core);
    const recorded = await call(core, 'rights.recordEvent', {
      ...ref,
      eventKind: 'cessation',
      date: '2026-06-20',
      source: 'Conseiller',
      cessationGround: 'forced',
      hasFamilyCharge: false,
    });
    const bridging = recorded.assessments.find((assessment) => assessment.right === 'bridging-right');
    const deadline = bridging?.nextStep?.deadline ?? '';
    expect(deadline > '2026-11-26' && deadline <= '2027-01-10').toBe(true);

    // Months before the deadline: no reminder yet.
    expect(scanRights(core.db, core.recorder, '2026-07-01').reminders).toBe(0);
    const close = scanRights(core.db, core.recorder, '2026-11-26');
    expect(close.reminders).toBe(1);
    const reminder = core.db.$client
      .prepare<[], { id: string; payload: string }>(
        "SELECT id, payload FROM letter_queue WHERE kind = 'rights-deadline-reminder'",
      )
      .get()!;
    expect(JSON.parse(reminder.payload)).toMatchObject({ right: 'bridging-right' });
    expect(scanRights(core.db, core.recorder, '2026-11-27').reminders).toBe(0);
    const preview = await call(core, 'letters.preview', { source: 'queue', queueId: reminder.id });
    expect(preview.fileName).toMatch(/\.pdf$/);
  });
});
