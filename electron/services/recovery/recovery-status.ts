/** The case file's recovery section: the decision with its explanation, the contact task, the judicial files. */
import type Database from 'better-sqlite3';
import { readContactTask, readJudicialEvents, readJudicialFiles } from '../../../db/repositories/recovery-files-read';
import type { JudicialFileRow } from '../../../db/repositories/case-file-repo';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { JudicialFileDto, RecoveryStatusDto, contactOutcomes } from '../../../shared/contract/channels/recovery';
import { explain } from '../../../shared/domain/explanation';
import type { RecoveryDecision } from '../../../shared/domain/recovery/types';
import { decideForPerson } from './recovery-facts';

type Outcome = (typeof contactOutcomes)[number];

function judicialFileDto(sqlite: Database.Database, row: JudicialFileRow): JudicialFileDto {
  const events = readJudicialEvents(sqlite, row.id);
  const sumOf = (kind: string) =>
    events.filter((event) => event.kind === kind).reduce((sum, event) => sum + event.amountCents, 0);
  return {
    id: row.id,
    kind: row.kind,
    agentKind: row.agentKind,
    agentName: row.agentName,
    handedOverOn: row.handedOverOn,
    claimedCents: row.claimedCents,
    status: row.status,
    judgementOn: row.judgementOn,
    closedOn: row.closedOn,
    closure: row.closure,
    costsCents: sumOf('costs'),
    receivedCents: sumOf('instalment'),
    events: events.map((event) => ({
      id: event.id,
      occurredOn: event.occurredOn,
      kind: event.kind,
      amountCents: event.amountCents,
      note: event.note,
    })),
  };
}

const nothingDue: RecoveryDecision = {
  step: 'due',
  suspension: null,
  action: 'none',
  actionDueOn: null,
  isActionDue: false,
  explanation: [explain('recovery.none', 'explanation.recovery.nothingDue', {}, null)],
};

/** Companies' contributions are recovered outside this path for now: their section shows the files only. */
export function recoveryStatus(sqlite: Database.Database, ref: CaseFileRef, today: string): RecoveryStatusDto {
  const decided = ref.kind === 'person' ? decideForPerson(sqlite, ref.id, today) : undefined;
  const decision = decided?.decision ?? nothingDue;
  const task = readContactTask(sqlite, ref);
  return {
    step: decision.step,
    suspension: decision.suspension,
    action: decision.action,
    actionDueOn: decision.actionDueOn,
    isActionDue: decision.isActionDue,
    openCents: decided?.facts.openCents ?? 0,
    oldestDueDate: decided?.facts.oldestDueDate ?? null,
    explanation: decision.explanation.map((line) => ({
      ...line,
      params: { ...line.params },
      source: line.source === null ? null : { ...line.source },
    })),
    contactTask:
      task === undefined
        ? null
        : {
            id: task.id,
            status: task.status,
            dueDate: task.dueDate,
            completedAt: task.completedAt,
            outcome: task.outcome as Outcome | null,
          },
    judicialFiles: readJudicialFiles(sqlite, ref).map((row) => judicialFileDto(sqlite, row)),
  };
}
