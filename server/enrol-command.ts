/**
 * `npm run server -- enrol --branch <code|id>`: a one-time enrolment code for a device of a branch that
 * head office knows. A branch it does not know is refused with the list of those it does: a device
 * enrolled into a branch of nobody would look healthy and receive nothing.
 */
import { issueEnrolmentCode } from './auth';
import type { ServerDb } from './db/connection';
import { findBranch, listBranches, type BranchRef } from './sync/head-office';

export async function branchOrRefuse(db: ServerDb, codeOrId: string): Promise<BranchRef> {
  const branch = await findBranch(db, codeOrId);
  if (branch) return branch;
  const known = (await listBranches(db)).map((one) => `${one.code} (${one.id})`);
  throw new Error(
    `no branch ${JSON.stringify(codeOrId)} at head office; known branches: ${known.length > 0 ? known.join(', ') : 'none'}`,
  );
}

/** The line the command prints; throws (the process then exits non-zero) when the branch is unknown. */
export async function enrolCommand(db: ServerDb, codeOrId: string | undefined, now: Date): Promise<string> {
  if (!codeOrId) throw new Error('usage: enrol --branch <branch code or id>');
  const branch = await branchOrRefuse(db, codeOrId);
  const { code, expiresAt } = await issueEnrolmentCode(db, branch.id, now);
  return `Enrolment code for branch ${branch.code} (${branch.id}): ${code} (valid until ${expiresAt.toISOString()}, usable once)`;
}
