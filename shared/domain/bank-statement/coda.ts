/**
 * Reads a CODA file (Febelfin "Standard CODA 2.6", version code 2): one or more statements, each
 * records 0 (header), 1 (old balance), 2.1–2.3 and 3.1–3.3 (movements), 8 (new balance), 4 (free
 * messages, skipped) and 9 (trailer). Every statement is checked before anything is returned: the
 * number of records and the debit and credit totals that record 9 states, and opening balance plus
 * movements against the new balance. The first fault refuses the whole file, with its line.
 */
import { field, codaAccount, codaAmountCents, codaDate, codaSign, type CodaAccount } from './coda-fields';
import { addToMovement, finishMovement, readMovement21, type MovementDraft } from './coda-movement';
import {
  balanceDifference,
  statementError,
  type BankStatement,
  type StatedBalance,
  type StatementError,
  type StatementParse,
} from './movement';

const RECORD_LENGTH = 128;

/**
 * Where the reader is in a statement. The body and the trailer carry the statement being read, and the
 * trailer the statement as record 8 closed it, so no record can reach a statement that is not there.
 */
type Phase =
  | { expecting: 'header' }
  | { expecting: 'opening' }
  | { expecting: 'body'; draft: StatementDraft }
  | { expecting: 'trailer'; draft: StatementDraft; statement: BankStatement };

type Expecting = Phase['expecting'];

type StatementDraft = {
  account: CodaAccount;
  statementNumber: string;
  opening: StatedBalance;
  movements: MovementDraft[];
  /** Records 1, 2.x, 3.x and 8: what record 9 counts. */
  counted: number;
};

type State = { phase: Phase; done: BankStatement[] };

export function parseCoda(text: string): StatementParse {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return { ok: false, error: statementError('empty', 1, 'the file is empty') };
  const state: State = { phase: { expecting: 'header' }, done: [] };
  for (const [index, record] of lines.entries()) {
    const line = index + 1;
    if (record.length !== RECORD_LENGTH)
      return refuse(statementError('line-length', line, `a record has 128 characters, this one ${record.length}`));
    // CODA is printable ISO 8859-1: a control character would reach the database and the letters.
    if (/[\u0000-\u001F\u007F-\u009F]/.test(record))
      return refuse(statementError('field', line, 'a control character in the record'));
    const error = readRecord(state, record, line);
    if (error !== null) return refuse(error);
  }
  if (state.phase.expecting !== 'header')
    return refuse(statementError('record-order', lines.length, 'the file ends before the record 9 of its statement'));
  return { ok: true, statements: state.done };
}

function refuse(error: StatementError): StatementParse {
  return { ok: false, error };
}

function readRecord(state: State, record: string, line: number): StatementError | null {
  const id = record.slice(0, 1);
  const kind = id === '2' || id === '3' ? record.slice(0, 2) : id;
  const allowed: Record<Expecting, readonly string[]> = {
    header: ['0'],
    opening: ['1'],
    body: ['21', '22', '23', '31', '32', '33', '8'],
    trailer: ['4', '9'],
  };
  if (!['0', '1', '21', '22', '23', '31', '32', '33', '4', '8', '9'].includes(kind))
    return statementError('record-unknown', line, `unknown record '${kind}'`);
  const phase = state.phase;
  if (!allowed[phase.expecting].includes(kind))
    return statementError(
      'record-order',
      line,
      `record ${kind} where a record ${allowed[phase.expecting].join('/')} is expected`,
    );
  switch (phase.expecting) {
    case 'header':
      return readHeader(state, record, line);
    case 'opening':
      return readOpening(state, record, line);
    case 'trailer':
      return kind === '4' ? null : readTrailer(state, phase.draft, phase.statement, record, line);
    case 'body':
      return kind === '8' ? readClosing(state, phase.draft, record, line) : readBody(phase.draft, kind, record, line);
  }
}

/** Records 2.1–2.3 and 3.1–3.3. */
function readBody(draft: StatementDraft, kind: string, record: string, line: number): StatementError | null {
  draft.counted += 1;
  if (kind === '21') {
    const movement = readMovement21(record, line);
    if ('code' in movement) return movement;
    draft.movements.push(movement);
    return null;
  }
  const current = draft.movements[draft.movements.length - 1];
  if (current === undefined) return statementError('record-order', line, `record ${kind} before any record 2.1`);
  return addToMovement(current, kind, record, line);
}

function readHeader(state: State, record: string, line: number): StatementError | null {
  if (field(record, 128, 128) !== '2')
    return statementError('version', line, `version code (position 128) is '${field(record, 128, 128)}', not 2`);
  if (codaDate(field(record, 6, 11)) === undefined)
    return statementError('field', line, 'creation date (positions 6-11) is not a date');
  state.phase = { expecting: 'opening' };
  return null;
}

function readBalance(record: string, signAt: number, line: number): StatedBalance | StatementError {
  const sign = codaSign(field(record, signAt, signAt));
  const amount = codaAmountCents(field(record, signAt + 1, signAt + 15));
  const date = codaDate(field(record, signAt + 16, signAt + 21));
  if (sign === undefined || amount === undefined || date === undefined)
    return statementError('field', line, `balance (positions ${signAt}-${signAt + 21}) is not a sign, amount and date`);
  return { amount: sign === 'credit' ? amount : -amount, date };
}

function readOpening(state: State, record: string, line: number): StatementError | null {
  const account = codaAccount(field(record, 2, 2), field(record, 6, 42));
  if (account === undefined)
    return statementError('field', line, 'account (structure 2 or 3, IBAN and currency in positions 6-42) not read');
  const opening = readBalance(record, 43, line);
  if ('code' in opening) return opening;
  const draft = { account, statementNumber: field(record, 3, 5), opening, movements: [], counted: 1 };
  state.phase = { expecting: 'body', draft };
  return null;
}

function readClosing(state: State, draft: StatementDraft, record: string, line: number): StatementError | null {
  const closing = readBalance(record, 42, line);
  if ('code' in closing) return closing;
  draft.counted += 1;
  const statement = toStatement(draft, closing);
  const difference = balanceDifference(statement);
  if (difference !== 0)
    return statementError(
      'balance',
      line,
      `old balance plus movements differs from the new balance by ${difference} cents`,
    );
  state.phase = { expecting: 'trailer', draft, statement };
  return null;
}

function readTrailer(
  state: State,
  draft: StatementDraft,
  statement: BankStatement,
  record: string,
  line: number,
): StatementError | null {
  const stated = field(record, 17, 22);
  if (!/^\d{6}$/.test(stated) || Number(stated) !== draft.counted)
    return statementError(
      'record-count',
      line,
      `record 9 counts ${stated} records 1, 2, 3 and 8; the statement has ${draft.counted}`,
    );
  for (const [sign, from] of [
    ['debit', 23],
    ['credit', 38],
  ] as const) {
    const total = codaAmountCents(field(record, from, from + 14));
    const sum = draft.movements.filter((movement) => movement.sign === sign).reduce((s, m) => s + m.amountCents, 0);
    if (total !== sum)
      return statementError(
        'totals',
        line,
        `record 9 states a ${sign} total of ${String(total)} cents; the movements add up to ${sum}`,
      );
  }
  state.done.push(statement);
  state.phase = { expecting: 'header' };
  return null;
}

function toStatement(draft: StatementDraft, closing: StatedBalance): BankStatement {
  return {
    format: 'coda',
    accountIban: draft.account.iban,
    currency: draft.account.currency,
    statementNumber: draft.statementNumber,
    openingBalance: draft.opening,
    closingBalance: closing,
    movements: draft.movements.map(finishMovement),
  };
}
