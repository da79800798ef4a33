/**
 * Manual, long-running checks kept out of `npm test` (e.g. `npm run test:manual:letters-10k`): the
 * same browser settings as playwright.config.ts, another folder, minutes instead of a minute.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: './tests/manual',
  outputDir: './test-results/manual',
  timeout: 15 * 60_000,
});
