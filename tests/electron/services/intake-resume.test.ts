import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import type { AppCore } from '../../../electron/services/app-core';
import { tempDir } from '../../fixtures/temp-db';
import { call, ensureAdvisors, openTestCore, signIn } from '../../fixtures/core';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

const niss = makeNiss({ birthDate: '1990-04-12', serial: 123 });
const identity = {
  niss,
  lastName: 'Dupont',
  firstName: 'Marie',
  birthDate: '1990-04-12',
  sex: 'M' as const,
  language: 'fr' as const,
  email: 'marie.dupont@example.be',
  phone: '+32 470 12 34 56',
  iban: '',
  street: 'Rue Haute',
  houseNumber: '12',
  box: '',
  postalCode: '1000',
  municipality: 'Bruxelles',
};

function open(dir: string): AppCore {
  const core = openTestCore(dir);
  ensureAdvisors(core);
  return core;
}

describe('intake drafts survive the app going away mid-intake', () => {
  it('closing the core after the second step: on reopening, the draft is there at its step with what was typed', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    let core = open(dir.dir);
    await signIn(core);
    const started = await call(core, 'intake.start', { kind: 'person', niss });
    if (started.status !== 'draft') throw new Error('expected a new draft');
    expect(started.draft.forms.identity?.birthDate).toBe('1990-04-12');
    await call(core, 'intake.saveStep', {
      draftId: started.draft.id,
      payload: { step: 'identity', form: identity },
      nextStep: 'activity',
    });
    await call(core, 'intake.saveStep', {
      draftId: started.draft.id,
      payload: { step: 'activity', form: { category: 'main', startDate: '2026-10-01', isPrimoStarter: true } },
      nextStep: 'spouse',
    });
    core.close();

    core = open(dir.dir);
    cleanups.push(() => core.close());
    await signIn(core);
    const drafts = await call(core, 'intake.listDrafts', {});
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ id: started.draft.id, step: 'spouse', label: 'Dupont Marie', status: 'open' });
    expect(drafts[0]!.forms.identity).toMatchObject({ lastName: 'Dupont', postalCode: '1000' });
    expect(drafts[0]!.forms.activity).toMatchObject({
      category: 'main',
      startDate: '2026-10-01',
      isPrimoStarter: true,
    });
    // Starting again with the same NISS resumes the same draft instead of opening a second one.
    const again = await call(core, 'intake.start', { kind: 'person', niss });
    expect(again).toMatchObject({ status: 'draft', isResumed: true, draft: { id: started.draft.id, step: 'spouse' } });
  });

  it('a child process killed with SIGKILL right after saving a step leaves the draft resumable', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const setup = open(dir.dir);
    setup.close();
    const script = join(dir.dir, 'kill-mid-intake.mts');
    const fixtures = join(import.meta.dirname, '../../fixtures/core.ts');
    writeFileSync(
      script,
      `import { call, ensureAdvisors, openTestCore, signIn } from ${JSON.stringify(fixtures)};
       const core = openTestCore(${JSON.stringify(dir.dir)});
       ensureAdvisors(core);
       await signIn(core);
       const started = await call(core, 'intake.start', { kind: 'person', niss: ${JSON.stringify(niss)} });
       if (started.status !== 'draft') throw new Error('no draft');
       await call(core, 'intake.saveStep', { draftId: started.draft.id, payload: { step: 'identity', form: ${JSON.stringify(identity)} }, nextStep: 'activity' });
       process.stdout.write(started.draft.id);
       process.kill(process.pid, 'SIGKILL');`,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '../../..'),
    });
    expect(child.stderr).toBe('');
    expect(child.signal).toBe('SIGKILL');
    const draftId = child.stdout.trim();
    expect(draftId).toMatch(/^[0-9a-f-]{36}$/);

    const core = open(dir.dir);
    cleanups.push(() => core.close());
    await signIn(core);
    const draft = await call(core, 'intake.get', { draftId });
    expect(draft).toMatchObject({ step: 'activity', status: 'open', label: 'Dupont Marie' });
    expect(draft.forms.identity?.email).toBe('marie.dupont@example.be');
  });
});
