/**
 * What the letters handlers share: the journal, the lazily started pool, the letters service (built
 * on first use) and the progress of running batches as last reported.
 */
import { lettersDb, type LettersDb } from '../../../db/repositories/letter-batch-journal';
import { plainArchive, sealedArchive, type ArchiveCipher } from '../../letters/archive-cipher';
import type { BatchProgress } from '../../letters/batch/batch-runner';
import type { FundIdentity } from '../../letters/fund-identity';
import { createLettersService, type LettersService } from '../../letters/letters-service';
import type { ServiceContext } from '../service-context';
import { createLazyLetterPool, type LazyLetterPool } from './letter-pool';
import { caseFileBatchSource } from './formal-notice-batch-source';
import { auditBatchLetters } from './issued-letter-audit';

export type LettersModuleOptions = {
  /** Issued letters and batch outputs (the profile's `letters/` folder). */
  archiveDir: string;
  /** Key the archive's files are encrypted with (derived from the profile key); without it they stay plain. */
  archiveKey?: Buffer;
  fund?: FundIdentity;
  poolSize?: number;
  /** Letters per batch chunk for a batch of `count` letters (tests use small chunks to cancel half-way). */
  chunkSize?: (count: number) => number;
};

export type LettersRuntime = {
  context: ServiceContext;
  options: LettersModuleOptions;
  journal: LettersDb;
  archive: ArchiveCipher;
  lazy: LazyLetterPool;
  progress: Map<string, BatchProgress>;
  service(): LettersService;
  /** The service if a letter or batch has needed it, without building it. */
  serviceIfStarted(): LettersService | undefined;
};

export function createLettersRuntime(context: ServiceContext, options: LettersModuleOptions): LettersRuntime {
  const journal = lettersDb(context.db.$client);
  const archive = options.archiveKey ? sealedArchive(options.archiveKey) : plainArchive;
  const lazy = createLazyLetterPool(options);
  const progress = new Map<string, BatchProgress>();
  const source = caseFileBatchSource(context.db.$client, {
    today: context.today,
    advisorName: () => context.session.requireAdvisor().displayName,
    fund: () => lazy.resources().fund,
  });
  let created: LettersService | undefined;
  const service = (): LettersService =>
    (created ??= createLettersService({
      db: journal,
      pool: lazy.pool,
      fund: lazy.resources().fund,
      source,
      archiveDir: options.archiveDir,
      archive,
      now: context.now,
      onBatchProgress: (update) => progress.set(update.batchId, update),
      auditBatchLetters: (batchId, letters) => auditBatchLetters(context.recorder, batchId, letters),
    }));
  return { context, options, journal, archive, lazy, progress, service, serviceIfStarted: () => created };
}
