/**
 * The decision letter of a case file, through the real dispatch on a real SQLite profile: INASTI's
 * reference and date recorded with the decision, the grounds the affiliate gave, and a salutation
 * that names her, from the declared sex or, when none is declared, from her NISS.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../electron/services/app-core';
import { caseFileLetter } from '../../electron/services/letters/case-file-letters';
import { demoFund } from '../../electron/letters/fund-identity';
import { renderLetters } from '../../electron/letters/render/render-letters';
import type { CaseFileRef } from '../../shared/contract/channels/common';
import { makeNiss } from '../../shared/domain/identifiers/niss';
import { call, ensureAdvisors, openTestCore, signIn } from '../fixtures/core';
import { tempDir } from '../fixtures/temp-db';
import { pdfText } from './support/pdf-tools';

const TODAY = '2026-11-26';
const fund = demoFund();
let core: AppCore;
let cleanup: () => void;

beforeEach(() => {
  const dir = tempDir();
  core = openTestCore(dir.dir);
  ensureAdvisors(core);
  cleanup = () => (core.close(), dir.cleanup());
});
afterEach(() => cleanup());

/** A woman (even serial) affiliated in main activity from 1 January 2026, writing in Dutch. */
async function affiliate(): Promise<CaseFileRef> {
  const niss = makeNiss({ birthDate: '1980-04-12', serial: 52 });
  const started = await call(core, 'intake.start', { kind: 'person', niss });
  if (started.status !== 'draft') throw new Error('expected a draft');
  const draftId = started.draft.id;
  const identity = {
    niss,
    lastName: 'Peeters',
    firstName: 'Els',
    birthDate: '1980-04-12',
    sex: 'F' as const,
    language: 'nl' as const,
    email: '',
    phone: '',
    iban: '',
    street: 'Kerkstraat',
    houseNumber: '10',
    box: '',
    postalCode: '9000',
    municipality: 'Gent',
  };
  await call(core, 'intake.saveStep', { draftId, payload: { step: 'identity', form: identity }, nextStep: 'activity' });
  await call(core, 'intake.saveStep', {
    draftId,
    payload: { step: 'activity', form: { category: 'main', startDate: '2026-01-01', isPrimoStarter: false } },
    nextStep: 'mandates',
  });
  await call(core, 'intake.saveStep', {
    draftId,
    payload: { step: 'mandates', form: { mandates: [] } },
    nextStep: 'review',
  });
  return (await call(core, 'intake.complete', { draftId })).caseFile;
}

describe('a case file’s decision letter', () => {
  it('prints INASTI’s reference and date, the grounds given, and names the addressee', async () => {
    await signIn(core);
    const ref = await affiliate();
    const request = await call(core, 'request.file', {
      ...ref,
      requestKind: 'exemption',
      grounds: 'force-majeure',
      groundsText: 'Brand in de werkplaats',
      quarters: ['2026-Q3'],
    });
    await signIn(core, 'test.responsable');
    const decided = await call(core, 'request.decide', {
      requestId: request.id,
      decision: 'refused',
      authorityReference: 'DISP/2026/000321',
      authorityDecidedOn: '2026-11-18',
    });
    expect(decided).toMatchObject({ authorityReference: 'DISP/2026/000321', authorityDecidedOn: '2026-11-18' });

    const context = { today: TODAY, advisorName: 'Conseiller', fund };
    const letter = caseFileLetter(core.db.$client, ref, 'decision', { requestId: request.id }, context);
    if (letter.kind !== 'decision') throw new Error('decision expected');
    expect(letter.data.authority).toEqual({ decidedOn: '2026-11-18', reference: 'DISP/2026/000321' });
    expect(letter.data.grounds).toEqual({ code: 'force-majeure', text: 'Brand in de werkplaats' });
    const text = pdfText((await renderLetters([letter], fund)).pdf);
    expect(text).toContain(
      'Het RSVZ heeft over uw aanvraag beslist op 18 november 2026 (referentie DISP/2026/000321).',
    );
    expect(text).toContain('Ingeroepen reden: overmacht (‘Brand in de werkplaats’).');
    expect(text).toContain('Geachte mevrouw Peeters,');
    expect(text).toContain('tegen het RSVZ');

    // No declared sex: the NISS serial (52, even) still says she is a woman.
    core.db.$client.prepare('UPDATE persons SET sex = NULL').run();
    const undeclared = caseFileLetter(core.db.$client, ref, 'decision', { requestId: request.id }, context);
    expect(undeclared.data.addressee).toEqual({ sex: 'F', lastName: 'Peeters' });
    expect(undeclared.data.recipient.name).toBe('Mevrouw Els Peeters');
  });
});
