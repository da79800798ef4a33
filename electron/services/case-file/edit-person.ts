/**
 * Correcting a person's identity and contact details at the counter (`caseFile.updatePerson`). The
 * edit names the row version it was made on: a stale one is refused and nothing is written. It goes
 * through the one write path (row, outbox record, audit line, search keys in one transaction), so a
 * concurrent change to a protected field elsewhere becomes a conflict at head office, never an overwrite.
 */
import type { PersonChanges } from '../../../shared/contract/channels/case-file-edit';
import { GuichetError } from '../../../shared/contract/errors';
import { parseIban } from '../../../shared/domain/identifiers/iban';
import { updatePerson, type PersonFields } from '../../../db/repositories/person-repo';
import type { ServiceContext } from '../service-context';

/** The patch to write: IBAN in its electronic form (checked), empty texts as null. */
export function personPatch(changes: PersonChanges): Partial<PersonFields> {
  const patch: Partial<PersonFields> = {};
  if (changes.lastName !== undefined) patch.lastName = changes.lastName;
  if (changes.firstName !== undefined) patch.firstName = changes.firstName;
  if (changes.language !== undefined) patch.language = changes.language;
  if (changes.email !== undefined) patch.email = changes.email === null ? null : changes.email.trim().toLowerCase();
  if (changes.phone !== undefined) patch.phone = changes.phone === null || changes.phone === '' ? null : changes.phone;
  if (changes.iban !== undefined) {
    const typed = changes.iban === null ? '' : changes.iban.trim();
    if (typed === '') patch.iban = null;
    else {
      const parsed = parseIban(typed);
      if (!parsed.ok) {
        throw new GuichetError('validation', 'errors.validation', {
          issues: [{ path: 'changes.iban', messageKey: parsed.error.messageKey }],
        });
      }
      patch.iban = parsed.value.iban;
    }
  }
  return patch;
}

export function editPerson(context: ServiceContext, id: string, rowVersion: number, changes: PersonChanges): void {
  const patch = personPatch(changes);
  // updatePerson refuses a stale version inside its transaction: errors.staleVersion, nothing written.
  updatePerson(context.db, context.recorder, id, patch, rowVersion);
}
