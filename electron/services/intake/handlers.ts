/** Handlers of the intake wizard. Every one requires a signed-in, unlocked advisor. */
import type { intakeChannels } from '../../../shared/contract/channels/intake';
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
  const { db, recorder, session, today } = context;
  const deps = () => ({ db, recorder, today, advisorId: () => session.requireAdvisor().id });
  return {
    'intake.start': (input) => (session.requireAdvisor(), startIntake(deps(), input)),
    'intake.saveStep': (input) => (session.requireAdvisor(), saveIntakeStep(deps(), input)),
    'intake.get': ({ draftId }) => (
      session.requireAdvisor(),
      draftDto(db.$client, loadDraft(db, draftId, false), today())
    ),
    'intake.listDrafts': () => (session.requireAdvisor(), listIntakeDrafts(deps())),
    'intake.checkDuplicates': ({ draftId }) => (session.requireAdvisor(), findDuplicates(deps(), draftId)),
    'intake.complete': ({ draftId }) =>
      completeIntake({ db, recorder, today, advisor: session.requireAdvisor() }, draftId),
    'intake.discard': ({ draftId }) => (session.requireAdvisor(), discardIntake(deps(), draftId)),
  };
}
