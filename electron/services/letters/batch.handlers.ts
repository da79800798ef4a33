/**
 * The back office's batches: count and total first, start, progress (letters/s, time left), cancel,
 * resume after a restart, list, and the output in slices. The back-office role and the branch are
 * checked by the access rules of these channels (shared/contract/access.ts) before any of this runs.
 */
import { existsSync } from 'node:fs';
import { listBatches, renderedLetterCount, type BatchRow } from '../../../db/repositories/letter-batch-journal';
import { readBranchIdByCode } from '../../../db/repositories/letters-read';
import {
  BATCH_CANDIDATE_LIMIT,
  batchKindFields,
  type BatchCandidatesDto,
  type BatchCriteriaDto,
  type BatchStatusDto,
} from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import type { BatchCriteria } from '../../letters/batch/letter-source';
import type { HandlerGroup } from '../service-context';
import { batchCandidates } from './batch-candidates';
import { batchOutputSlice } from './batch-output';
import type { LettersRuntime } from './letters-runtime';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';

type BatchChannels =
  | 'letters.batchPreview'
  | 'letters.batchCandidates'
  | 'letters.batchStart'
  | 'letters.batchStatus'
  | 'letters.batchCancel'
  | 'letters.batchResume'
  | 'letters.batchList'
  | 'letters.batchOutput';

/**
 * About 40 chunks per batch: small batches in small chunks (a progress bar that moves, a cancel that
 * bites), large ones in chunks of 200 (the font is embedded once per chunk, docs/letters.md).
 */
export function defaultChunkSize(count: number): number {
  return Math.min(200, Math.max(1, Math.ceil(count / 40)));
}

function statusOf(runtime: LettersRuntime, batch: BatchRow): BatchStatusDto {
  const isActive = runtime.service().isRunning(batch.id);
  const live = runtime.progress.get(batch.id);
  const done =
    batch.status === 'completed' ? batch.letterCount : (live?.done ?? renderedLetterCount(runtime.journal, batch.id));
  return {
    id: batch.id,
    kind: batch.kind,
    status: batch.status,
    isActive,
    criteria: batch.criteria,
    done,
    total: batch.letterCount,
    totalCents: batch.totalCents,
    lettersPerSecond: isActive ? (live?.lettersPerSecond ?? 0) : 0,
    secondsLeft: isActive && live?.secondsLeft !== undefined ? live.secondsLeft : null,
    createdAt: batch.createdAt,
    completedAt: batch.completedAt,
    pdfSha256: batch.pdfSha256,
    hasOutput: batch.status === 'completed' && batch.pdfFile !== null && existsSync(batch.pdfFile),
  };
}

function loadBatch(runtime: LettersRuntime, batchId: string): BatchRow {
  const batch = runtime.service().batch(batchId);
  if (!batch) throw new GuichetError('not-found', 'errors.notFound', { entity: 'letterBatch' });
  return batch;
}

/** The role, then the branch: a batch for a branch that does not exist is refused before counting. */
function checkedCriteria(runtime: LettersRuntime, input: BatchCriteriaDto): BatchCriteria {
  if (readBranchIdByCode(runtime.context.db.$client, input.branchCode) === undefined)
    throw new GuichetError('validation', 'letters.validation.branch');
  // Only the fields the kind uses (batchKindFields): a stray field would be frozen into the journal's criteria.
  const criteria: BatchCriteria = { kind: input.kind, branchCode: input.branchCode };
  for (const field of batchKindFields[input.kind]) Object.assign(criteria, { [field]: input[field] });
  return criteria;
}

/** Who the batch takes and why, then who it leaves out and why; the list is cut, the counts are not. */
function candidatesOf(runtime: LettersRuntime, input: BatchCriteriaDto): BatchCandidatesDto {
  const all = batchCandidates(runtime.context.db.$client, checkedCriteria(runtime, input), runtime.context.today());
  const inCount = all.filter((candidate) => candidate.isIn).length;
  return {
    inCount,
    outCount: all.length - inCount,
    candidates: all.slice(0, BATCH_CANDIDATE_LIMIT).map(({ ref, displayName, isIn, why }) => ({
      caseFile: ref,
      displayName,
      isIn,
      why,
    })),
  };
}

function startBatch(runtime: LettersRuntime, input: BatchCriteriaDto, advisor: AdvisorWithBranch): BatchStatusDto {
  const criteria = checkedCriteria(runtime, input);
  if (runtime.service().previewBatch(criteria).count === 0)
    throw new GuichetError('conflict', 'letters.errors.batchEmpty');
  const chunkSize = runtime.options.chunkSize ?? defaultChunkSize;
  const batchId = runtime.service().startBatch(criteria, advisor.displayName, chunkSize);
  return statusOf(runtime, loadBatch(runtime, batchId));
}

function cancelBatch(runtime: LettersRuntime, batchId: string): BatchStatusDto {
  const batch = loadBatch(runtime, batchId);
  // Chunks in flight finish and are kept; the status turns 'cancelled' when they have (poll batchStatus).
  void runtime
    .service()
    .cancelBatch(batchId)
    ?.catch(() => undefined);
  return statusOf(runtime, batch);
}

function resumeBatch(runtime: LettersRuntime, batchId: string): BatchStatusDto {
  const batch = loadBatch(runtime, batchId);
  if (batch.status === 'completed') return statusOf(runtime, batch);
  runtime.progress.delete(batchId);
  void runtime
    .service()
    .resumeBatch(batchId)
    .catch(() => undefined);
  return statusOf(runtime, loadBatch(runtime, batchId));
}

/**
 * Running batches and those left unfinished, newest first: on a stand-alone profile, those of the
 * advisor's branch only (a device synced with head office holds its own branch alone).
 */
function listRunningAndUnfinished(runtime: LettersRuntime, advisor: AdvisorWithBranch): BatchStatusDto[] {
  const service = runtime.service();
  const active = listBatches(runtime.journal).filter((batch) => service.isRunning(batch.id));
  const isMine = (batch: BatchRow) =>
    runtime.context.isScopedByHeadOffice || batch.criteria.branchCode === advisor.branchCode;
  return [...active, ...service.unfinishedBatches()]
    .filter(isMine)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    .map((batch) => statusOf(runtime, batch));
}

export function batchHandlers(runtime: LettersRuntime): HandlerGroup<BatchChannels> {
  const { today } = runtime.context;
  return {
    'letters.batchPreview': (criteria) => ({
      ...runtime.service().previewBatch(checkedCriteria(runtime, criteria)),
      asOf: today(),
    }),
    'letters.batchCandidates': (criteria) => candidatesOf(runtime, criteria),
    'letters.batchStart': (criteria, { advisor }) => startBatch(runtime, criteria, advisor),
    'letters.batchStatus': ({ batchId }) => statusOf(runtime, loadBatch(runtime, batchId)),
    'letters.batchCancel': ({ batchId }) => cancelBatch(runtime, batchId),
    'letters.batchResume': ({ batchId }) => resumeBatch(runtime, batchId),
    'letters.batchList': (_input, { advisor }) => listRunningAndUnfinished(runtime, advisor),
    'letters.batchOutput': ({ batchId, file, offset }) =>
      batchOutputSlice(loadBatch(runtime, batchId), file, offset, runtime.archive),
  };
}

/** Running batches stop dispatching; their journal lets them resume at the next start. */
export function stopRunningBatches(runtime: LettersRuntime): void {
  const service = runtime.serviceIfStarted();
  if (service === undefined) return;
  for (const batch of listBatches(runtime.journal))
    if (service.isRunning(batch.id)) void service.cancelBatch(batch.id)?.catch(() => undefined);
}
