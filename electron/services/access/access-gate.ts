/**
 * Enforces the access rules of shared/contract/access.ts for the one dispatch: who may call a
 * channel, and whether the case file or branch the input names is the advisor's. Refusals are
 * `unauthorized` (nobody signed in, or the screen locked) and `forbidden` (wrong role, other branch).
 */
import { accessRules, rolesOf, type AccessRule, type CaseFileLocator } from '../../../shared/contract/access';
import type { Channel } from '../../../shared/contract/app-contract';
import { caseFileKindSchema } from '../../../shared/contract/schemas';
import { GuichetError } from '../../../shared/contract/errors';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { findCaseFileBranch, type CaseFileTarget } from '../../../db/repositories/case-file-scope';
import type { GuichetDb } from '../../../db/connection';
import type { Session } from '../session/session-service';

export type AccessGate = {
  /** The advisor the channel runs for (null for a public channel called signed out); throws a refusal otherwise. */
  admit(channel: Channel): AdvisorWithBranch | null;
  /** Throws `forbidden` when the validated input names a case file or branch outside the advisor's reach. */
  checkScope(channel: Channel, advisor: AdvisorWithBranch | null, input: unknown): void;
};

export type AccessGateOptions = {
  db: GuichetDb;
  session: Session;
  /**
   * True when head office decides what this device holds: then every local case file is of the
   * device's branch or assigned to it, and only advisors of the device's branch get their
   * credentials here. A stand-alone profile holds every branch, so the branch is checked per call.
   */
  isScopedByHeadOffice: boolean;
};

export function createAccessGate(options: AccessGateOptions): AccessGate {
  const { session } = options;
  const sqlite = options.db.$client;

  return {
    admit(channel) {
      const rule: AccessRule = accessRules[channel];
      if (rule.who === 'public') return session.signedInAdvisor();
      const roles = rolesOf(rule);
      return roles === null ? session.requireAdvisor() : session.requireRole(roles);
    },
    checkScope(channel, advisor, input) {
      const rule: AccessRule = accessRules[channel];
      if (advisor === null || !isRecord(input)) return;
      const codeField = rule.branchCodeField;
      if (codeField !== undefined && input[codeField] !== advisor.branchCode && !options.isScopedByHeadOffice)
        throw new GuichetError('forbidden', 'errors.access.otherBranch');
      for (const locator of rule.caseFile ?? []) {
        const target = targetOf(locator, input);
        const found = target && findCaseFileBranch(sqlite, target);
        // A case file that does not exist is the handler's `not-found`, not an access question.
        if (found && !isCaseFileInReach(options, found.branchId, advisor))
          throw new GuichetError('forbidden', 'errors.access.otherBranch');
      }
    },
  };
}

/**
 * Whether an advisor may see a case file of `branchId` (also for filtering lists such as search
 * hits). A case file without a branch belongs to no branch yet, so any advisor of the device serves it.
 */
export function isCaseFileInReach(
  options: Pick<AccessGateOptions, 'isScopedByHeadOffice'>,
  branchId: string | null,
  advisor: AdvisorWithBranch,
): boolean {
  return options.isScopedByHeadOffice || branchId === null || branchId === advisor.branchId;
}

function targetOf(locator: CaseFileLocator, input: Record<string, unknown>): CaseFileTarget | undefined {
  if ('entity' in locator) {
    const id = input[locator.field];
    return typeof id === 'string' ? { entity: locator.entity, id } : undefined;
  }
  const ref = locator.ref === 'top' ? input : input[locator.field];
  if (!isRecord(ref)) return undefined;
  const kind = caseFileKindSchema.safeParse(ref['kind']);
  return kind.success && typeof ref['id'] === 'string' ? { kind: kind.data, id: ref['id'] } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
