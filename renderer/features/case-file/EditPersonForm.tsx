/**
 * Correcting a person's name, language, contact details and address at the counter (`caseFile.updatePerson`).
 * Only the fields that changed are sent, with the row version the form was opened on: if someone
 * changed the person meanwhile (here or through sync) the edit is refused as stale and the advisor
 * reloads the file instead of overwriting what they have not seen. Name and IBAN are protected for
 * sync: a concurrent change elsewhere becomes a conflict, never a silent overwrite.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type CaseFileSummary, type Language } from '../../../shared/contract/app-contract';
import type { PersonChanges } from '../../../shared/contract/channels/case-file-edit';
import type { ContractError } from '../../../shared/contract/errors';
import { formatIban } from '../../../shared/domain/identifiers/iban';
import { useApi } from '../../api/ApiProvider';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { languageName } from '../../ui/language-name';
import { municipalityAfter, useMunicipalityNames } from '../../ui/municipality-choice';
import { loadCaseFile } from './case-file-store';

type Person = NonNullable<CaseFileSummary['person']>;
type Address = CaseFileSummary['address'];
type AddressValues = {
  street: string;
  houseNumber: string;
  box: string;
  postalCode: string;
  municipality: string;
  country: string;
};
type Values = {
  lastName: string;
  firstName: string;
  language: Language;
  email: string;
  phone: string;
  iban: string;
} & AddressValues;

const addressFields = ['street', 'houseNumber', 'box', 'postalCode', 'municipality'] as const;
/** The countries offered first; an address already elsewhere keeps its own in the list. */
const usualCountries = ['BE', 'FR', 'NL', 'DE', 'LU'] as const;

/** The sync status strip listens for this window event to refresh at once after a write. */
const localWriteEvent = 'guichet:local-write';

function addressValuesOf(address: Address): AddressValues {
  return {
    street: address?.street ?? '',
    houseNumber: address?.houseNumber ?? '',
    box: address?.box ?? '',
    postalCode: address?.postalCode ?? '',
    municipality: address?.municipality ?? '',
    country: address?.country ?? 'BE',
  };
}

function valuesOf(person: Person, address: Address): Values {
  return {
    ...addressValuesOf(address),
    lastName: person.lastName,
    firstName: person.firstName,
    language: person.language,
    email: person.email ?? '',
    phone: person.phone ?? '',
    iban: person.iban ? formatIban(person.iban) : '',
  };
}

const compactIban = (value: string) => value.replace(/\s/g, '').toUpperCase();
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The fields that differ from what the person has now; an IBAN is compared without its spaces. A
 * changed address is sent whole (it becomes a new address from today); an empty form for a person
 * without an address is no change.
 */
export function personChanges(person: Person, values: Values, address: Address = null): PersonChanges {
  const changes: PersonChanges = {};
  if (values.lastName.trim() !== person.lastName) changes.lastName = values.lastName.trim();
  if (values.firstName.trim() !== person.firstName) changes.firstName = values.firstName.trim();
  if (values.language !== person.language) changes.language = values.language;
  if (orNull(values.email) !== person.email) changes.email = orNull(values.email);
  if (orNull(values.phone) !== person.phone) changes.phone = orNull(values.phone);
  const iban = orNull(compactIban(values.iban));
  if (iban !== (person.iban ? compactIban(person.iban) : null)) changes.iban = iban;
  const before = addressValuesOf(address);
  const isAddressChanged =
    values.country !== before.country || addressFields.some((field) => values[field].trim() !== before[field]);
  const isAddressEmpty = addressFields.every((field) => values[field].trim() === '');
  if (isAddressChanged && !(address === null && isAddressEmpty)) {
    changes.address = {
      street: values.street.trim(),
      houseNumber: values.houseNumber.trim(),
      box: orNull(values.box),
      postalCode: values.postalCode.trim().toUpperCase(),
      municipality: values.municipality.trim(),
      country: values.country,
    };
  }
  return changes;
}

/** A field's issue, whether the services name it `email` or `changes.email`. */
function issueFor(error: ContractError | null, field: string): string | null {
  const issue = error?.details?.issues?.find(
    (candidate) => candidate.path === field || candidate.path.endsWith(`.${field}`),
  );
  return issue?.messageKey ?? null;
}

type Props = { summary: CaseFileSummary; person: Person; onClose: (isSaved: boolean) => void };

export function EditPersonForm({ summary, person, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Values>(() => valuesOf(person, summary.address));
  const [error, setError] = useState<ContractError | null>(null);
  const [isSaving, setSaving] = useState(false);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const ref = { kind: summary.kind, id: summary.id };
  const isStale = error?.messageKey === 'errors.staleVersion';

  useEffect(() => firstFieldRef.current?.focus(), []);

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (isSaving) return;
    const changes = personChanges(person, values, summary.address);
    if (Object.keys(changes).length === 0) {
      setError({ code: 'validation', messageKey: 'validation.person.noChange' });
      return;
    }
    setSaving(true);
    const reply = await api.caseFile.updatePerson({ id: summary.id, rowVersion: person.rowVersion, changes });
    setSaving(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    window.dispatchEvent(new Event(localWriteEvent));
    await loadCaseFile(api, ref, true);
    onClose(true);
  }

  async function reload(): Promise<void> {
    // The fresh file brings a new row version, and the form (keyed by it) starts again on the new values.
    await loadCaseFile(api, ref, true);
    setError(null);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    // Escape closes the form; the case file's own Escape (back to search) must not lose the edit.
    event.preventDefault();
    event.stopPropagation();
    onClose(false);
  }

  const field = (name: keyof Values) => ({ id: `edit-person-${name}`, error: issueFor(error, name) });
  const hasFieldIssue = (
    ['lastName', 'firstName', 'language', 'email', 'phone', 'iban', ...addressFields, 'country'] as const
  ).some((name) => issueFor(error, name));

  return (
    <form
      className="card edit-person"
      aria-labelledby="edit-person-title"
      onSubmit={(event) => void save(event)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h2 id="edit-person-title" className="card__title">
        {t('caseFile.edit.title')}
      </h2>
      <p className="form-field__hint">{t('caseFile.edit.hint')}</p>
      <div className="form-grid">
        <FormField {...field('lastName')} label={t('caseFile.identity.lastName')}>
          <input
            ref={firstFieldRef}
            value={values.lastName}
            onChange={set('lastName')}
            maxLength={100}
            autoComplete="off"
          />
        </FormField>
        <FormField {...field('firstName')} label={t('caseFile.identity.firstName')}>
          <input value={values.firstName} onChange={set('firstName')} maxLength={100} autoComplete="off" />
        </FormField>
        <FormField {...field('language')} label={t('caseFile.identity.language')}>
          <select value={values.language} onChange={set('language')}>
            {languages.map((language) => (
              <option key={language} value={language} lang={language}>
                {languageName(t, language)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField {...field('email')} label={t('caseFile.contact.email')}>
          <input type="email" value={values.email} onChange={set('email')} maxLength={200} autoComplete="off" />
        </FormField>
        <FormField {...field('phone')} label={t('caseFile.contact.phone')}>
          <input type="tel" value={values.phone} onChange={set('phone')} maxLength={25} autoComplete="off" />
        </FormField>
        <FormField {...field('iban')} label={t('caseFile.contact.iban')} hint={t('caseFile.edit.ibanHint')}>
          <input
            className="mono"
            value={values.iban}
            onChange={set('iban')}
            maxLength={42}
            autoComplete="off"
            spellCheck={false}
          />
        </FormField>
      </div>
      <EditAddressFields values={values} setValues={setValues} error={error} />
      {error && !hasFieldIssue && <ErrorMessage error={error} />}
      <div className="button-row">
        {isStale ? (
          <button type="button" className="button" onClick={() => void reload()}>
            {t('caseFile.edit.reload')}
          </button>
        ) : (
          <button type="submit" className="button" disabled={isSaving}>
            {isSaving ? t('caseFile.edit.saving') : t('caseFile.edit.save')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => onClose(false)}>
          {t('caseFile.edit.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The address part of the form: the postal code fills the municipality (a choice when several share it). */
function EditAddressFields({
  values,
  setValues,
  error,
}: {
  values: Values;
  setValues: (update: (current: Values) => Values) => void;
  error: ContractError | null;
}) {
  const { t, i18n } = useTranslation();
  const isBelgian = values.country === 'BE';
  const names = useMunicipalityNames(isBelgian ? values.postalCode : '');
  const namesKey = names.join('|');
  const isPostalCodeEdited = useRef(false);
  // Once the advisor types a postal code (or the list arrives after it), its municipality follows:
  // the only one, or a choice among several. The address the form opened with is left as it is.
  useEffect(() => {
    if (!isPostalCodeEdited.current) return;
    setValues((current) => ({
      ...current,
      municipality: municipalityAfter(namesKey.split('|').filter(Boolean), current.municipality),
    }));
  }, [namesKey, setValues]);
  const regionName = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const countries = usualCountries.some((code) => code === values.country)
    ? usualCountries
    : [...usualCountries, values.country];
  const set = (name: keyof AddressValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));
  const field = (name: keyof AddressValues) => ({ id: `edit-person-${name}`, error: issueFor(error, name) });
  return (
    <fieldset className="edit-person__address">
      <legend>{t('caseFile.address.title')}</legend>
      <p className="form-field__hint">{t('caseFile.edit.addressHint')}</p>
      <div className="form-grid">
        <FormField {...field('street')} label={t('intake.address.street')}>
          <input value={values.street} onChange={set('street')} maxLength={100} autoComplete="off" />
        </FormField>
        <FormField {...field('houseNumber')} label={t('intake.address.houseNumber')}>
          <input value={values.houseNumber} onChange={set('houseNumber')} maxLength={10} autoComplete="off" />
        </FormField>
        <FormField {...field('box')} label={t('intake.address.box')}>
          <input value={values.box} onChange={set('box')} maxLength={10} autoComplete="off" />
        </FormField>
        <FormField {...field('postalCode')} label={t('intake.address.postalCode')}>
          <input
            value={values.postalCode}
            inputMode={isBelgian ? 'numeric' : 'text'}
            onChange={(event) => {
              isPostalCodeEdited.current = true;
              set('postalCode')(event);
            }}
            maxLength={10}
            autoComplete="off"
          />
        </FormField>
        <FormField {...field('municipality')} label={t('intake.address.municipality')}>
          {names.length > 1 ? (
            <select
              value={names.includes(values.municipality) ? values.municipality : ''}
              onChange={set('municipality')}
            >
              <option value="">{t('intake.address.chooseMunicipality')}</option>
              {names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          ) : (
            <input value={values.municipality} onChange={set('municipality')} maxLength={100} autoComplete="off" />
          )}
        </FormField>
        <FormField {...field('country')} label={t('caseFile.address.country')}>
          <select value={values.country} onChange={set('country')}>
            {countries.map((code) => (
              <option key={code} value={code}>
                {regionName.of(code) ?? code}
              </option>
            ))}
          </select>
        </FormField>
      </div>
    </fieldset>
  );
}

/** The button in the contact card and the form it opens, with the confirmation once saved. */
export function EditPersonSection({ summary }: { summary: CaseFileSummary }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [isSaved, setSaved] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const person = summary.person;
  if (!person) return null;

  function close(saved: boolean): void {
    setOpen(false);
    setSaved(saved);
    // Back to the button that opened the form, so the keyboard stays where the advisor was.
    window.setTimeout(() => openRef.current?.focus(), 0);
  }

  return (
    <div className="edit-person__section">
      {isOpen ? (
        <EditPersonForm key={person.rowVersion} summary={summary} person={person} onClose={close} />
      ) : (
        <div className="button-row">
          <button
            ref={openRef}
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            {t('caseFile.edit.open')}
          </button>
          {isSaved && (
            <span className="status-message" role="status">
              {t('caseFile.edit.saved')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
