/**
 * `guichet letters …`: render a sample of a kind, or run a back-office batch headless (the same
 * engine as the batch screen). Exit codes: 0 done, 2 invalid input (one line on stderr), 1 failure,
 * 130 cancelled with Ctrl+C (the batch is resumable with --resume).
 */
import { openDatabase } from '../../../db/connection';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatEuros, cents } from '../../../shared/domain/money';
import { isBelgianPostalCode } from '../../../shared/domain/identifiers/postal-code';
import { GuichetError } from '../../../shared/contract/errors';
import { createBatch, DEFAULT_CHUNK_SIZE, runBatch, type BatchProgress } from '../../letters/batch/batch-runner';
import { getBatch, lettersDb } from '../../../db/repositories/letter-batch-journal';
import { demoSource, previewBatch, type BatchCriteria } from '../../letters/batch/letter-source';
import { fundDay } from '../../../shared/domain/fund-day';
import { openProfileDatabase } from '../../../db/profile-database';
import { defaultKeyDir, keyFileProfileKeyStore } from '../../../db/profile-key-store';
import { caseFileBatchSource } from '../../services/letters/formal-notice-batch-source';
import { batchCandidates } from '../../services/letters/batch-candidates';
import type { BatchCandidate } from '../../services/letters/periodic-batch-source';
import { batchKindFields, batchKindNames, type BatchKindName } from '../../../shared/contract/channels/letters';
import { demoLetter } from '../../letters/sample-letters';
import {
  checkFundIdentity,
  demoFund,
  loadFundConfig,
  resolveFund,
  type FundIdentity,
} from '../../letters/fund-identity';
import { isLanguage, isLetterKind, languages, letterKinds } from '../../letters/letter-data';
import { createLetterPool } from '../../letters/render/pool';
import { renderLetters } from '../../letters/render/render-letters';

export const LETTERS_USAGE = [
  `letters sample --kind KIND --lang ${languages.join('|')} [--postal-code NNNN] --out FILE.pdf [--fund FUND.json]   (--postal-code: the addressee's domicile, which picks the labour court)`,
  "letters batch --profile DIR [--key-dir DIR] --quarter YYYY-Qn --branch CODE [--days-after-due N] --out DIR [--advisor NAME] [--workers N] [--dry-run]   (reminders from a profile's case files)",
  'letters batch --profile DIR --kind formal-notice|account-statement --branch CODE --out DIR [--advisor NAME] [--workers N] [--dry-run]   (letters the recovery path has reached)',
  'letters batch --profile DIR --kind due-notice --quarter YYYY-Qn --branch CODE --out DIR [--advisor NAME] [--workers N] [--dry-run]   (the due notices of a quarter)',
  'letters batch --profile DIR --kind tax-certificate|company-notice --year YYYY --branch CODE --out DIR [--advisor NAME] [--workers N] [--dry-run]   (tax certificates, company contribution notices of a year)',
  'letters batch --profile DIR --kind company-reminder --year YYYY --branch CODE [--days-after-due N] --out DIR [--advisor NAME] [--workers N] [--dry-run]   (company contributions unpaid after their due date)',
  `letters batch --kind KIND --demo COUNT --out DIR [--lang ${languages.join('|')}] [--min-cents N] [--chunk N] [--workers N] [--db FILE] [--advisor NAME] [--dry-run]`,
  'letters batch --resume BATCH_ID --out DIR [--db FILE] [--workers N]',
  `kinds: ${letterKinds.join(', ')}`,
].join('\n');

class UsageError extends Error {}

type Io = { out: (line: string) => void; err: (line: string) => void };
const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function runLettersCommand(argv: string[], io: Io = processIo): Promise<number> {
  const [subcommand, ...args] = argv;
  try {
    if (subcommand === 'sample') return await sample(args, io);
    if (subcommand === 'batch') return await batch(args, io);
    if (subcommand === undefined || subcommand === '--help') {
      io.out(LETTERS_USAGE);
      return subcommand === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown letters command '${subcommand}' (sample or batch)`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RangeError) {
      io.err(`guichet letters: ${error.message.split('\n')[0] ?? ''}`);
      return 2;
    }
    if (error instanceof GuichetError && error.code === 'validation') {
      // A refusal of the data (e.g. addresses that do not fit the window): its key and count, no personal data.
      io.err(`guichet letters: ${error.messageKey} ${JSON.stringify(error.details?.['params'] ?? {})}`);
      return 2;
    }
    io.err(`guichet letters: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function options(
  args: string[],
  spec: Record<string, { type: 'string' | 'boolean' }>,
): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'invalid arguments');
  }
}

function text(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function integer(
  values: Record<string, string | boolean | undefined>,
  name: string,
  minimum: number,
): number | undefined {
  const value = text(values, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < minimum)
    throw new UsageError(`--${name} must be an integer ≥ ${minimum}, got '${value}'`);
  return Number(value);
}

function fundFrom(file: string | undefined): FundIdentity {
  const fund = file === undefined ? demoFund() : resolveFund(loadFundConfig(file));
  const problems = checkFundIdentity(fund);
  if (problems.length > 0) throw new UsageError(`fund configuration invalid: ${problems.join(', ')}`);
  return fund;
}

async function sample(args: string[], io: Io): Promise<number> {
  const values = options(args, {
    kind: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    fund: { type: 'string' },
    'postal-code': { type: 'string' },
  });
  const kind = text(values, 'kind') ?? '';
  const language = text(values, 'lang') ?? '';
  const out = text(values, 'out');
  if (!isLetterKind(kind)) throw new UsageError(`--kind must be one of ${letterKinds.join(', ')}`);
  if (!isLanguage(language)) throw new UsageError('--lang must be fr, nl or de');
  if (out === undefined) throw new UsageError('--out FILE.pdf is required');
  const postalCode = text(values, 'postal-code');
  if (postalCode !== undefined && !isBelgianPostalCode(postalCode))
    throw new UsageError(`--postal-code must be a Belgian postal code, got '${postalCode}'`);
  const letter = demoLetter(kind, language, 0, postalCode === undefined ? {} : { postalCode });
  const rendered = await renderLetters([letter], fundFrom(text(values, 'fund')));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, rendered.pdf);
  io.out(`${out}: ${kind} (${language}), ${rendered.pageCount} page(s), ${rendered.pdf.length} bytes`);
  return 0;
}

async function batch(args: string[], io: Io): Promise<number> {
  const values = options(args, {
    kind: { type: 'string' },
    demo: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    'min-cents': { type: 'string' },
    chunk: { type: 'string' },
    workers: { type: 'string' },
    db: { type: 'string' },
    advisor: { type: 'string' },
    resume: { type: 'string' },
    fund: { type: 'string' },
    'dry-run': { type: 'boolean' },
    profile: { type: 'string' },
    'key-dir': { type: 'string' },
    quarter: { type: 'string' },
    branch: { type: 'string' },
    'days-after-due': { type: 'string' },
    year: { type: 'string' },
  });
  const out = text(values, 'out');
  if (out === undefined) throw new UsageError('--out DIR is required');
  const outputDir = resolve(out);
  const profile = text(values, 'profile');
  const quarter = text(values, 'quarter');
  const branchCode = text(values, 'branch');
  // Checked before anything is created: a refused command leaves no folder and no journal behind.
  const profileCriteria =
    profile !== undefined && text(values, 'resume') === undefined
      ? profileBatchCriteria(text(values, 'kind') ?? 'reminder', {
          quarter,
          branchCode,
          year: text(values, 'year'),
          daysAfterDue: integer(values, 'days-after-due', 0),
        })
      : undefined;
  mkdirSync(outputDir, { recursive: true });
  // A headless batch keeps its journal in a database of its own (a profile's, with --db): the same
  // migrations as the app, so the letter tables are the ones migration 0004 defines.
  // With --profile the letters come from that profile's case files and its journal is the profile's own,
  // exactly as the batch screen does; otherwise from the demo source, journal beside the output.
  // A profile opens with its key (the key file of browser mode: --key-dir, GUICHET_KEY_DIR, or the
  // profile's sibling .keys folder); the batch's output in --out is what the user asked to print, plain.
  const client =
    profile !== undefined
      ? openProfileDatabase({
          profileDir: resolve(profile),
          profileKeys: keyFileProfileKeyStore(
            resolve(text(values, 'key-dir') ?? process.env['GUICHET_KEY_DIR'] ?? defaultKeyDir(resolve(profile))),
          ),
        }).db.$client
      : openDatabase(text(values, 'db') ?? join(outputDir, 'letters-journal.sqlite')).$client;
  const db = lettersDb(client);
  try {
    let batchId = text(values, 'resume');
    if (batchId === undefined) {
      const language = text(values, 'lang');
      if (language !== undefined && !isLanguage(language)) throw new UsageError('--lang must be fr, nl or de');
      const today = fundDay(new Date());
      const source =
        profile !== undefined
          ? caseFileBatchSource(client, {
              today: () => today,
              advisorName: () => text(values, 'advisor') ?? 'back-office',
              fund: () => fundFrom(text(values, 'fund')),
            })
          : demoSource;
      let criteria: BatchCriteria;
      if (profileCriteria !== undefined) {
        criteria = profileCriteria;
      } else {
        const kind = text(values, 'kind') ?? '';
        if (!isLetterKind(kind)) throw new UsageError(`--kind must be one of ${letterKinds.join(', ')}`);
        criteria = {
          kind,
          demoCount: integer(values, 'demo', 1) ?? 100,
          ...(language === undefined ? {} : { language }),
          ...(integer(values, 'min-cents', 0) === undefined ? {} : { minimumCents: integer(values, 'min-cents', 0) }),
        };
      }
      const preview = previewBatch(source, criteria);
      io.out(`${preview.count} letters, total ${formatEuros(cents(preview.totalCents))}`);
      // Why each case file is in the batch or left out: the count per reason (no personal data).
      if (profileCriteria !== undefined)
        for (const line of reasonSummary(batchCandidates(client, profileCriteria, today))) io.out(line);
      if (values['dry-run'] === true) return 0;
      batchId = createBatch(db, {
        source,
        criteria,
        outputDir,
        advisorName: text(values, 'advisor') ?? 'back-office',
        chunkSize: integer(values, 'chunk', 1) ?? DEFAULT_CHUNK_SIZE,
      });
      io.out(`batch ${batchId}`);
    } else if (getBatch(db, batchId) === undefined) {
      throw new UsageError(`unknown batch ${batchId} in this journal`);
    }
    const pool = await createLetterPool({
      fund: fundFrom(text(values, 'fund')),
      ...(integer(values, 'workers', 1) === undefined ? {} : { size: integer(values, 'workers', 1) }),
    });
    const controller = new AbortController();
    const onSignal = (): void => controller.abort();
    process.once('SIGINT', onSignal);
    try {
      const result = await runBatch(db, batchId, {
        pool,
        fund: fundFrom(text(values, 'fund')),
        signal: controller.signal,
        onProgress: (progress) => io.err(progressLine(progress)),
      });
      if (result.status === 'cancelled') {
        io.out(`cancelled; resume with: letters batch --resume ${batchId} --out ${out}`);
        return 130;
      }
      io.out(`${result.pdfFile ?? ''} sha256 ${result.pdfSha256 ?? ''}`);
      io.out(`${result.manifestFile ?? ''} (${result.letterCount} letters)`);
      return 0;
    } finally {
      process.removeListener('SIGINT', onSignal);
      await pool.close();
    }
  } finally {
    client.close();
  }
}

/**
 * The criteria of a batch from a profile's case files; what each kind needs besides the branch is
 * batchKindFields (the delay after the due date defaults to 0).
 */
function profileBatchCriteria(
  kind: string,
  given: {
    quarter: string | undefined;
    branchCode: string | undefined;
    year: string | undefined;
    daysAfterDue: number | undefined;
  },
): BatchCriteria {
  if (!isBatchKind(kind)) throw new UsageError(`with --profile: --kind must be one of ${batchKindNames.join(', ')}`);
  const fields = batchKindFields[kind] as readonly string[];
  const needs = [
    ...(fields.includes('quarter') ? ['--quarter YYYY-Qn'] : []),
    ...(fields.includes('year') ? ['--year YYYY'] : []),
    '--branch CODE',
  ];
  const hasQuarter = given.quarter !== undefined && /^\d{4}-Q[1-4]$/.test(given.quarter);
  const hasYear = given.year !== undefined && /^\d{4}$/.test(given.year);
  if (
    given.branchCode === undefined ||
    (fields.includes('quarter') && !hasQuarter) ||
    (fields.includes('year') && !hasYear)
  ) {
    // The reminder's message predates the other kinds; scripts match it.
    if (kind === 'reminder')
      throw new UsageError(
        'with --profile: --quarter YYYY-Qn and --branch CODE are required for reminders, --branch CODE for formal notices',
      );
    throw new UsageError(
      `with --profile --kind ${kind}: ${needs.join(' and ')} ${needs.length > 1 ? 'are' : 'is'} required`,
    );
  }
  return {
    kind,
    branchCode: given.branchCode,
    ...(fields.includes('quarter') ? { quarter: given.quarter } : {}),
    ...(fields.includes('year') ? { year: Number(given.year) } : {}),
    ...(fields.includes('daysAfterDue') ? { daysAfterDue: given.daysAfterDue ?? 0 } : {}),
  };
}

function isBatchKind(kind: string): kind is BatchKindName {
  return (batchKindNames as readonly string[]).includes(kind);
}

/** `in 12 explanation.batch.contributionDue` lines: how many case files each reason puts in or leaves out. */
export function reasonSummary(candidates: readonly BatchCandidate[]): string[] {
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    const key = `${candidate.isIn ? 'in ' : 'out'} ${candidate.why[candidate.why.length - 1]?.messageKey ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `  ${key.slice(0, 3)} ${String(count).padStart(6)} ${key.slice(4)}`);
}

export function progressLine(progress: BatchProgress): string {
  const left =
    progress.secondsLeft === undefined
      ? '…'
      : `${Math.floor(progress.secondsLeft / 60)}m ${String(Math.round(progress.secondsLeft % 60)).padStart(2, '0')}s`;
  return `${progress.done}/${progress.total} letters · ${progress.lettersPerSecond.toFixed(1)} letters/s · ${left} left`;
}
