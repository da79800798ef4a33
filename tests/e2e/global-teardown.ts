/**
 * Scans the run's process logs for personal data (tests/log-scan/scan-e2e-logs.ts) and fails the run
 * on a finding. In a child process under tsx: the scan seeds the demo persons again, and the seed's
 * code imports JSON data the way tsx and the bundlers load it, not the way Playwright's loader does.
 */
import { spawnSync } from 'node:child_process';

export default function globalTeardown(): void {
  const scan = spawnSync(process.execPath, ['--import', 'tsx', 'tests/log-scan/scan-e2e-logs.ts'], {
    stdio: 'inherit',
  });
  if (scan.status !== 0) throw new Error('the personal-data scan of the e2e logs failed (see above)');
}
