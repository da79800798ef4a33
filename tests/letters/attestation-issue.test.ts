/**
 * Attestations issued through the real dispatch on a seeded profile: the archived record carries the
 * verification code its id and data give, the PDF prints it, the audit line is written with the
 * record in one transaction (an audit that fails leaves no record), the case file lists the letter,
 * and the code typed back (lower case, no hyphens) finds it; a mistyped or altered one does not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/hosts/dispatch';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { verifyAttestation } from '../../electron/services/letters/attestation-verify';
import { archiveKeyOf, sealedArchive, type ArchiveCipher } from '../../electron/letters/archive-cipher';
import { isCodeOfRecord } from '../../electron/services/letters/certificate-seal';
import type { LetterInput } from '../../electron/letters/letter-data';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract/app-contract';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import { tempDir } from '../fixtures/temp-db';
import { pdfText } from './support/pdf-tools';

const TODAY = '2026-11-26';
let core: AppCore;
let cleanup: () => void;
let payer: { id: string; branchCode: string };

beforeAll(async () => {
  const dir = tempDir();
  core = openAppCore({
    profileDir: dir.dir,
    host: 'browser',
    demoPersons: 300,
    now: () => new Date(`${TODAY}T09:00:00.000Z`),
  });
  cleanup = () => (core.close(), dir.cleanup());
  // The advisor of the payer's branch: a case file of another branch is out of reach.
  payer = aPayer();
  await call('session.signIn', { username: `${payer.branchCode.toLowerCase()}.conseiller`, password: DEMO_PASSWORD });
}, 120_000);
afterAll(() => cleanup());

/** The profile's archive, sealed with the key derived from its profile key. */
const archive = (): ArchiveCipher => sealedArchive(archiveKeyOf(core.databaseKey() ?? Buffer.alloc(0)));

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(core, channel, input, { host: 'browser' }, { error: () => undefined });
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.messageKey}`);
  return result.value as ChannelOutput<C>;
}

/** A person with an affiliation and payments in 2025. */
function aPayer(): { id: string; branchCode: string } {
  const row = core.db.$client
    .prepare<[], { id: string; branchCode: string }>(
      `SELECT p.id, b.code AS branchCode FROM persons p JOIN branches b ON b.id = p.branch_id
       WHERE EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = p.id)
         AND EXISTS (SELECT 1 FROM payments y WHERE y.person_id = p.id AND y.date LIKE '2025-%') LIMIT 1`,
    )
    .get();
  if (!row) throw new Error('no payer in the demo data');
  return row;
}

type Stored = { id: string; input: string; pdf_file: string };
const stored = (id: string) =>
  core.db.$client.prepare<[string], Stored>('SELECT id, input, pdf_file FROM issued_letters WHERE id = ?').get(id);
const auditOf = (id: string) =>
  core.db.$client
    .prepare<[string], { after: string }>(`SELECT after FROM audit_log WHERE entity = 'issuedLetter' AND entity_id = ?`)
    .all(id);
const issuedCount = () =>
  core.db.$client.prepare<[], { n: number }>('SELECT count(*) AS n FROM issued_letters').get()!.n;

describe('attestations issued at the counter', () => {
  it('an affiliation attestation: archived with its code, printed on it, audited, listed, and found by the code', async () => {
    const caseFile = { kind: 'person' as const, id: payer.id };
    const issued = await call('letters.issue', {
      source: 'case-file',
      caseFile,
      kind: 'affiliation-certificate',
      params: {},
    });
    const row = stored(issued.id)!;
    const input = JSON.parse(row.input) as LetterInput;
    const code = (input.data as { verificationCode?: string }).verificationCode ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(isCodeOfRecord(issued.id, input, code)).toBe(true);
    expect(pdfText(Buffer.from(issued.pdfBase64, 'base64'))).toContain(code);
    expect(auditOf(issued.id).map((line) => JSON.parse(line.after))).toEqual([
      expect.objectContaining({ kind: 'affiliation-certificate', caseFileId: caseFile.id, verificationCode: code }),
    ]);
    const history = await call('letters.history', caseFile);
    expect(history.map((letter) => letter.id)).toContain(issued.id);
    expect(verifyAttestation(core.db.$client, code.toLowerCase().replace(/-/g, ''), archive())).toMatchObject({
      status: 'valid',
      id: issued.id,
      kind: 'affiliation-certificate',
    });
    const typo = `${code.slice(0, 13)}${code.endsWith('0') ? '1' : '0'}`;
    expect(verifyAttestation(core.db.$client, typo, archive()).status).toBe('mistyped');
    // Through the channel an advisor uses: the kind and date, nothing about the person.
    expect(await call('letters.verifyAttestation', { code: ` ${code.toLowerCase()} ` })).toEqual({
      status: 'valid',
      kind: 'affiliation-certificate',
      issuedAt: expect.stringMatching(/^2026-11-26T/),
      pdfSha256: issued.sha256,
    });
    expect(await call('letters.verifyAttestation', { code: '0000-0000-0000' })).toMatchObject({ status: 'unknown' });
    expect(await call('letters.verifyAttestation', { code: typo })).toMatchObject({ status: 'mistyped', kind: null });
  });

  it('a tax certificate: what was paid in 2025 is split, nothing lost, and a tampered archive is caught', async () => {
    const caseFile = { kind: 'person' as const, id: payer.id };
    const issued = await call('letters.issue', {
      source: 'case-file',
      caseFile,
      kind: 'tax-certificate',
      params: { year: 2025 },
    });
    const input = JSON.parse(stored(issued.id)!.input) as LetterInput;
    if (input.kind !== 'tax-certificate') throw new Error('kind');
    const paid = core.db.$client
      .prepare<[string], { total: number }>(
        `SELECT SUM(amount_cents) AS total FROM payments WHERE person_id = ? AND date LIKE '2025-%' AND amount_cents > 0`,
      )
      .get(caseFile.id)!.total;
    const { breakdown } = input.data;
    expect(breakdown.contributions + breakdown.managementFees + breakdown.surcharges + breakdown.unallocated).toBe(
      paid,
    );
    expect(breakdown.deductible).toBe(breakdown.contributions + breakdown.managementFees - breakdown.refunds);
    const code = input.data.verificationCode ?? '';
    expect(verifyAttestation(core.db.$client, code, archive()).status).toBe('valid');
    const file = stored(issued.id)!.pdf_file;
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original, Buffer.from('%')]));
    expect(verifyAttestation(core.db.$client, code, archive()).status).toBe('altered');
    writeFileSync(file, original);
  });

  it('atomic: when the audit line cannot be written, no issued letter is recorded either', async () => {
    const caseFile = { kind: 'person' as const, id: payer.id };
    const before = issuedCount();
    core.db.$client.exec(
      `CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END`,
    );
    try {
      const result = await dispatch(
        core,
        'letters.issue',
        {
          source: 'case-file',
          caseFile,
          kind: 'payment-certificate',
          params: { from: '2025-01-01', to: '2025-12-31' },
        },
        { host: 'browser' },
        { error: () => undefined },
      );
      expect(result.ok).toBe(false);
    } finally {
      core.db.$client.exec('DROP TRIGGER refuse_audit');
    }
    expect(issuedCount()).toBe(before);
    const issued = await call('letters.issue', {
      source: 'case-file',
      caseFile,
      kind: 'payment-certificate',
      params: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(issuedCount()).toBe(before + 1);
    expect(auditOf(issued.id)).toHaveLength(1);
  });

  it('a company: its affiliation stated as liable to the company contribution, without a NISS', async () => {
    const company = core.db.$client
      .prepare<[string], { id: string }>(
        `SELECT c.id FROM companies c JOIN branches b ON b.id = c.branch_id
         WHERE b.code = ? AND c.language = 'fr' AND EXISTS (SELECT 1 FROM affiliations a WHERE a.company_id = c.id) LIMIT 1`,
      )
      .get(payer.branchCode);
    if (!company) throw new Error('no French-speaking company of the branch in the demo data');
    const preview = await call('letters.preview', {
      source: 'case-file',
      caseFile: { kind: 'company', id: company.id },
      kind: 'affiliation-certificate',
      params: {},
    });
    const text = pdfText(Buffer.from(preview.pdfBase64, 'base64'));
    expect(text).toContain('société assujettie à la cotisation');
    expect(text).toContain('numéro d’entreprise');
    expect(text).toContain('le code de vérification est attribué lors de l’émission');
  });

  it('regularity on a date: the open total is the ledger’s, computed here independently', async () => {
    const caseFile = { kind: 'person' as const, id: payer.id };
    const preview = await call('letters.preview', {
      source: 'case-file',
      caseFile,
      kind: 'regularity-certificate',
      params: { asOf: '2026-06-30' },
    });
    expect(preview.pageCount).toBeGreaterThan(0);
    const expected =
      core.db.$client
        .prepare<[string, string, string, string], { open: number | null }>(
          `SELECT SUM(MAX(0, c.amount_cents + c.fee_cents - COALESCE(p.paid, 0))
                  + MAX(0, COALESCE(s.due, 0) - MAX(0, COALESCE(p.paid, 0) - c.amount_cents - c.fee_cents))) AS open
         FROM contributions c
         LEFT JOIN (SELECT contribution_id, SUM(amount_cents) AS paid FROM payments WHERE date <= ? GROUP BY contribution_id) p
           ON p.contribution_id = c.id
         LEFT JOIN (SELECT contribution_id, SUM(amount_cents) AS due FROM surcharges WHERE is_waived = 0 AND date <= ?
                    GROUP BY contribution_id) s ON s.contribution_id = c.id
         WHERE c.person_id = ? AND c.status = 'open' AND c.due_date <= ? AND c.deleted_at IS NULL`,
        )
        .get('2026-06-30', '2026-06-30', caseFile.id, '2026-06-30')!.open ?? 0;
    const issued = await call('letters.issue', {
      source: 'case-file',
      caseFile,
      kind: 'regularity-certificate',
      params: { asOf: '2026-06-30' },
    });
    const input = JSON.parse(stored(issued.id)!.input) as LetterInput;
    if (input.kind !== 'regularity-certificate') throw new Error('kind');
    expect(input.data.totalOpen).toBe(expected);
    expect(input.data.open.length === 0).toBe(expected === 0);
  });
});
