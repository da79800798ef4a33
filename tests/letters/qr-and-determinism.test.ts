/**
 * The EPC QR code read back from the rendered page equals the expected payload, and rendering is
 * reproducible: the same input gives the same bytes, in process and through the worker pool.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEpcPayload } from '../../shared/domain/identifiers/epc-qr';
import { demoLetter, demoReminders } from '../../electron/letters/sample-letters';
import {
  checkFundIdentity,
  demoFund,
  demoFundConfig,
  loadFundConfig,
  resolveFund,
} from '../../electron/letters/fund-identity';
import type { Language, LetterKind } from '../../electron/letters/letter-data';
import { createLetterPool, type LetterPool } from '../../electron/letters/render/pool';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { epcPayload } from '../../electron/letters/templates/blocks';
import { decodeQrCodes, pdfText } from './support/pdf-tools';

const fund = demoFund();
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('EPC QR code', () => {
  it.each<[LetterKind, Language]>([
    ['reminder', 'fr'],
    ['due-notice', 'nl'],
    ['formal-notice', 'de'],
    ['company-contribution-notice', 'fr'],
  ])('on a %s (%s) decodes to the payment the letter asks for', async (kind, language) => {
    const input = demoLetter(kind, language, 7);
    if (!('payment' in input.data) || input.data.payment === undefined) throw new Error('demo letter asks for money');
    const { pdf, pageCount } = await renderLetters([input], fund);
    // The payment block never splits; on a longer letter (the formal notice) it may open page 2.
    const [decoded] = Array.from({ length: pageCount }, (_, page) => decodeQrCodes(pdf, page + 1)).flat();
    expect(decoded).toBe(epcPayload(input.data.payment, fund));
    const parsed = parseEpcPayload(decoded ?? '');
    expect(parsed.ok && parsed.value).toMatchObject({
      iban: 'BE48001123456727',
      bic: 'GEBABEBB',
      name: "L'Entraide",
      amount: input.data.payment.amount,
    });
  });
});

describe('demo fund', () => {
  it('has a valid Belgian IBAN whose bank matches the BIC, and a valid fee rate', () => {
    expect(checkFundIdentity(fund)).toEqual([]);
    expect(checkFundIdentity(resolveFund({ ...demoFundConfig, iban: 'BE48001123456728' }))).toContain('iban');
    expect(checkFundIdentity(resolveFund({ ...demoFundConfig, bic: 'KREDBEBB' }))).toContain('bic');
  });

  it('loads a configuration file and refuses an invalid one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guichet-fund-'));
    try {
      writeFileSync(join(dir, 'fund.json'), JSON.stringify(demoFundConfig));
      expect(loadFundConfig(join(dir, 'fund.json'))).toEqual(demoFundConfig);
      writeFileSync(
        join(dir, 'bad.json'),
        JSON.stringify({ ...demoFundConfig, window: 'top', feeRateBasisPoints: 3.95 }),
      );
      expect(() => loadFundConfig(join(dir, 'bad.json'))).toThrow(
        /feeRateBasisPoints, window invalid|window, feeRateBasisPoints invalid/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is configuration: another name and window side change the letter, not the code', async () => {
    const other = resolveFund({ ...demoFundConfig, name: 'Solidaris Indépendants', window: 'left' });
    const text = pdfText((await renderLetters([demoLetter('reminder', 'fr')], other)).pdf);
    expect(text).toContain('Solidaris Indépendants');
  });
});

describe('reproducible bytes', () => {
  let pool: LetterPool;
  beforeAll(async () => {
    pool = await createLetterPool({ fund, size: 2 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('renders the same input to the same bytes, with fixed metadata dates', async () => {
    const input = demoLetter('payment-plan-proposal', 'de', 3);
    const first = await renderLetters([input], fund);
    const second = await renderLetters([input], fund);
    expect(sha(first.pdf)).toBe(sha(second.pdf));
    expect(first.pdf.toString('latin1')).toContain('(D:20000101000000Z)');
  });

  it('gives the pool the same bytes as the main thread, and numbers each letter from page 1', async () => {
    const letters = [...demoReminders(3), demoLetter('formal-notice', 'fr', 4), demoLetter('decision', 'nl', 5)];
    const direct = await renderLetters(letters, fund);
    const [pooled, again] = await Promise.all([pool.render(letters), pool.render(letters)]);
    expect(sha(pooled?.pdf ?? Buffer.alloc(0))).toBe(sha(direct.pdf));
    expect(sha(again?.pdf ?? Buffer.alloc(0))).toBe(sha(direct.pdf));
    expect(direct.letterStartPages).toEqual([1, 2, 3, 4, 6]);
    expect(pdfText(direct.pdf, 5)).toContain('Page 2/2');
    // The decision carries the full privacy notice, so it runs over two pages.
    expect(pdfText(direct.pdf, 6)).toContain('Pagina 1/2');
  });

  it('turns a template failure into a rejected chunk without losing the worker', async () => {
    const broken = demoLetter('reminder', 'fr');
    if (broken.kind !== 'reminder') throw new Error('demo kind');
    const bad = {
      ...broken,
      data: { ...broken.data, payment: { ...broken.data.payment, amount: 0 as typeof broken.data.payment.amount } },
    };
    await expect(pool.render([bad])).rejects.toThrow(/EPC QR/);
    await expect(pool.render([broken])).resolves.toMatchObject({ pageCount: 1 });
  });
});
