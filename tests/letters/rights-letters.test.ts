/**
 * The rights letters of a case file, through the real dispatch on a real SQLite profile, read back
 * from the PDF: the bridging-right decision (granted with its motivation, legal basis, monthly
 * schedule and the appeal route of the other decision letters; refused with its motivation), and the
 * maternity-aid information a scan queues after a birth.
 */
import { describe, expect, it } from 'vitest';
import { caseFileLetter } from '../../electron/services/letters/case-file-letters';
import { demoFund } from '../../electron/letters/fund-identity';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { scanRights } from '../../electron/services/rights/rights-scan';
import { call, signIn } from '../fixtures/core';
import { rightsCore, selfEmployed } from '../electron/services/rights/rights-fixture';
import { pdfText } from './support/pdf-tools';

const fund = demoFund();
const context = { today: '2026-11-26', advisorName: 'Conseiller', fund };
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('rights letters', () => {
  it('prints a granted bridging right with its motivation, legal basis, payments and appeal route', async () => {
    const { core } = rightsCore();
    const person = selfEmployed(core);
    const ref = { kind: 'person' as const, id: person.id };
    await signIn(core);
    const recorded = await call(core, 'rights.recordEvent', {
      ...ref,
      eventKind: 'bankruptcy',
      date: '2026-10-15',
      source: 'Tribunal de l’entreprise',
      hasFamilyCharge: false,
    });
    const applied = await call(core, 'rights.apply', {
      ...ref,
      right: 'bridging-right',
      eventId: recorded.events[0]!.id,
    });
    const applicationId = applied.applications[0]!.id;
    await signIn(core, 'test.responsable');
    const decided = await call(core, 'rights.decide', {
      ...ref,
      applicationId,
      decision: 'granted',
      motivation: 'Faillite prononcée le 15 octobre 2026, carrière suffisante.',
    });
    const { monthlyCents, months } = decided.applications[0]!;

    const letter = caseFileLetter(
      core.db.$client,
      ref,
      'rights-decision',
      { rightApplicationId: applicationId },
      context,
    );
    if (letter.kind !== 'rights-decision') throw new Error('rights-decision expected');
    // The 2026 table is the last one: November and December are scheduled, the later months follow the amount then in force.
    expect(letter.data.schedule).toHaveLength(2);
    expect(letter.data.schedule[0]).toMatchObject({ month: '2026-11', payDate: '2026-11-30', amount: monthlyCents });
    expect(letter.data.labourCourt.name).toContain('Tribunal du travail');
    const text = flat(pdfText((await renderLetters([letter], fund)).pdf));
    expect(text).toContain('Décision – droit passerelle');
    expect(text).toContain('Faillite prononcée le 15 octobre 2026, carrière suffisante.');
    expect(text).toContain('Loi du 22 décembre 2016');
    expect(text).toContain(`pendant ${months} mois`);
    expect(text).toContain('Calendrier des paiements');
    expect(text).toContain('Les mois suivants seront payés au montant en vigueur');
    expect(text).toContain('dans les trois mois de la notification');
    expect(text).toContain('Tribunal du travail');
  });

  it('prints a refusal with its motivation, and the maternity-aid information a scan queues after a birth', async () => {
    const { core } = rightsCore();
    const person = selfEmployed(core);
    const ref = { kind: 'person' as const, id: person.id };
    await signIn(core);
    const recorded = await call(core, 'rights.recordEvent', {
      ...ref,
      eventKind: 'birth',
      date: '2026-11-02',
      source: 'Registre national',
    });
    const eventId = recorded.events[0]!.id;
    expect(scanRights(core.db, core.recorder, '2026-11-26').letters).toBe(1);
    const queued = core.db.$client
      .prepare<[], { id: string }>("SELECT id FROM letter_queue WHERE kind = 'rights-information'")
      .get()!;
    const preview = await call(core, 'letters.preview', { source: 'queue', queueId: queued.id });
    const information = flat(pdfText(Buffer.from(preview.pdfBase64, 'base64')));
    expect(information).toContain('Vos droits – aide à la maternité');
    expect(information).toContain('titres-services');
    expect(information).toContain('La caisse agit d’elle-même');

    const applied = await call(core, 'rights.apply', { ...ref, right: 'maternity-aid', eventId });
    await signIn(core, 'test.responsable');
    await call(core, 'rights.decide', {
      ...ref,
      applicationId: applied.applications[0]!.id,
      decision: 'refused',
      motivation: 'Activité exercée à titre complémentaire à la date de la naissance.',
    });
    const refusal = caseFileLetter(
      core.db.$client,
      ref,
      'rights-decision',
      { rightApplicationId: applied.applications[0]!.id },
      context,
    );
    const text = flat(pdfText((await renderLetters([refusal], fund)).pdf));
    expect(text).toContain('la caisse a refusé votre demande');
    expect(text).toContain('Activité exercée à titre complémentaire à la date de la naissance.');
    expect(text).toContain('Possibilités de recours');
    expect(text).not.toContain('Calendrier des paiements');
  });
});
