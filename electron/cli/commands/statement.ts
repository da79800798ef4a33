import { readFileSync } from 'node:fs';
import type { BankStatement, StatementMovement } from '../../../shared/domain/bank-statement/movement';
import { parseStatement, statementFormatOf } from '../../../shared/domain/bank-statement/parse-statement';
import { formatStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import { formatEuros, type Cents } from '../../../shared/domain/money';
import { CliError, parseOptions } from '../args';
import { cell } from '../output';
import type { Output } from '../output';

export const STATEMENT_USAGE = 'statement parse FILE [--json]   (a CODA or camt.053 bank statement)';

/**
 * A statement file as text: CODA is delivered in ISO 8859-1 (the standard's character set), camt.053
 * as XML in UTF-8.
 */
export function readStatementFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new CliError(`cannot read ${path}`);
  }
  const asLatin1 = bytes.toString('latin1');
  return statementFormatOf(asLatin1) === 'camt.053' ? bytes.toString('utf8') : asLatin1;
}

function movementJson(movement: StatementMovement, statement: BankStatement) {
  return {
    statementNumber: statement.statementNumber,
    amount: movement.amount,
    sign: movement.sign,
    valueDate: movement.valueDate,
    entryDate: movement.entryDate,
    structuredCommunication: movement.structuredCommunication,
    freeCommunication: movement.freeCommunication,
    counterparty: movement.counterparty,
    bankReference: movement.bankReference,
    line: movement.line,
  };
}

function movementText(movement: StatementMovement): string {
  const amount = `${movement.sign === 'debit' ? '-' : '+'}${formatEuros(movement.amount)}`;
  const communication =
    movement.structuredCommunication === null
      ? (movement.freeCommunication ?? '')
      : formatStructuredCommunication(movement.structuredCommunication);
  return `  ${movement.valueDate}  ${cell(amount, 14, 'right')}  ${cell(movement.counterparty.name ?? '', 26)} ${communication}`;
}

/** `statement parse FILE`: what the parser read, one object per movement; a refused file is invalid input. */
export function statementCommand(args: readonly string[]): Output {
  const { positionals } = parseOptions(args, {}, 2);
  const [action, path] = positionals;
  if (action !== 'parse' || path === undefined) throw new CliError(`usage: guichet ${STATEMENT_USAGE}`);
  const text = readStatementFile(path);
  const parse = parseStatement(text);
  if (!parse.ok)
    throw new CliError(`${path} line ${parse.error.line}: ${parse.error.detail} [${parse.error.messageKey}]`);
  const format = statementFormatOf(text);
  const statements = parse.statements.map(({ movements, ...statement }) => ({
    ...statement,
    movements: movements.length,
  }));
  const movements = parse.statements.flatMap((statement) =>
    statement.movements.map((movement) => movementJson(movement, statement)),
  );
  const lines = parse.statements.flatMap((statement) => [
    `${format} statement ${statement.statementNumber} of ${statement.accountIban}: ${formatEuros(statement.openingBalance.amount as Cents)} → ${formatEuros(statement.closingBalance.amount as Cents)}, ${statement.movements.length} movements`,
    ...statement.movements.map(movementText),
  ]);
  return { json: { command: 'statement parse', format, statements, movements }, text: lines };
}
