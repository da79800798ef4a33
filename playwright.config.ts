import { chromium as playwrightChromium, defineConfig } from '@playwright/test';
import { resolveChromium } from './scripts/chromium.mjs';

// The same resolution as the preflight (`npm test` checks it first): GUICHET_CHROMIUM, else the
// distribution's Chromium on PATH, else Playwright's own.
const chromium = resolveChromium({ playwrightExecutable: () => playwrightChromium.executablePath() });

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results/e2e',
  // Every process the specs start writes its output under test-results/e2e-logs/; the teardown
  // scans it for personal data and fails the run on a finding.
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  // A spec file's tests share the app its worker started, so they run in order; the files run two at
  // a time, each worker with its own app, profile, port and head-office database.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // Playwright's own browser runs as the full Chromium in headless mode, like the others, so that
    // `playwright install --no-shell chromium` is all it needs (no separate headless shell).
    ...(chromium.source === 'playwright' ? { channel: 'chromium' } : {}),
    viewport: { width: 1280, height: 800 },
    locale: 'fr-BE',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromium.source === 'playwright' ? {} : { executablePath: chromium.executablePath }),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
