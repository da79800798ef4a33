#!/usr/bin/env -S npx tsx
/**
 * Guichet command line: `npm run cli -- <command> …` or `guichet <command> …`.
 * Plain Node (no Electron): it calls the pure functions of shared/domain with the rule tables of
 * shared/rules. Exit codes: 0 done, 2 invalid input (one line on stderr), 1 unexpected failure.
 * Output shapes: docs/cli.md.
 */
import { CliError } from './args';
import { checkCommand, CHECK_USAGE, epcCommand, EPC_USAGE, ogmCommand, OGM_USAGE } from './commands/identifiers';
import { companyCommand, COMPANY_USAGE } from './commands/company';
import { planCommand, PLAN_USAGE } from './commands/plan';
import { rightsCommand, RIGHTS_USAGE } from './commands/rights';
import { simulateCommand, SIMULATE_USAGE } from './commands/simulate';
import { surchargesCommand, SURCHARGES_USAGE } from './commands/surcharges';
import type { Output } from './output';
import { runLettersCommand } from './commands/letters';
import { statementCommand, STATEMENT_USAGE } from './commands/statement';

const COMMANDS: Record<string, { readonly run: (args: readonly string[]) => Output; readonly usage: string }> = {
  simulate: { run: simulateCommand, usage: SIMULATE_USAGE },
  surcharges: { run: surchargesCommand, usage: SURCHARGES_USAGE },
  plan: { run: planCommand, usage: PLAN_USAGE },
  company: { run: companyCommand, usage: COMPANY_USAGE },
  check: { run: checkCommand, usage: CHECK_USAGE },
  ogm: { run: ogmCommand, usage: OGM_USAGE },
  epc: { run: epcCommand, usage: EPC_USAGE },
  statement: { run: statementCommand, usage: STATEMENT_USAGE },
  rights: { run: rightsCommand, usage: RIGHTS_USAGE },
};

export function usage(): string {
  return [
    'Usage: guichet <command> [options]',
    ...Object.values(COMMANDS).map((command) => `  guichet ${command.usage}`),
    'Details: docs/cli.md',
  ].join('\n');
}

export type Io = { readonly out: (text: string) => void; readonly err: (text: string) => void };

/** Runs one command and returns the exit code. */
export function main(argv: readonly string[], io: Io): number {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  const isJson = args.includes('--json');
  try {
    if (command === undefined)
      throw new CliError(`unknown command '${name}' (one of ${Object.keys(COMMANDS).join(', ')}; see guichet --help)`);
    if (args.includes('--help')) {
      io.out(`Usage: guichet ${command.usage}`);
      return 0;
    }
    const output = command.run(args);
    io.out(isJson ? JSON.stringify(output.json, null, 2) : output.text.join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      if (isJson && error.jsonReply !== undefined) io.out(JSON.stringify(error.jsonReply, null, 2));
      io.err(`guichet: ${error.message.replace(/\s*\n\s*/g, ' ')}`);
      return error.exitCode;
    }
    io.err(`guichet: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

// `letters` renders PDFs with a worker pool: asynchronous, unlike the pure commands above.
process.exitCode =
  process.argv[2] === 'letters'
    ? await runLettersCommand(process.argv.slice(3))
    : main(process.argv.slice(2), {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
      });
