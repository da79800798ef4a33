// @vitest-environment jsdom
/** The affiliation wizard over a fake API: person first, steps saved as drafts, validation as typed, completion. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeDraftDto, IntakeForms } from '../../shared/contract/channels/intake';
import { callsTo, createFakeApi } from './support/fake-api';
import { dupontSummary } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const draftId = '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d9001';
const emptyForms: IntakeForms = {
  identity: null,
  activity: null,
  spouse: null,
  mandates: null,
  company: null,
  directors: null,
};

function draft(overrides: Partial<IntakeDraftDto> = {}): IntakeDraftDto {
  return {
    id: draftId,
    kind: 'person',
    step: 'identity',
    forms: {
      ...emptyForms,
      identity: {
        niss: '90022712301',
        lastName: '',
        firstName: '',
        birthDate: '',
        sex: '',
        language: 'fr',
        email: '',
        phone: '',
        iban: '',
        street: '',
        houseNumber: '',
        box: '',
        postalCode: '',
        municipality: '',
      },
    },
    issues: [],
    consequences: [],
    status: 'open',
    label: '90022712301',
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T09:00:00.000Z',
    advisorId: null,
    rowVersion: 1,
    ...overrides,
  };
}

describe('the intake start', () => {
  it('checks the NISS as typed, opens an existing file, and starts a draft for an unknown person', async () => {
    const { api, calls } = createFakeApi({
      'intake.listDrafts': () => ({ ok: true, value: [] }),
      'intake.start': (input) =>
        input.kind === 'person' && input.niss === '85073003328'
          ? {
              ok: true,
              value: {
                status: 'existing',
                caseFile: { kind: 'person', id: dupontSummary.id, displayName: 'Dupont Marie' },
              },
            }
          : { ok: true, value: { status: 'draft', draft: draft(), isResumed: false } },
      'intake.get': () => ({ ok: true, value: draft() }),
    });
    const { router } = renderApp(api, '/intake');
    const niss = await screen.findByLabelText('NISS');
    expect(document.activeElement).toBe(niss);
    fireEvent.change(niss, { target: { value: '85073003329' } });
    expect(niss.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('NISS non valide : les chiffres de contrôle ne correspondent pas.')).toBeTruthy();

    fireEvent.change(niss, { target: { value: '85073003328' } });
    fireEvent.submit(niss.closest('form') as HTMLFormElement);
    expect(await screen.findByText('Dupont Marie a déjà un dossier.')).toBeTruthy();

    fireEvent.change(niss, { target: { value: '90.02.27-123.01' } });
    fireEvent.submit(niss.closest('form') as HTMLFormElement);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/intake/${draftId}`));
    expect(callsTo(calls, 'intake.start')).toEqual([
      { kind: 'person', niss: '85073003328' },
      { kind: 'person', niss: '90.02.27-123.01' },
    ]);
  });
});

describe('the intake wizard', () => {
  it('fills the municipality from the postal code, in both languages in Brussels, and offers a choice when several share it', async () => {
    const { api } = createFakeApi({ 'intake.get': () => ({ ok: true, value: draft() }) });
    renderApp(api, `/intake/${draftId}`);
    expect(await screen.findByText('Étape 1 sur 5 : Identité')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Code postal'), { target: { value: '1000' } });
    expect((screen.getByLabelText('Commune') as HTMLInputElement).value).toBe('Bruxelles / Brussel');

    // 1380: Lasne and its former municipalities. The municipality becomes a choice, none picked yet.
    fireEvent.change(screen.getByLabelText('Code postal'), { target: { value: '1380' } });
    const choice = screen.getByLabelText('Commune') as HTMLSelectElement;
    expect(choice.tagName).toBe('SELECT');
    expect(choice.value).toBe('');
    expect([...choice.options].map((option) => option.textContent)).toEqual([
      'Choisissez la commune…',
      'Couture-Saint-Germain',
      'Lasne-Chapelle-Saint-Lambert',
      'Maransart',
      'Ohain',
      'Plancenoit',
      'Lasne',
    ]);
    fireEvent.change(choice, { target: { value: 'Ohain' } });
    expect((screen.getByLabelText('Commune') as HTMLSelectElement).value).toBe('Ohain');

    // A municipality typed by hand before an unknown code is left alone.
    fireEvent.change(screen.getByLabelText('Code postal'), { target: { value: '9999' } });
    fireEvent.change(screen.getByLabelText('Commune'), { target: { value: 'Ailleurs' } });
    fireEvent.change(screen.getByLabelText('Code postal'), { target: { value: '999' } });
    expect((screen.getByLabelText('Commune') as HTMLInputElement).value).toBe('Ailleurs');
  });

  it('fills birth date and sex from the NISS, validates as typed, saves each step and completes', async () => {
    let current = draft();
    const { api, calls } = createFakeApi({
      'intake.get': () => ({ ok: true, value: current }),
      'intake.saveStep': (input) => {
        current = {
          ...current,
          step: input.nextStep ?? current.step,
          forms: { ...current.forms, [input.payload.step]: input.payload.form },
        };
        return { ok: true, value: current };
      },
      'intake.checkDuplicates': () => ({ ok: true, value: [] }),
      'intake.complete': () => ({
        ok: true,
        value: {
          caseFile: { kind: 'person', id: dupontSummary.id },
          affiliationId: dupontSummary.affiliations[1]!.id,
          contributionIds: ['a', 'b', 'c'],
          taskIds: ['t'],
          letterId: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d9009',
        },
      }),
    });
    renderApp(api, `/intake/${draftId}`);
    expect(await screen.findByText('Étape 1 sur 5 : Identité')).toBeTruthy();
    expect((screen.getByLabelText('Date de naissance') as HTMLInputElement).value).toBe('27/02/1990');

    const email = screen.getByLabelText('E-mail');
    fireEvent.change(email, { target: { value: 'pas-un-email' } });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Adresse e-mail non valide.')).toBeTruthy();
    fireEvent.change(email, { target: { value: 'sophie@example.be' } });
    expect(email.getAttribute('aria-invalid')).toBeNull();

    // "Next" with required fields empty: they are flagged, the step stays.
    fireEvent.submit(email.closest('form') as HTMLFormElement);
    await waitFor(() => expect(screen.getByLabelText('Nom').getAttribute('aria-invalid')).toBe('true'));
    expect(callsTo(calls, 'intake.saveStep').filter((call) => (call as { nextStep?: string }).nextStep)).toEqual([]);

    for (const [label, value] of [
      ['Nom', 'Lambert'],
      ['Prénom', 'Sophie'],
      ['Rue', 'Rue Haute'],
      ['Numéro', '12'],
      ['Code postal', '5000'],
      ['Commune', 'Namur'],
    ] as const) {
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    }
    fireEvent.submit(email.closest('form') as HTMLFormElement);
    expect(await screen.findByText('Étape 2 sur 5 : Activité')).toBeTruthy();
    expect(callsTo(calls, 'intake.saveStep').at(-1)).toMatchObject({
      draftId,
      nextStep: 'activity',
      payload: { step: 'identity', form: { lastName: 'Lambert', sex: 'M', birthDate: '1990-02-27' } },
    });

    fireEvent.change(screen.getByLabelText('Catégorie'), { target: { value: 'main' } });
    fireEvent.change(screen.getByLabelText("Début d'activité"), { target: { value: '01/12/2026' } });
    fireEvent.submit(screen.getByLabelText('Catégorie').closest('form') as HTMLFormElement);
    expect(await screen.findByText('Étape 3 sur 5 : Conjoint aidant')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Suivant : Mandats/ }));
    expect(await screen.findByText('Étape 4 sur 5 : Mandats')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Suivant : Vérification/ }));
    expect(await screen.findByText("Tout est complet : l'affiliation peut être terminée.")).toBeTruthy();
    // The recap shows what was entered at each step before anything is created.
    const recap = screen.getByRole('region', { name: 'Récapitulatif de ce qui a été encodé' });
    const identity = within(recap).getByRole('region', { name: 'Identité' });
    expect(identity.textContent).toContain('Lambert');
    expect(identity.textContent).toContain('Rue Haute 12, 5000 Namur');
    expect(identity.textContent).toContain('sophie@example.be');
    const activity = within(recap).getByRole('region', { name: 'Activité' });
    expect(activity.textContent).toContain('1 décembre 2026');
    fireEvent.click(screen.getByRole('button', { name: "Terminer l'affiliation" }));
    expect(await screen.findByText('3 cotisations provisoires planifiées.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ouvrir le dossier' }).getAttribute('href')).toContain(
      `/case-files/person/${dupontSummary.id}?tab=account`,
    );
  });
});
