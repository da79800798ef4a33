/**
 * A move or new contact details: the person's own rows. A move adds an address valid from its date
 * (the former one stays, ending the day before); a contact change updates the person. Both name the
 * person's row version: a stale one is refused and nothing is written.
 */
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { insertAddress } from '../../../db/repositories/reference-repo';
import { readAddressHistory, type AddressHistoryRow } from '../../../db/repositories/situation-read';
import { touchPerson, updatePersonContact } from '../../../db/repositories/situation-repo';
import type { Tx } from '../../../db/repositories/synced-rows';
import type { SituationChangeInput } from '../../../shared/contract/channels/situation';
import { GuichetError } from '../../../shared/contract/errors';

type AddressChange = Extract<SituationChangeInput, { kind: 'address' }>;
type ContactChange = Extract<SituationChangeInput, { kind: 'contact' }>;
export type PersonChangeResult = { details: Record<string, unknown>; rowVersion: number };

function addressText(row: Pick<AddressHistoryRow, 'street' | 'houseNumber' | 'box' | 'postalCode' | 'municipality'>) {
  const box = row.box === null || row.box === '' ? '' : ` bte ${row.box}`;
  return `${row.street} ${row.houseNumber}${box}, ${row.postalCode} ${row.municipality}`;
}

export function applyMove(
  tx: Tx,
  recorder: ChangeRecorder,
  personId: string,
  rowVersion: number,
  change: AddressChange,
): PersonChangeResult {
  const person = touchPerson(tx, recorder, personId, rowVersion);
  const current = readAddressHistory(recorder.sqlite, personId)[0];
  if (current !== undefined && change.effectiveDate <= current.validFrom) {
    throw new GuichetError('validation', 'situation.errors.moveBeforeCurrent', {
      params: { validFrom: current.validFrom },
    });
  }
  const fields = {
    street: change.street,
    houseNumber: change.houseNumber,
    box: change.box === null || change.box === '' ? null : change.box,
    postalCode: change.postalCode,
    municipality: change.municipality,
  };
  insertAddress(tx, recorder, {
    personId,
    companyId: null,
    ...fields,
    country: change.country ?? 'BE',
    validFrom: change.effectiveDate,
  });
  return {
    details: { before: current === undefined ? null : addressText(current), after: addressText(fields) },
    rowVersion: person.rowVersion,
  };
}

export function applyContact(
  tx: Tx,
  recorder: ChangeRecorder,
  personId: string,
  rowVersion: number,
  change: ContactChange,
): PersonChangeResult {
  const patch = {
    email: change.email === null ? null : change.email.trim().toLowerCase(),
    phone: change.phone === null || change.phone === '' ? null : change.phone,
    language: change.language,
  };
  const updated = updatePersonContact(tx, recorder, personId, patch, rowVersion);
  if (updated.rowVersion === rowVersion) throw new GuichetError('validation', 'situation.errors.noChange');
  return { details: { after: patch }, rowVersion: updated.rowVersion };
}
