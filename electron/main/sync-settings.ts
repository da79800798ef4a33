/**
 * Where the desktop app finds its head office. An installed app reads `head-office.json` in its
 * profile folder (written when IT deploys the machine: `{ "url": "https://…", "deviceName": "…" }`);
 * the one-time enrolment code is typed by the advisor on the sync page. Development runs may use the
 * same variables as browser mode (GUICHET_HEAD_OFFICE, GUICHET_ENROL_CODE, GUICHET_DEVICE_NAME).
 * Pure apart from reading that one file, so it is tested without Electron.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeadOfficeSettings } from '../services/app-core';

export const HEAD_OFFICE_FILE = 'head-office.json';

export function headOfficeSettings(options: {
  userDataDir: string;
  isDevelopment: boolean;
  env: NodeJS.ProcessEnv;
}): HeadOfficeSettings | undefined {
  const { env } = options;
  if (options.isDevelopment && env['GUICHET_HEAD_OFFICE']) {
    return {
      url: env['GUICHET_HEAD_OFFICE'],
      ...(env['GUICHET_ENROL_CODE'] ? { enrolCode: env['GUICHET_ENROL_CODE'] } : {}),
      ...(env['GUICHET_DEVICE_NAME'] ? { deviceName: env['GUICHET_DEVICE_NAME'] } : {}),
    };
  }
  let text: string;
  try {
    text = readFileSync(join(options.userDataDir, HEAD_OFFICE_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = JSON.parse(text) as { url?: unknown; deviceName?: unknown };
  if (typeof parsed.url !== 'string' || !/^https?:\/\//.test(parsed.url))
    throw new Error(`${HEAD_OFFICE_FILE}: "url" must be an http(s) URL`);
  return { url: parsed.url, ...(typeof parsed.deviceName === 'string' ? { deviceName: parsed.deviceName } : {}) };
}
