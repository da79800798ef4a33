/**
 * `guichet rights scan --profile DIR [--key-dir DIR] [--as-of YYYY-MM-DD] [--json]`: the proactive
 * follow-up the app also runs every day (a task for every new event, an information letter where the
 * fund acts by itself); a second run creates nothing.
 * `guichet rights check --niss N --profile DIR [--key-dir DIR] [--as-of YYYY-MM-DD] [--json]`: each
 * right of that person with its status, amount and rule lines. Both read a profile (opened with its
 * key, closed after).
 */
import { resolve } from 'node:path';
import { readSetting } from '../../../db/repositories/settings-repo';
import { createChangeRecorder } from '../../../db/repositories/change-recorder';
import { findPersonIdByNiss } from '../../../db/repositories/rights-read';
import { openProfileDatabase } from '../../../db/profile-database';
import { defaultKeyDir, keyFileProfileKeyStore } from '../../../db/profile-key-store';
import type { GuichetDb } from '../../../db/connection';
import { closeDatabase } from '../../../db/connection';
import type { RightAssessmentDto } from '../../../shared/contract/channels/rights';
import { parseNiss } from '../../../shared/domain/identifiers/niss';
import { fundDay } from '../../../shared/domain/fund-day';
import { cents } from '../../../shared/domain/money';
import { scanRights } from '../../services/rights/rights-scan';
import { rightsView } from '../../services/rights/rights-view';
import { CliError, parseOptions } from '../args';
import { explanationText, money, type Output } from '../output';

export const RIGHTS_SCAN_USAGE = 'rights scan --profile DIR [--key-dir DIR] [--as-of YYYY-MM-DD] [--json]';
export const RIGHTS_CHECK_USAGE =
  'rights check --niss NISS --profile DIR [--key-dir DIR] [--as-of YYYY-MM-DD] [--json]';

const options = {
  profile: { type: 'string' },
  'key-dir': { type: 'string' },
  'as-of': { type: 'string' },
  niss: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function openProfile(profile: string, keyDir: string | undefined): GuichetDb {
  const dir = resolve(profile);
  return openProfileDatabase({
    profileDir: dir,
    profileKeys: keyFileProfileKeyStore(resolve(keyDir ?? process.env['GUICHET_KEY_DIR'] ?? defaultKeyDir(dir))),
  }).db;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asOf(value: string | undefined, now: Date): string {
  if (value === undefined) return fundDay(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError('--as-of must be a date YYYY-MM-DD');
  return value;
}

function scan(db: GuichetDb, today: string, now: Date): Output {
  const deviceId = readSetting<string>(db, 'deviceId');
  if (deviceId === undefined) throw new CliError('this profile has no device id yet: open it with the app once');
  // A scan is the fund's own act: its writes carry no advisor.
  const recorder = createChangeRecorder(db, { deviceId, advisorId: null, now: () => now });
  const outcome = scanRights(db, recorder, today);
  return {
    json: outcome,
    text: [
      `${outcome.events} new event(s): ${outcome.tasks} task(s) opened, ${outcome.letters} letter(s) queued, ${outcome.reminders} deadline reminder(s)`,
    ],
  };
}

function amountJson(assessment: RightAssessmentDto): unknown {
  const amount = assessment.amount;
  if (amount === null) return null;
  if (amount.kind === 'monthly-benefit') return { ...amount, monthly: money(cents(amount.monthlyCents)) };
  if (amount.kind === 'quarterly-contribution') return { ...amount, quarterly: money(cents(amount.quarterlyCents)) };
  return amount;
}

function amountText(assessment: RightAssessmentDto): string {
  const amount = assessment.amount;
  if (amount === null) return 'no amount';
  switch (amount.kind) {
    case 'monthly-benefit':
      return `${money(cents(amount.monthlyCents)).formatted} a month for ${amount.months} month(s)`;
    case 'service-vouchers':
      return `${amount.count} service vouchers from ${amount.usableFrom} to ${amount.usableUntil}`;
    case 'quarterly-contribution':
      return `${money(cents(amount.quarterlyCents)).formatted} a quarter`;
    case 'assimilated-quarters':
      return `quarters assimilated: ${amount.quarters.join(', ') || 'none'}`;
  }
}

function check(db: GuichetDb, nissInput: string | undefined, today: string): Output {
  if (nissInput === undefined) throw new CliError('--niss NISS is required');
  const niss = parseNiss(nissInput);
  if (!niss.ok) throw new CliError(`--niss is not a valid NISS (${niss.error.messageKey})`);
  const personId = findPersonIdByNiss(db.$client, niss.value.niss);
  if (personId === undefined) throw new CliError('no person with this NISS in the profile');
  const view = rightsView(db.$client, personId, today);
  return {
    json: {
      asOf: today,
      rights: view.assessments.map((assessment) => ({
        right: assessment.right,
        status: assessment.status,
        eventId: assessment.eventId,
        amount: amountJson(assessment),
        nextStep: assessment.nextStep,
        isFundInitiative: assessment.isFundInitiative,
        applicationId: assessment.applicationId,
        hasUnconfirmedFigure: assessment.hasUnconfirmedFigure,
        lines: assessment.lines,
      })),
    },
    text: view.assessments.flatMap((assessment) => [
      `${assessment.right}: ${assessment.status}, ${amountText(assessment)}${assessment.hasUnconfirmedFigure ? ' (unconfirmed figure)' : ''}`,
      ...explanationText(assessment.lines),
    ]),
  };
}

/** Opens the profile the options name, runs `body` on it and closes it whatever happens. */
function onProfile(
  args: readonly string[],
  now: Date,
  body: (db: GuichetDb, today: string, niss?: string) => Output,
): Output {
  const { values } = parseOptions(args, options);
  const profile = text(values['profile']);
  if (profile === undefined) throw new CliError('--profile DIR is required');
  const today = asOf(text(values['as-of']), now);
  const db = openProfile(profile, text(values['key-dir']));
  try {
    return body(db, today, text(values['niss']));
  } finally {
    closeDatabase(db);
  }
}

export function rightsScanCommand(args: readonly string[], now: Date = new Date()): Output {
  return onProfile(args, now, (db, today) => scan(db, today, now));
}

export function rightsCheckCommand(args: readonly string[], now: Date = new Date()): Output {
  return onProfile(args, now, (db, today, niss) => check(db, niss, today));
}
