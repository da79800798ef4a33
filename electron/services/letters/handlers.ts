/**
 * Handlers of the letters channels (issue 5). Every channel needs a signed-in advisor; batches need
 * the back-office role, checked here and not only in the UI. The worker pool starts on the first
 * letter (an advisor who never prints pays nothing) and is closed by `close()` from app-core.
 * PDFs leave as base64 in replies: the renderer never sees a file path.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import type {
  lettersChannels,
  BatchCriteriaDto,
  BatchStatusDto,
  PdfDto,
} from '../../../shared/contract/channels/letters';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { z } from 'zod';
import { GuichetError } from '../../../shared/contract/errors';
import { updateRow } from '../../../db/repositories/case-file-repo';
import type { BatchProgress } from '../../letters/batch/batch-runner';
import { sha256 } from '../../letters/batch/batch-runner';
import { issuedLettersOf, lettersDb, type BatchRow } from '../../letters/batch/journal';
import type { BatchCriteria } from '../../letters/batch/letter-source';
import { demoFund, type FundIdentity } from '../../letters/fund-identity';
import { isLetterKind, type LetterInput } from '../../letters/letter-data';
import { createLettersService, type LettersService } from '../../letters/letters-service';
import { createLetterPool, type LetterPool } from '../../letters/render/pool';
import type { RenderedLetters } from '../../letters/render/render-letters';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { caseFileLetter } from './case-file-letters';
import { caseReferenceOf } from './letter-header';
import { lettersAssetsDir, lettersWorkerFile } from './letters-paths';
import { reminderBatchSource } from './reminder-batch-source';

type ParsedRequest = z.output<(typeof lettersChannels)['letters.preview']['input']>;

export type LettersModuleOptions = {
  /** Issued letters and batch outputs (the profile's `letters/` folder). */
  archiveDir: string;
  fund?: FundIdentity;
  poolSize?: number;
  /** Letters per batch chunk for a batch of `count` letters (tests use small chunks to cancel half-way). */
  chunkSize?: (count: number) => number;
};

export type LettersModule = { handlers: HandlerGroup<keyof typeof lettersChannels>; close(): void };

/** Who may run batches: the back office (thousands of letters at night). */
export const batchRoles = ['back-office'] as const;

/**
 * About 40 chunks per batch: small batches in small chunks (a progress bar that moves, a cancel that
 * bites), large ones in chunks of 200 (the font is embedded once per chunk: ~38 ms, docs/letters.md).
 */
export function defaultChunkSize(count: number): number {
  return Math.min(200, Math.max(1, Math.ceil(count / 40)));
}

/** A slice of a batch output file per reply: a 10,000-page PDF (~55 MiB) never travels as one message. */
export const OUTPUT_SLICE_BYTES = 4 * 1024 * 1024;

export function createLettersModule(context: ServiceContext, options: LettersModuleOptions): LettersModule {
  const { db, recorder, session } = context;
  const sqlite = db.$client;
  const journal = lettersDb(sqlite);
  // Resolved on first use: a missing letterhead or font folder refuses letters, not the app's start.
  let resolved: { assetsDir: string; fund: FundIdentity } | undefined;
  const resources = () => {
    if (resolved === undefined) {
      const assetsDir = lettersAssetsDir();
      resolved = { assetsDir, fund: options.fund ?? demoFund(assetsDir) };
    }
    return resolved;
  };
  const size = Math.max(1, options.poolSize ?? availableParallelism());
  let started: Promise<LetterPool> | undefined;
  const startPool = (): Promise<LetterPool> => {
    const workerFile = lettersWorkerFile();
    const { fund, assetsDir } = resources();
    started ??= createLetterPool({ fund, size, assetsDir, ...(workerFile === undefined ? {} : { workerFile }) }).catch(
      (error: unknown) => {
        started = undefined;
        throw error;
      },
    );
    return started;
  };
  const lazyPool: LetterPool = {
    size,
    render: async (letters): Promise<RenderedLetters> => (await startPool()).render(letters),
    close: async () => {
      if (started !== undefined) await (await started).close();
    },
  };
  const progress = new Map<string, BatchProgress>();
  const source = reminderBatchSource(sqlite, {
    today: context.today,
    advisorName: () => session.requireAdvisor().displayName,
  });
  let created: LettersService | undefined;
  const service = (): LettersService =>
    (created ??= createLettersService({
      db: journal,
      pool: lazyPool,
      fund: resources().fund,
      source,
      archiveDir: options.archiveDir,
      now: context.now,
      onBatchProgress: (update) => progress.set(update.batchId, update),
    }));

  const letterFor = (
    request: ParsedRequest,
    advisorName: string,
  ): { input: LetterInput; queueId: string | undefined; ref: CaseFileRef } => {
    const letterContext = { today: context.today(), advisorName, fund: resources().fund };
    if (request.source === 'case-file')
      return {
        input: caseFileLetter(sqlite, request.caseFile, request.kind, request.params, letterContext),
        queueId: undefined,
        ref: request.caseFile,
      };
    const item = sqlite
      .prepare<
        [string],
        {
          kind: string;
          status: string;
          personId: string | null;
          companyId: string | null;
          payload: string;
          sourceEntity: string;
          sourceId: string;
        }
      >(
        `SELECT kind, status, person_id AS personId, company_id AS companyId, payload, source_entity AS sourceEntity, source_id AS sourceId FROM letter_queue WHERE id = ? AND deleted_at IS NULL`,
      )
      .get(request.queueId);
    if (!item) throw new GuichetError('not-found', 'errors.notFound', { entity: 'letter' });
    if (item.status !== 'queued') throw new GuichetError('conflict', 'letters.errors.alreadyIssued');
    if (!isLetterKind(item.kind)) throw new GuichetError('conflict', 'letters.errors.kindNotAvailable');
    const payload = JSON.parse(item.payload) as Record<string, unknown>;
    const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
    const ref: CaseFileRef =
      item.personId !== null ? { kind: 'person', id: item.personId } : { kind: 'company', id: item.companyId ?? '' };
    const params = {
      ...(text(payload.planId) === undefined ? {} : { planId: text(payload.planId) }),
      ...(text(payload.affiliationId) === undefined ? {} : { affiliationId: text(payload.affiliationId) }),
      ...(item.sourceEntity === 'request'
        ? { requestId: item.sourceId }
        : text(payload.requestId) === undefined
          ? {}
          : { requestId: text(payload.requestId) }),
    };
    return { input: caseFileLetter(sqlite, ref, item.kind, params, letterContext), queueId: request.queueId, ref };
  };

  const fileName = (input: LetterInput): string =>
    `${input.kind}-${input.data.caseReference}-${input.data.issueDate}.pdf`;
  const pdfDto = (input: LetterInput, rendered: { pdf: Buffer; pageCount: number }): PdfDto => ({
    pdfBase64: rendered.pdf.toString('base64'),
    pageCount: rendered.pageCount,
    fileName: fileName(input),
  });

  const render = async (input: LetterInput) => {
    try {
      return await service().preview(input);
    } catch (error) {
      if (error instanceof GuichetError) throw error;
      // The cause stays in the main process log; no personal data crosses.
      throw new GuichetError('internal', 'letters.errors.renderFailed');
    }
  };

  const statusOf = (batch: BatchRow): BatchStatusDto => {
    const isActive = service().isRunning(batch.id);
    const live = progress.get(batch.id);
    const done =
      batch.status === 'completed'
        ? batch.letterCount
        : (live?.done ??
          sqlite
            .prepare<[string], { n: number }>(
              'SELECT count(*) AS n FROM letter_batch_items WHERE batch_id = ? AND first_page IS NOT NULL',
            )
            .get(batch.id)?.n ??
          0);
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
  };
  const loadBatch = (batchId: string): BatchRow => {
    const batch = service().batch(batchId);
    if (!batch) throw new GuichetError('not-found', 'errors.notFound', { entity: 'letterBatch' });
    return batch;
  };
  const criteriaOf = (input: BatchCriteriaDto): BatchCriteria => ({
    kind: input.kind,
    quarter: input.quarter,
    daysAfterDue: input.daysAfterDue,
    branchCode: input.branchCode,
  });
  const requireBranch = (code: string): void => {
    if (
      !sqlite
        .prepare<[string], { id: string }>('SELECT id FROM branches WHERE code = ? AND deleted_at IS NULL')
        .get(code)
    )
      throw new GuichetError('validation', 'letters.validation.branch');
  };

  const handlers: LettersModule['handlers'] = {
    'letters.toPrint': () => {
      session.requireAdvisor();
      return sqlite
        .prepare<
          [],
          {
            id: string;
            personId: string | null;
            companyId: string | null;
            displayName: string;
            kind: string;
            language: 'fr' | 'nl' | 'de';
            reason: string;
            queuedAt: string;
          }
        >(
          `SELECT q.id, q.person_id AS personId, q.company_id AS companyId, COALESCE(p.last_name || ' ' || p.first_name, c.name, '') AS displayName,
             q.kind, q.language, q.source_entity AS reason, q.created_at AS queuedAt
           FROM letter_queue q LEFT JOIN persons p ON p.id = q.person_id LEFT JOIN companies c ON c.id = q.company_id
           WHERE q.status = 'queued' AND q.deleted_at IS NULL ORDER BY q.created_at, q.id LIMIT 500`,
        )
        .all()
        .map(({ personId, companyId, ...row }) => ({
          ...row,
          caseFile:
            personId !== null
              ? { kind: 'person' as const, id: personId }
              : { kind: 'company' as const, id: companyId ?? '' },
        }));
    },
    'letters.preview': async (request) => {
      const advisor = session.requireAdvisor();
      const { input } = letterFor(request, advisor.displayName);
      return pdfDto(input, await render(input));
    },
    'letters.issue': async (request) => {
      const advisor = session.requireAdvisor();
      const { input, queueId } = letterFor(request, advisor.displayName);
      const rendered = await render(input);
      // Recorded and the queue item marked done in one transaction (the PDF is on disk before).
      const issued = db.transaction((tx) =>
        service().archiveAndRecord(input, rendered, advisor.displayName, () => {
          if (queueId !== undefined)
            updateRow(tx, recorder, 'letter', queueId, { status: 'issued', issuedAt: context.now().toISOString() });
        }),
      );
      return { ...pdfDto(input, rendered), id: issued.id, sha256: issued.sha256 };
    },
    'letters.history': (ref) => {
      session.requireAdvisor();
      const reference = caseReferenceOf(sqlite, ref);
      return issuedLettersOf(journal, { caseReference: reference })
        .reverse()
        .map((row) => ({
          id: row.id,
          kind: row.kind,
          language: row.language,
          issuedAt: row.issuedAt,
          advisorName: row.advisorName,
          pdfSha256: row.pdfSha256,
          batchId: row.batchId,
          firstPage: row.firstPage,
          lastPage: row.lastPage,
        }));
    },
    'letters.reopen': async ({ id }) => {
      session.requireAdvisor();
      const row = issuedLettersOf(journal, {}).find((letter) => letter.id === id);
      if (!row) throw new GuichetError('not-found', 'errors.notFound', { entity: 'issuedLetter' });
      const input = row.input as unknown as LetterInput;
      if (row.batchId === null) {
        if (!existsSync(row.pdfFile)) throw new GuichetError('conflict', 'letters.errors.archiveMissing');
        const pdf = readFileSync(row.pdfFile);
        if (sha256(pdf) !== row.pdfSha256) throw new GuichetError('conflict', 'letters.errors.archiveAltered');
        return pdfDto(input, { pdf, pageCount: row.lastPage - row.firstPage + 1 });
      }
      // A batch letter is drawn again from the data it was printed from (rendering is deterministic).
      return pdfDto(input, await render(input));
    },
    'letters.batchPreview': (criteria) => {
      session.requireRole(batchRoles);
      requireBranch(criteria.branchCode);
      return { ...service().previewBatch(criteriaOf(criteria)), asOf: context.today() };
    },
    'letters.batchStart': (criteria) => {
      const advisor = session.requireRole(batchRoles);
      requireBranch(criteria.branchCode);
      if (service().previewBatch(criteriaOf(criteria)).count === 0)
        throw new GuichetError('conflict', 'letters.errors.batchEmpty');
      const batchId = service().startBatch(
        criteriaOf(criteria),
        advisor.displayName,
        options.chunkSize ?? defaultChunkSize,
      );
      return statusOf(loadBatch(batchId));
    },
    'letters.batchStatus': ({ batchId }) => {
      session.requireRole(batchRoles);
      return statusOf(loadBatch(batchId));
    },
    'letters.batchCancel': ({ batchId }) => {
      session.requireRole(batchRoles);
      const batch = loadBatch(batchId);
      // Chunks in flight finish and are kept; the status turns 'cancelled' when they have (poll batchStatus).
      void service()
        .cancelBatch(batchId)
        ?.catch(() => undefined);
      return statusOf(batch);
    },
    'letters.batchResume': ({ batchId }) => {
      session.requireRole(batchRoles);
      const batch = loadBatch(batchId);
      if (batch.status === 'completed') return statusOf(batch);
      progress.delete(batchId);
      void service()
        .resumeBatch(batchId)
        .catch(() => undefined);
      return statusOf(loadBatch(batchId));
    },
    'letters.batchList': () => {
      session.requireRole(batchRoles);
      const active = journal.query.letterBatches
        .findMany()
        .sync()
        .filter((batch) => service().isRunning(batch.id));
      return [...active, ...service().unfinishedBatches()]
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .map(statusOf);
    },
    'letters.batchOutput': ({ batchId, file, offset }) => {
      session.requireRole(batchRoles);
      const batch = loadBatch(batchId);
      const path = file === 'pdf' ? batch.pdfFile : batch.manifestFile;
      if (batch.status !== 'completed' || path === null || !existsSync(path))
        throw new GuichetError('conflict', 'letters.errors.batchNotCompleted');
      const totalBytes = statSync(path).size;
      if (offset > totalBytes) throw new GuichetError('validation', 'errors.validation');
      const end = Math.min(totalBytes, offset + OUTPUT_SLICE_BYTES);
      const slice = Buffer.alloc(end - offset);
      const descriptor = openSync(path, 'r');
      try {
        for (let read = 0; read < slice.length;) {
          const count = readSync(descriptor, slice, read, slice.length - read, offset + read);
          if (count === 0) break;
          read += count;
        }
      } finally {
        closeSync(descriptor);
      }
      const criteria = batch.criteria as { quarter?: string; branchCode?: string };
      const stem = [batch.kind, criteria.quarter, criteria.branchCode, basename(path).slice(0, 8)]
        .filter((part) => part !== undefined)
        .join('-');
      return {
        fileName: `${stem}.${file === 'pdf' ? 'pdf' : 'csv'}`,
        mediaType: file === 'pdf' ? 'application/pdf' : 'text/csv',
        totalBytes,
        base64: slice.toString('base64'),
        nextOffset: end < totalBytes ? end : null,
      };
    },
  };

  return {
    handlers,
    close() {
      // Running batches stop dispatching; their journal lets them resume at the next start.
      if (created !== undefined)
        for (const batch of journal.query.letterBatches.findMany().sync())
          if (created.isRunning(batch.id)) void created.cancelBatch(batch.id)?.catch(() => undefined);
      void lazyPool.close().catch(() => undefined);
    },
  };
}

/** Where a profile keeps its issued letters and batch outputs. */
export const lettersArchiveDir = (profileDir: string): string => join(profileDir, 'letters');
