/**
 * Password guessing against the real app core on a temporary profile: the clock is a parameter,
 * so a lock-out is waited out by moving it, never by sleeping.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readSecurityEvents } from '../../../db/repositories/audit-repo';
import type { AppCore } from '../../../electron/services/app-core';
import { call, callError, ensureAdvisors, openTestCore, TEST_PASSWORD } from '../../fixtures/core';
import { tempDir } from '../../fixtures/temp-db';

let clock = new Date('2026-11-26T09:00:00.000Z');
const now = () => clock;
const later = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  clock = new Date('2026-11-26T09:00:00.000Z');
});

function open(dir: string): AppCore {
  const core = openTestCore(dir, now);
  cleanups.push(() => core.close());
  return core;
}

const wrong = { username: 'test.conseiller', password: 'not the password' };
const right = { username: 'test.conseiller', password: TEST_PASSWORD };

describe('sign-in throttling', () => {
  it('after 10 wrong passwords the right one is refused with the time left, and the lock-out is audited', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const core = open(dir.dir);
    const { advisorId } = ensureAdvisors(core);
    const refusals = [];
    for (let attempt = 0; attempt < 10; attempt += 1) refusals.push(await callError(core, 'session.signIn', wrong));
    expect(refusals.slice(0, 5).map((error) => error.messageKey)).toEqual(
      Array(5).fill('errors.session.badCredentials'),
    );
    expect(refusals.slice(5).every((error) => error.messageKey === 'errors.session.throttled')).toBe(true);
    const refused = await callError(core, 'session.signIn', right);
    console.log(
      `right password after 10 wrong ones: ${refused.code} ${refused.messageKey} ${JSON.stringify(refused.details)}`,
    );
    expect(refused).toMatchObject({
      code: 'unauthorized',
      messageKey: 'errors.session.throttled',
      details: { secondsLeft: 30, params: { minutes: 0, seconds: 30 } },
    });
    // Any case of the username is the same username.
    expect(await callError(core, 'session.signIn', { ...right, username: 'TEST.Conseiller' })).toMatchObject({
      messageKey: 'errors.session.throttled',
    });
    expect(readSecurityEvents(core.db.$client, 'signInLockout')).toEqual([
      { advisorId, at: '2026-11-26T09:00:00.000Z', after: { failures: 5, lockedForSeconds: 30 } },
    ]);

    later(30);
    // Past the threshold each failure locks again, twice as long.
    expect(await callError(core, 'session.signIn', wrong)).toMatchObject({
      messageKey: 'errors.session.badCredentials',
    });
    expect(await callError(core, 'session.signIn', right)).toMatchObject({ details: { secondsLeft: 60 } });
    later(60);
    expect(await call(core, 'session.signIn', right)).toMatchObject({ advisor: { username: 'test.conseiller' } });
    // A success clears the count: four failures are free again.
    await call(core, 'session.signOut', {});
    for (let attempt = 0; attempt < 4; attempt += 1) await callError(core, 'session.signIn', wrong);
    expect(await call(core, 'session.signIn', right)).toMatchObject({ isLocked: false });
  });

  it('survives a restart of the app', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const first = open(dir.dir);
    ensureAdvisors(first);
    for (let attempt = 0; attempt < 5; attempt += 1) await callError(first, 'session.signIn', wrong);
    first.close();
    cleanups.pop();
    later(10);
    const again = open(dir.dir);
    expect(await callError(again, 'session.signIn', right)).toMatchObject({
      messageKey: 'errors.session.throttled',
      details: { secondsLeft: 20 },
    });
  });

  it('brakes an unknown username too, so a lock-out does not tell which usernames exist', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const core = open(dir.dir);
    ensureAdvisors(core);
    for (let attempt = 0; attempt < 5; attempt += 1)
      await callError(core, 'session.signIn', { username: 'nobody', password: 'x' });
    expect(await callError(core, 'session.signIn', { username: 'nobody', password: 'x' })).toMatchObject({
      messageKey: 'errors.session.throttled',
    });
    expect(readSecurityEvents(core.db.$client, 'signInLockout')).toMatchObject([{ advisorId: null }]);
  });

  it('after 10 wrong passwords at the lock screen the right one does not unlock, with the time left', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const core = open(dir.dir);
    ensureAdvisors(core);
    await call(core, 'session.signIn', right);
    await call(core, 'session.lock', {});
    for (let attempt = 0; attempt < 10; attempt += 1)
      await callError(core, 'session.unlock', { password: 'not the password' });
    const refused = await callError(core, 'session.unlock', { password: TEST_PASSWORD });
    console.log(
      `right password at the lock screen after 10 wrong ones: ${refused.messageKey} ${JSON.stringify(refused.details)}`,
    );
    expect(refused).toMatchObject({ messageKey: 'errors.session.throttled', details: { secondsLeft: 30 } });
    expect(await call(core, 'session.current', {})).toMatchObject({ isLocked: true });
    expect(await callError(core, 'caseFile.search', { query: 'dupont' })).toMatchObject({ code: 'unauthorized' });
    later(30);
    expect(await call(core, 'session.unlock', { password: TEST_PASSWORD })).toMatchObject({ isLocked: false });
  });
});
