/**
 * One CODA movement assembled from its records: 2.1 (amount, dates, communication), 2.2 (more
 * communication, counterparty BIC), 2.3 (counterparty account and name, more communication) and the
 * information records 3.1–3.3 that follow it. Positions: Febelfin "Standard CODA 2.6".
 */
import type { IsoDate } from '../calendar';
import { cents } from '../money';
import { formatStructuredCommunication, parseStructuredCommunication } from '../identifiers/structured-communication';
import { codaAmountCents, codaDate, codaSign, field } from './coda-fields';
import { statementError, type MovementSign, type StatementError, type StatementMovement } from './movement';

export type MovementDraft = {
  line: number;
  sequence: string;
  amountCents: number;
  sign: MovementSign;
  valueDate: IsoDate;
  entryDate: IsoDate;
  bankReference: string;
  isStructured: boolean;
  /** Communication zones of 2.1, 2.2 and 2.3, joined: the standard cuts one text at fixed widths. */
  communication: string;
  /** Free text of the information records 3.1–3.3 (3.2 and 3.3 continue 3.1). */
  information: string;
  isInformationFree: boolean;
  iban: string | null;
  name: string | null;
  bic: string | null;
};

/** Record 2.1: starts a movement. */
export function readMovement21(record: string, line: number): MovementDraft | StatementError {
  if (field(record, 125, 125) !== '0')
    return statementError('field', line, 'globalised movements (globalisation code other than 0) are not read');
  const sign = codaSign(field(record, 32, 32));
  if (sign === undefined) return statementError('field', line, 'movement sign (position 32) must be 0 or 1');
  const amountCents = codaAmountCents(field(record, 33, 47));
  if (amountCents === undefined) return statementError('field', line, 'amount (positions 33-47) is not an amount');
  const entryDate = codaDate(field(record, 116, 121));
  if (entryDate === undefined) return statementError('field', line, 'entry date (positions 116-121) is not a date');
  const rawValueDate = field(record, 48, 53);
  const valueDate = rawValueDate === '000000' ? entryDate : codaDate(rawValueDate);
  if (valueDate === undefined) return statementError('field', line, 'value date (positions 48-53) is not a date');
  const communicationType = field(record, 62, 62);
  if (communicationType !== '0' && communicationType !== '1')
    return statementError('field', line, 'communication type (position 62) must be 0 or 1');
  return {
    line,
    sequence: field(record, 3, 6),
    amountCents,
    sign,
    valueDate,
    entryDate,
    bankReference: field(record, 11, 31).trim(),
    isStructured: communicationType === '1',
    communication: field(record, 63, 115),
    information: '',
    isInformationFree: false,
    iban: null,
    name: null,
    bic: null,
  };
}

/** Records 2.2, 2.3, 3.1, 3.2, 3.3: add to the movement they follow. */
export function addToMovement(draft: MovementDraft, kind: string, record: string, line: number): StatementError | null {
  if (field(record, 3, 6) !== draft.sequence)
    return statementError('record-order', line, `record ${kind} does not continue movement ${draft.sequence}`);
  if (kind === '22') {
    draft.communication += field(record, 11, 63);
    draft.bic = blankToNull(field(record, 99, 109));
  } else if (kind === '23') {
    draft.iban = blankToNull(field(record, 11, 44));
    draft.name = blankToNull(field(record, 48, 82));
    draft.communication += field(record, 83, 125);
  } else if (kind === '31') {
    draft.isInformationFree = field(record, 40, 40) === '0';
    if (draft.isInformationFree) draft.information += field(record, 41, 113);
  } else if (draft.isInformationFree) {
    draft.information += kind === '32' ? field(record, 11, 115) : field(record, 11, 100);
  }
  return null;
}

/**
 * The movement as read. A structured communication of type 101 or 102 gives its 12 digits; one that
 * fails its mod-97 check is kept as free text, so staff see what the payer typed.
 */
export function finishMovement(draft: MovementDraft): StatementMovement {
  let structuredCommunication: string | null = null;
  const texts: string[] = [];
  if (draft.isStructured) {
    const type = draft.communication.slice(0, 3);
    const digits = draft.communication.slice(3, 15);
    const parsed = type === '101' || type === '102' ? parseStructuredCommunication(digits) : undefined;
    if (parsed?.ok) structuredCommunication = parsed.value;
    else if (type === '101' || type === '102') texts.push(formatStructuredCommunication(digits));
  } else {
    texts.push(draft.communication.trim());
  }
  texts.push(draft.information.trim());
  const freeCommunication = texts.filter((text) => text !== '').join(' ');
  return {
    amount: cents(draft.amountCents),
    sign: draft.sign,
    valueDate: draft.valueDate,
    entryDate: draft.entryDate,
    structuredCommunication,
    freeCommunication: freeCommunication === '' ? null : freeCommunication,
    counterparty: { iban: draft.iban, name: draft.name, bic: draft.bic },
    bankReference: draft.bankReference,
    line: draft.line,
  };
}

function blankToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
