/**
 * Smoke test of the two-client sync fixture: both clients start enrolled and past their first sync,
 * see the same person, and a change made on one while its network is cut reaches the other once the
 * network is back. The real two-client scenario (conflicts through the UI) lives in its own spec.
 */
import { expect, pickSharedPerson, syncAdvisor, test, type BrowserModeApp } from './sync-fixture';

type Summary = { id: string; displayName: string; person: { email: string | null; rowVersion: number } | null };

async function summaryOn(client: BrowserModeApp, id: string): Promise<Summary> {
  const reply = await client.call<Summary>('caseFile.get', { kind: 'person', id });
  if (!reply.ok) throw new Error(reply.error.messageKey);
  return reply.value;
}

/** Case files are read by a signed-in advisor only. */
async function signIn(client: BrowserModeApp): Promise<void> {
  const reply = await client.call('session.signIn', { username: syncAdvisor.username, password: syncAdvisor.password });
  expect(reply.ok).toBe(true);
}

test('both clients start enrolled, synced, and see the same person', async ({ pair }) => {
  for (const client of [pair.clientA, pair.clientB]) {
    const status = await client.call<{ isEnrolled: boolean; lastSyncAt: string | null }>('sync.status', {});
    expect(status.ok && status.value.isEnrolled && status.value.lastSyncAt !== null).toBe(true);
    await signIn(client);
  }
  const person = pickSharedPerson(pair);
  const [onA, onB] = [await summaryOn(pair.clientA, person.id), await summaryOn(pair.clientB, person.id)];
  expect(onA.displayName).toBe(onB.displayName);
  expect(onA.displayName).toContain(person.lastName);
});

test('a change made offline on one client reaches the other after the network returns', async ({ pair }) => {
  const person = pickSharedPerson(pair, 1);
  await pair.cutNetwork(pair.clientA);
  await signIn(pair.clientA);
  await signIn(pair.clientB);
  const before = await summaryOn(pair.clientA, person.id);
  const email = `smoke.${Date.now()}@example.be`;
  const edited = await pair.clientA.call<Summary>('caseFile.updatePerson', {
    id: person.id,
    rowVersion: before.person?.rowVersion,
    changes: { email },
  });
  expect(edited.ok).toBe(true);
  const offline = await pair.syncNow(pair.clientA);
  expect(offline.pendingCount).toBe(1);
  expect(offline.isOnline).toBe(false);

  await pair.restoreNetwork(pair.clientA);
  expect((await pair.syncNow(pair.clientA)).pendingCount).toBe(0);
  await expect
    .poll(async () => (await summaryOn(pair.clientB, person.id)).person?.email, { timeout: 15_000 })
    .toBe(email);
});
