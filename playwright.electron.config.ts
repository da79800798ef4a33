import { defineConfig } from '@playwright/test';
import { electronMissingReason, findElectronExecutable } from './tests/e2e-electron/electron-binary';

// The desktop app under the real Electron binary (see tests/e2e-electron/smoke.spec.ts). Where the
// binary is not installed the specs skip themselves; the list reporter shows "skipped" but not
// why, so the reason is printed here once, in the runner's own output.
if (!process.env.TEST_WORKER_INDEX && !findElectronExecutable()) {
  console.warn(`[e2e-electron] skipping the desktop specs. ${electronMissingReason}`);
}

export default defineConfig({
  testDir: './tests/e2e-electron',
  outputDir: './test-results/e2e-electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
