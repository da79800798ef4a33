/**
 * Correcting a person's identity and contact details at the counter (`caseFile.updatePerson`). The
 * edit names the row version it was made on: a stale one is refused and nothing is written. It goes
 * through the one write path (row, outbox record, audit line, search keys in one transaction), so a
 * concurrent change to a protected field elsewhere becomes a conflict at head office, never an overwrite.
 */
import type { PersonChanges } from '../../../shared/contract/channels/case-file-edit';
import { GuichetError } from '../../../shared/contract/errors';
import { parseIban } from '../../../shared/domain/identifiers/iban';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { updatePersonIn, type PersonFields } from '../../../db/repositories/person-repo';
import type { SituationChangeInput } from '../../../shared/contract/channels/situation';
import { toIsoDate } from '../../../shared/domain/calendar';
import { filePersonChange } from '../situation/situation-confirm';
import { checkAddress } from '../situation/situation-preview';
import type { ServiceContext } from '../service-context';

/** The patch to write: IBAN in its electronic form (checked), empty texts as null. */
export function personPatch(changes: Omit<PersonChanges, 'address'>): Partial<PersonFields> {
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

/**
 * Writes the edit in one transaction: the person's fields, then a new address filed as a move from
 * today (the change-of-situation path: the former address ends the day before, the change is in the
 * history). A stale row version refuses the whole edit (errors.staleVersion), nothing written.
 */
export function editPerson(
  context: ServiceContext,
  advisor: AdvisorWithBranch,
  id: string,
  rowVersion: number,
  changes: PersonChanges,
): void {
  const { address, ...fields } = changes;
  const patch = personPatch(fields);
  const move =
    address === undefined
      ? null
      : ({ kind: 'address', effectiveDate: toIsoDate(context.today()), ...address } satisfies SituationChangeInput);
  if (move) checkAddress(move);
  context.db.transaction((tx) => {
    const version =
      Object.keys(patch).length > 0
        ? updatePersonIn(tx, context.recorder, id, patch, rowVersion).rowVersion
        : rowVersion;
    if (move) filePersonChange(tx, context, advisor, { personId: id, rowVersion: version, change: move });
  });
}
