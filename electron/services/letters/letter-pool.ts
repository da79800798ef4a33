/**
 * The letters' worker pool and resources, started on first use: an advisor who never prints pays
 * nothing, and a missing letterhead or font folder refuses letters, not the app's start.
 */
import { availableParallelism } from 'node:os';
import { demoFund, type FundIdentity } from '../../letters/fund-identity';
import { createLetterPool, type LetterPool } from '../../letters/render/pool';
import type { RenderedLetters } from '../../letters/render/render-letters';
import { lettersAssetsDir, lettersWorkerFile } from './letters-paths';

export type LetterResources = { assetsDir: string; fund: FundIdentity };
export type LazyLetterPool = { pool: LetterPool; resources(): LetterResources };

export function createLazyLetterPool(options: { fund?: FundIdentity; poolSize?: number }): LazyLetterPool {
  let resolved: LetterResources | undefined;
  const resources = (): LetterResources => {
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
    // A pool that failed to start is tried again on the next letter.
    started ??= createLetterPool({ fund, size, assetsDir, ...(workerFile === undefined ? {} : { workerFile }) }).catch(
      (error: unknown) => {
        started = undefined;
        throw error;
      },
    );
    return started;
  };
  const pool: LetterPool = {
    size,
    render: async (letters): Promise<RenderedLetters> => (await startPool()).render(letters),
    close: async () => {
      if (started !== undefined) await (await started).close();
    },
  };
  return { pool, resources };
}
