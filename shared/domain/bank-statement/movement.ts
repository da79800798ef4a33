/**
 * What a bank statement says, whatever its format (CODA or camt.053): the account, its balances and
 * one movement per booked credit or debit. Amounts are integer cents; dates are ISO strings.
 */
import type { IsoDate } from '../calendar';
import type { Cents } from '../money';

export type MovementSign = 'credit' | 'debit';

export type Counterparty = {
  readonly iban: string | null;
  readonly name: string | null;
  readonly bic: string | null;
};

export type StatementMovement = {
  /** Always positive: the direction is `sign`. */
  readonly amount: Cents;
  readonly sign: MovementSign;
  readonly valueDate: IsoDate;
  readonly entryDate: IsoDate;
  /** The 12 digits of a Belgian structured communication (OGM/VCS), or null. */
  readonly structuredCommunication: string | null;
  readonly freeCommunication: string | null;
  readonly counterparty: Counterparty;
  readonly bankReference: string;
  /** Where the movement starts in the file (1-based line), to point staff at it. */
  readonly line: number;
};

/** A balance as the bank states it: signed cents (negative = debit balance). */
export type StatedBalance = { readonly amount: number; readonly date: IsoDate };

export type BankStatement = {
  readonly format: 'coda' | 'camt.053';
  readonly accountIban: string;
  readonly currency: string;
  readonly statementNumber: string;
  readonly openingBalance: StatedBalance;
  readonly closingBalance: StatedBalance;
  readonly movements: readonly StatementMovement[];
};

export type StatementErrorCode =
  | 'empty'
  | 'line-length'
  | 'record-unknown'
  | 'record-order'
  | 'field'
  | 'record-count'
  | 'totals'
  | 'balance'
  | 'version'
  | 'xml';

/** A file refused: the first fault found, with its line (1-based) and a message key of the catalogues. */
export type StatementError = {
  readonly code: StatementErrorCode;
  readonly line: number;
  readonly messageKey: string;
  readonly detail: string;
};

export type StatementParse =
  | { readonly ok: true; readonly statements: readonly BankStatement[] }
  | { readonly ok: false; readonly error: StatementError };

export function statementError(code: StatementErrorCode, line: number, detail: string): StatementError {
  return { code, line, messageKey: `bankStatement.error.${code}`, detail };
}

/** Opening balance + credits − debits must give the closing balance the bank states. */
export function balanceDifference(statement: BankStatement): number {
  const moved = statement.movements.reduce(
    (sum, movement) => sum + (movement.sign === 'credit' ? movement.amount : -movement.amount),
    0,
  );
  return statement.openingBalance.amount + moved - statement.closingBalance.amount;
}
