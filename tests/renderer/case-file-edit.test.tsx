// @vitest-environment jsdom
/**
 * Correcting a person's details from the case file: the form opens from the keyboard with the
 * current values, sends only what changed with the row version it was opened on, shows refusals
 * next to their field in French, and after a stale-version refusal offers to reload the file.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFileSummary } from '../../shared/contract/app-contract';
import { personChanges } from '../../renderer/features/case-file/EditPersonForm';
import { localWriteEvent, resetSync } from '../../renderer/features/sync/sync-store';
import { callsTo, createFakeApi } from './support/fake-api';
import { detailOf, dupontSummary } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

async function reset(): Promise<void> {
  await resetApp();
  resetSync();
}
beforeEach(reset);
afterEach(reset);

const path = `/case-files/person/${dupontSummary.id}`;
const person = { ...dupontSummary.person!, rowVersion: 4 };
const summary: CaseFileSummary = { ...dupontSummary, person };

function withPerson(changes: Partial<typeof person>): CaseFileSummary {
  return { ...summary, person: { ...person, ...changes } };
}

async function openForm(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: 'Modifier les coordonnées' }));
  const form = screen.getByRole('form', { name: 'Modifier les coordonnées' });
  // The first field has the cursor: the advisor types at once.
  expect(document.activeElement).toBe(within(form).getByLabelText('Nom'));
  return form;
}

describe('editing a person from the case file', () => {
  it('changes the address: the postal code fills the municipality, and the whole address is sent with the version', async () => {
    const { api, calls } = createFakeApi({
      'caseFile.detail': () => ({ ok: true, value: detailOf(summary) }),
      'caseFile.updatePerson': () => ({ ok: true, value: summary }),
    });
    renderApp(api, path);
    const form = await openForm();
    const address = within(form).getByRole('group', { name: 'Adresse' });
    fireEvent.change(within(address).getByLabelText('Rue'), { target: { value: 'Rue Haute' } });
    fireEvent.change(within(address).getByLabelText('Numéro'), { target: { value: '12' } });
    fireEvent.change(within(address).getByLabelText('Boîte'), { target: { value: '' } });
    fireEvent.change(within(address).getByLabelText('Code postal'), { target: { value: '1050' } });
    // The bpost list is a chunk of its own: the municipality follows once it has arrived.
    await waitFor(() => expect(within(address).getByLabelText('Commune')).toHaveProperty('value', 'Ixelles / Elsene'));
    expect(within(address).getByLabelText('Pays')).toHaveProperty('value', 'BE');
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Coordonnées enregistrées.');
    expect(callsTo(calls, 'caseFile.updatePerson')).toEqual([
      {
        id: dupontSummary.id,
        rowVersion: 4,
        changes: {
          address: {
            street: 'Rue Haute',
            houseNumber: '12',
            box: null,
            postalCode: '1050',
            municipality: 'Ixelles / Elsene',
            country: 'BE',
          },
        },
      },
    ]);
  });

  it('sends only the changed fields with the row version, then shows the refreshed file', async () => {
    let current = summary;
    const { api, calls } = createFakeApi({
      'caseFile.detail': () => ({ ok: true, value: detailOf(current) }),
      'caseFile.updatePerson': ({ changes }) => {
        current = withPerson({ ...changes, rowVersion: 5 } as Partial<typeof person>);
        return { ok: true, value: current };
      },
    });
    let writesAnnounced = 0;
    const countWrite = () => (writesAnnounced += 1);
    window.addEventListener(localWriteEvent, countWrite);
    renderApp(api, path);
    const form = await openForm();
    expect(within(form).getByLabelText('Compte bancaire (IBAN)')).toHaveProperty('value', 'BE68 5390 0754 7034');
    fireEvent.change(within(form).getByLabelText('Téléphone'), { target: { value: '+32 81 22 33 44' } });
    fireEvent.change(within(form).getByLabelText('Compte bancaire (IBAN)'), {
      target: { value: 'be71 0961 2345 6769' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Coordonnées enregistrées.')).toBeTruthy();
    expect(callsTo(calls, 'caseFile.updatePerson')).toEqual([
      { id: dupontSummary.id, rowVersion: 4, changes: { phone: '+32 81 22 33 44', iban: 'BE71096123456769' } },
    ]);
    await waitFor(() => expect(screen.getByText('BE71 0961 2345 6769')).toBeTruthy());
    expect(screen.getByText('+32 81 22 33 44')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Modifier les coordonnées' })).toBeNull();
    // The sync status strip hears of the write at once (its queue grew).
    expect(writesAnnounced).toBe(1);
    window.removeEventListener(localWriteEvent, countWrite);
  });

  it('shows a refused field next to it, translated, and keeps what was typed', async () => {
    const { api } = createFakeApi({
      'caseFile.detail': () => ({ ok: true, value: detailOf(summary) }),
      'caseFile.updatePerson': () => ({
        ok: false,
        error: {
          code: 'validation',
          messageKey: 'errors.validation',
          details: { issues: [{ path: 'changes.email', messageKey: 'validation.person.email' }] },
        },
      }),
    });
    renderApp(api, path);
    const form = await openForm();
    fireEvent.change(within(form).getByLabelText('E-mail'), { target: { value: 'pas-un-email' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    const email = within(form).getByLabelText('E-mail');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('Adresse e-mail non valide.')).toBeTruthy();
    expect(email).toHaveProperty('value', 'pas-un-email');
  });

  it('says nothing changed without calling the services', async () => {
    const { api, calls } = createFakeApi({ 'caseFile.detail': () => ({ ok: true, value: detailOf(summary) }) });
    renderApp(api, path);
    const form = await openForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Aucune modification à enregistrer.');
    expect(callsTo(calls, 'caseFile.updatePerson')).toEqual([]);
  });

  it('after a stale-version refusal, reloads the file and starts again on the new values', async () => {
    let current = summary;
    const { api, calls } = createFakeApi({
      'caseFile.detail': () => ({ ok: true, value: detailOf(current) }),
      'caseFile.updatePerson': () => ({ ok: false, error: { code: 'conflict', messageKey: 'errors.staleVersion' } }),
    });
    renderApp(api, path);
    const form = await openForm();
    fireEvent.change(within(form).getByLabelText('Téléphone'), { target: { value: '+32 81 22 33 44' } });
    // Meanwhile another advisor changed the e-mail (here or through sync).
    current = withPerson({ email: 'marie@dupont.be', rowVersion: 5 });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Ce dossier a été modifié entre-temps. Rechargez-le avant de continuer.',
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Recharger le dossier' }));
    await waitFor(() => expect(screen.getByRole('form', { name: 'Modifier les coordonnées' })).toBeTruthy());
    await waitFor(() => expect(screen.getByLabelText('E-mail')).toHaveProperty('value', 'marie@dupont.be'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(callsTo(calls, 'caseFile.detail').length).toBe(2);
  });

  it('closes with Escape without leaving the case file', async () => {
    const { api } = createFakeApi({ 'caseFile.detail': () => ({ ok: true, value: detailOf(summary) }) });
    const { router } = renderApp(api, path);
    const form = await openForm();
    fireEvent.keyDown(within(form).getByLabelText('Nom'), { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Modifier les coordonnées' })).toBeNull();
    expect(router.state.location.pathname).toBe(path);
  });
});

describe('the changes of a person edit', () => {
  it('compare without spaces or case for an IBAN, and turn an emptied field into null', () => {
    const values = {
      lastName: 'Dupont',
      firstName: 'Marie',
      language: 'fr' as const,
      email: '',
      phone: '+32 2 123 45 67',
      iban: 'be68 5390 0754 7034',
      // No address on file and none typed: no address change.
      street: '',
      houseNumber: '',
      box: '',
      postalCode: '',
      municipality: '',
      country: 'BE',
    };
    expect(personChanges(person, values)).toEqual({ email: null });
    expect(
      personChanges(person, {
        ...values,
        email: 'marie.dupont@example.be',
        lastName: ' Dupont-Lambert ',
        language: 'nl',
      }),
    ).toEqual({
      lastName: 'Dupont-Lambert',
      language: 'nl',
    });
  });

  it('sends no address when it is unchanged, and the whole address when one field changed', () => {
    const address = {
      street: 'Rue de Fer',
      houseNumber: '10',
      box: null,
      postalCode: '5000',
      municipality: 'Namur',
      country: 'BE',
    };
    const values = {
      lastName: person.lastName,
      firstName: person.firstName,
      language: person.language,
      email: person.email ?? '',
      phone: person.phone ?? '',
      iban: person.iban ?? '',
      ...address,
      box: '',
    };
    expect(personChanges(person, values, address)).toEqual({});
    expect(personChanges(person, { ...values, box: ' 3 ' }, address)).toEqual({ address: { ...address, box: '3' } });
    expect(personChanges(person, { ...values, country: 'LU', postalCode: 'l-1234' }, address)).toEqual({
      address: { ...address, country: 'LU', postalCode: 'L-1234' },
    });
  });
});
