/**
 * The back office's batches: count and total first, start, progress (letters/s, time left), cancel,
 * resume after a restart, list, and the output in slices. The back-office role is checked here, not
 * only in the UI.
 */
import { existsSync } from 'node:fs';
import { listBatches, renderedLetterCount, type BatchRow } from '../../../db/repositories/letter-batch-journal';
import { readBranchIdByCode } from '../../../db/repositories/letters-read';
import type { BatchCriteriaDto, BatchStatusDto } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import type { BatchCriteria } from '../../letters/batch/letter-source';
import type { HandlerGroup } from '../service-context';
import { batchOutputSlice } from './batch-output';
import type { LettersRuntime } from './letters-runtime';

type BatchChannels =
  | 'letters.batchPreview'
  | 'letters.batchStart'
  | 'letters.batchStatus'
  | 'letters.batchCancel'
  | 'letters.batchResume'
  | 'letters.batchList'
  | 'letters.batchOutput';

/** Who may run batches: the back office (thousands of letters at night). */
export const batchRoles = ['back-office'] as const;

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
  return { kind: input.kind, quarter: input.quarter, daysAfterDue: input.daysAfterDue, branchCode: input.branchCode };
}

function startBatch(runtime: LettersRuntime, input: BatchCriteriaDto): BatchStatusDto {
  const advisor = runtime.context.session.requireRole(batchRoles);
  const criteria = checkedCriteria(runtime, input);
  if (runtime.service().previewBatch(criteria).count === 0)
    throw new GuichetError('conflict', 'letters.errors.batchEmpty');
  const chunkSize = runtime.options.chunkSize ?? defaultChunkSize;
  const batchId = runtime.service().startBatch(criteria, advisor.displayName, chunkSize);
  return statusOf(runtime, loadBatch(runtime, batchId));
}

function cancelBatch(runtime: LettersRuntime, batchId: string): BatchStatusDto {
  runtime.context.session.requireRole(batchRoles);
  const batch = loadBatch(runtime, batchId);
  // Chunks in flight finish and are kept; the status turns 'cancelled' when they have (poll batchStatus).
  void runtime
    .service()
    .cancelBatch(batchId)
    ?.catch(() => undefined);
  return statusOf(runtime, batch);
}

function resumeBatch(runtime: LettersRuntime, batchId: string): BatchStatusDto {
  runtime.context.session.requireRole(batchRoles);
  const batch = loadBatch(runtime, batchId);
  if (batch.status === 'completed') return statusOf(runtime, batch);
  runtime.progress.delete(batchId);
  void runtime
    .service()
    .resumeBatch(batchId)
    .catch(() => undefined);
  return statusOf(runtime, loadBatch(runtime, batchId));
}

/** Running batches and those left unfinished, newest first. */
function listRunningAndUnfinished(runtime: LettersRuntime): BatchStatusDto[] {
  runtime.context.session.requireRole(batchRoles);
  const service = runtime.service();
  const active = listBatches(runtime.journal).filter((batch) => service.isRunning(batch.id));
  return [...active, ...service.unfinishedBatches()]
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    .map((batch) => statusOf(runtime, batch));
}

export function batchHandlers(runtime: LettersRuntime): HandlerGroup<BatchChannels> {
  const { session, today } = runtime.context;
  return {
    'letters.batchPreview': (criteria) => {
      session.requireRole(batchRoles);
      return { ...runtime.service().previewBatch(checkedCriteria(runtime, criteria)), asOf: today() };
    },
    'letters.batchStart': (criteria) => startBatch(runtime, criteria),
    'letters.batchStatus': ({ batchId }) => {
      session.requireRole(batchRoles);
      return statusOf(runtime, loadBatch(runtime, batchId));
    },
    'letters.batchCancel': ({ batchId }) => cancelBatch(runtime, batchId),
    'letters.batchResume': ({ batchId }) => resumeBatch(runtime, batchId),
    'letters.batchList': () => listRunningAndUnfinished(runtime),
    'letters.batchOutput': ({ batchId, file, offset }) => {
      session.requireRole(batchRoles);
      return batchOutputSlice(loadBatch(runtime, batchId), file, offset);
    },
  };
}

/** Running batches stop dispatching; their journal lets them resume at the next start. */
export function stopRunningBatches(runtime: LettersRuntime): void {
  const service = runtime.serviceIfStarted();
  if (service === undefined) return;
  for (const batch of listBatches(runtime.journal))
    if (service.isRunning(batch.id)) void service.cancelBatch(batch.id)?.catch(() => undefined);
}
