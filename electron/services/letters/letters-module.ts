/**
 * The letters module app-core binds: the single letters of the counter and the back office's batches,
 * over one runtime (journal, lazily started worker pool, letters service). `close()` from app-core
 * stops running batches (they resume at the next start) and the pool.
 */
import { join } from 'node:path';
import type { lettersChannels } from '../../../shared/contract/channels/letters';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { attestationHandlers } from './attestation.handlers';
import { batchHandlers, stopRunningBatches } from './batch.handlers';
import { singleLetterHandlers } from './letter.handlers';
import { sealArchiveFolder } from '../../letters/archive-cipher';
import { writeFileDurably } from '../../letters/batch/batch-runner';
import { createLettersRuntime, type LettersModuleOptions } from './letters-runtime';

/** `close()` resolves once the worker pool has stopped (nothing writes to the archive after it). */
export type LettersModule = { handlers: HandlerGroup<keyof typeof lettersChannels>; close(): Promise<void> };

export function createLettersModule(context: ServiceContext, options: LettersModuleOptions): LettersModule {
  const runtime = createLettersRuntime(context, options);
  // Letters archived before the archive was encrypted are sealed now, before anything reads them.
  sealArchiveFolder(options.archiveDir, runtime.archive, writeFileDurably);
  return {
    handlers: { ...singleLetterHandlers(runtime), ...batchHandlers(runtime), ...attestationHandlers(runtime) },
    close() {
      stopRunningBatches(runtime);
      return runtime.lazy.pool.close().catch(() => undefined);
    },
  };
}

/** Where a profile keeps its issued letters and batch outputs. */
export const lettersArchiveDir = (profileDir: string): string => join(profileDir, 'letters');
