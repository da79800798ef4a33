/** Starts the run with no log of an earlier one, so the final scan reads this run's processes only. */
import { rmSync } from 'node:fs';
import { E2E_LOG_DIR } from './process-log';

export default function globalSetup(): void {
  rmSync(E2E_LOG_DIR, { recursive: true, force: true });
}
