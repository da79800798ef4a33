/**
 * Reads an ISO 20022 camt.053 bank-to-customer statement (element names of camt.053.001.02, as
 * Febelfin's Belgian implementation guidelines use them): each `Stmt` with its account, its opening
 * (OPBD, or PRCD) and closing (CLBD) booked balances and its entries (`Ntry`). A Belgian structured
 * communication is `RmtInf/Strd/CdtrRefInf/Ref` issued by `BBA`. The transaction summary
 * (`TxsSummry`), when present, and the balances are checked as CODA's record 9 is.
 */
import { parseIsoDate, type IsoDate } from '../calendar';
import { cents } from '../money';
import { parseStructuredCommunication } from '../identifiers/structured-communication';
import {
  balanceDifference,
  statementError,
  type BankStatement,
  type MovementSign,
  type StatedBalance,
  type StatementMovement,
  type StatementParse,
} from './movement';
import { child, children, readXml, textOf, type XmlElement } from './xml-reader';

/** A fault found deep in the tree: thrown to the top of `parseCamt053`, which turns it into a refusal. */
class CamtFault extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
    readonly code: 'field' | 'record-count' | 'totals' | 'balance' = 'field',
  ) {
    super(detail);
  }
}

export function parseCamt053(text: string): StatementParse {
  const read = readXml(text);
  if (!read.ok) return { ok: false, error: statementError('xml', read.line, read.detail) };
  const report = child(read.root, 'BkToCstmrStmt');
  if (read.root.name !== 'Document' || report === undefined)
    return { ok: false, error: statementError('xml', read.root.line, 'not a camt.053 Document/BkToCstmrStmt') };
  try {
    const statements = children(report, 'Stmt').map(readStatement);
    if (statements.length === 0) return { ok: false, error: statementError('empty', report.line, 'no Stmt') };
    return { ok: true, statements };
  } catch (error) {
    if (!(error instanceof CamtFault)) throw error;
    return { ok: false, error: statementError(error.code, error.line, error.detail) };
  }
}

function required(element: XmlElement, ...path: string[]): string {
  const value = textOf(element, ...path);
  if (value === undefined || value === '')
    throw new CamtFault(element.line, `${element.name}/${path.join('/')} missing`);
  return value;
}

/** A decimal amount with at most 2 significant decimals, in cents. */
function amountCents(element: XmlElement, ...path: string[]): number {
  const raw = required(element, ...path);
  const match = /^(\d+)(?:\.(\d{1,5}))?$/.exec(raw);
  const decimals = (match?.[2] ?? '').padEnd(5, '0');
  if (!match || !decimals.endsWith('000')) throw new CamtFault(element.line, `'${raw}' is not an amount in cents`);
  const amount = Number(match[1]) * 100 + Number(decimals.slice(0, 2));
  if (!Number.isSafeInteger(amount)) throw new CamtFault(element.line, `'${raw}' is too large an amount`);
  return amount;
}

function dateOf(element: XmlElement, ...path: string[]): IsoDate {
  const parent = child(element, ...path);
  const raw = textOf(parent, 'Dt') ?? textOf(parent, 'DtTm')?.slice(0, 10) ?? '';
  const date = parseIsoDate(raw);
  if (date === undefined) throw new CamtFault(parent?.line ?? element.line, `${path.join('/')} is not a date`);
  return date;
}

function signOf(element: XmlElement): MovementSign {
  const indicator = required(element, 'CdtDbtInd');
  if (indicator !== 'CRDT' && indicator !== 'DBIT') throw new CamtFault(element.line, `CdtDbtInd '${indicator}'`);
  return indicator === 'CRDT' ? 'credit' : 'debit';
}

function balance(statement: XmlElement, codes: readonly string[]): StatedBalance {
  for (const code of codes) {
    const found = children(statement, 'Bal').find((bal) => textOf(bal, 'Tp', 'CdOrPrtry', 'Cd') === code);
    if (found === undefined) continue;
    const amount = amountCents(found, 'Amt');
    return { amount: signOf(found) === 'credit' ? amount : -amount, date: dateOf(found, 'Dt') };
  }
  throw new CamtFault(statement.line, `no balance of type ${codes.join(' or ')}`);
}

function readStatement(statement: XmlElement): BankStatement {
  const iban = required(statement, 'Acct', 'Id', 'IBAN');
  const result: BankStatement = {
    format: 'camt.053',
    accountIban: iban,
    currency: textOf(statement, 'Acct', 'Ccy') ?? child(statement, 'Bal', 'Amt')?.attributes['Ccy'] ?? 'EUR',
    statementNumber: textOf(statement, 'LglSeqNb') ?? textOf(statement, 'ElctrncSeqNb') ?? required(statement, 'Id'),
    openingBalance: balance(statement, ['OPBD', 'PRCD']),
    closingBalance: balance(statement, ['CLBD']),
    movements: children(statement, 'Ntry').map(readEntry),
  };
  checkSummary(statement, result.movements);
  const difference = balanceDifference(result);
  if (difference !== 0)
    throw new CamtFault(
      statement.line,
      `opening balance plus entries differs from CLBD by ${difference} cents`,
      'balance',
    );
  return result;
}

function checkSummary(statement: XmlElement, movements: readonly StatementMovement[]): void {
  const summary = child(statement, 'TxsSummry');
  if (summary === undefined) return;
  const parts: readonly (readonly [string, readonly StatementMovement[]])[] = [
    ['TtlNtries', movements],
    ['TtlCdtNtries', movements.filter((movement) => movement.sign === 'credit')],
    ['TtlDbtNtries', movements.filter((movement) => movement.sign === 'debit')],
  ];
  for (const [name, counted] of parts) {
    const part = child(summary, name);
    if (part === undefined) continue;
    const stated = textOf(part, 'NbOfNtries');
    if (stated !== undefined && Number(stated) !== counted.length)
      throw new CamtFault(
        part.line,
        `${name} counts ${stated} entries; the statement has ${counted.length}`,
        'record-count',
      );
    const sum = counted.reduce((total, movement) => total + Number(movement.amount), 0);
    if (name !== 'TtlNtries' && textOf(part, 'Sum') !== undefined && amountCents(part, 'Sum') !== sum)
      throw new CamtFault(
        part.line,
        `${name} sums to ${textOf(part, 'Sum')}; the entries add up to ${sum} cents`,
        'totals',
      );
  }
}

function readEntry(entry: XmlElement): StatementMovement {
  const status = textOf(entry, 'Sts');
  if (status !== undefined && status !== 'BOOK')
    throw new CamtFault(entry.line, `entry status '${status}' is not BOOK`);
  const details = children(child(entry, 'NtryDtls'), 'TxDtls');
  if (details.length > 1) throw new CamtFault(entry.line, 'batched entries (several TxDtls) are not read');
  const sign = signOf(entry);
  const transaction = details[0];
  const party = sign === 'credit' ? 'Dbtr' : 'Cdtr';
  const remittance = child(transaction, 'RmtInf');
  const reference = textOf(remittance, 'Strd', 'CdtrRefInf', 'Ref');
  const issuer = textOf(remittance, 'Strd', 'CdtrRefInf', 'Tp', 'Issr');
  // BBA (the Belgian Bankers' Association) issues the structured communication; RF references are free text here.
  const isBelgian = issuer === undefined || issuer === 'BBA';
  const parsed = reference === undefined || !isBelgian ? undefined : parseStructuredCommunication(reference);
  const free = children(remittance, 'Ustrd').map((line) => line.text.trim());
  if (reference !== undefined && !parsed?.ok) free.unshift(reference);
  const bookingDate = dateOf(entry, 'BookgDt');
  return {
    amount: cents(amountCents(entry, 'Amt')),
    sign,
    valueDate: child(entry, 'ValDt') === undefined ? bookingDate : dateOf(entry, 'ValDt'),
    entryDate: bookingDate,
    structuredCommunication: parsed?.ok ? parsed.value : null,
    freeCommunication: free.filter((line) => line !== '').join(' ') || null,
    counterparty: {
      iban: textOf(transaction, 'RltdPties', `${party}Acct`, 'Id', 'IBAN') ?? null,
      name: textOf(transaction, 'RltdPties', party, 'Nm') ?? null,
      bic:
        textOf(transaction, 'RltdAgts', `${party}Agt`, 'FinInstnId', 'BIC') ??
        textOf(transaction, 'RltdAgts', `${party}Agt`, 'FinInstnId', 'BICFI') ??
        null,
    },
    bankReference: textOf(entry, 'AcctSvcrRef') ?? textOf(transaction, 'Refs', 'AcctSvcrRef') ?? '',
    line: entry.line,
  };
}
