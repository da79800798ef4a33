/** Handlers of the intake wizard. The access gate admits a signed-in, unlocked advisor and passes them in. */
import type { intakeChannels } from '../../../shared/contract/channels/intake';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { findCaseFileBranch } from '../../../db/repositories/case-file-scope';
import { isCaseFileInReach } from '../access/access-gate';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { completeIntake } from './complete';
import { draftDto } from './draft-state';
import {
  discardIntake,
  findDuplicates,
  listIntakeDrafts,
  loadDraft,
  saveIntakeStep,
  startIntake,
} from './intake-service';

export function intakeHandlers(context: ServiceContext): HandlerGroup<keyof typeof intakeChannels> {
  const { db, recorder, today } = context;
  const deps = (advisor: AdvisorWithBranch) => ({ db, recorder, today, advisorId: () => advisor.id });
  return {
    'intake.start': (input, { advisor }) => startIntake(deps(advisor), input),
    'intake.saveStep': (input, { advisor }) => saveIntakeStep(deps(advisor), input),
    'intake.get': ({ draftId }) => draftDto(db.$client, loadDraft(db, draftId, false), today()),
    // Drafts started in other branches stay out of the list, as they stay out of reach one by one.
    'intake.listDrafts': (_input, { advisor }) =>
      listIntakeDrafts(deps(advisor)).filter((draft) => {
        const found = findCaseFileBranch(db.$client, { entity: 'intakeDraft', id: draft.id });
        return isCaseFileInReach(context, found?.branchId ?? null, advisor);
      }),
    'intake.checkDuplicates': ({ draftId }, { advisor }) => findDuplicates(deps(advisor), draftId),
    'intake.complete': ({ draftId }, { advisor }) => completeIntake({ db, recorder, today, advisor }, draftId),
    'intake.discard': ({ draftId }, { advisor }) => discardIntake(deps(advisor), draftId),
  };
}
