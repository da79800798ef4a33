/** Handlers of the session channels: sign-in, sign-out, lock, unlock, and the advisors list. */
import type { sessionChannels } from '../../../shared/contract/channels/session';
import { listAdvisors } from '../../../db/repositories/advisor-repo';
import type { HandlerGroup, ServiceContext } from '../service-context';

export function sessionHandlers(context: ServiceContext): HandlerGroup<keyof typeof sessionChannels> {
  const { session } = context;
  return {
    'session.current': () => session.current(),
    'session.signIn': ({ username, password }) => session.signIn(username, password),
    'session.signOut': () => (session.signOut(), null),
    'session.lock': () => session.lock(),
    'session.unlock': ({ password }) => session.unlock(password),
    'advisor.list': () =>
      listAdvisors(context.db.$client).map((advisor) => ({
        id: advisor.id,
        username: advisor.username,
        displayName: advisor.displayName,
        role: advisor.role,
        branch: { id: advisor.branchId, code: advisor.branchCode, name: advisor.branchName },
      })),
  };
}
