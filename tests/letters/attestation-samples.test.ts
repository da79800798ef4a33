/**
 * `letters sample --kind <attestation> --lang fr|nl|de` writes a PDF whose text (pdftotext) shows the
 * NISS, the periods and the verification code; the code printed is one the parser accepts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLettersCommand } from '../../electron/cli/commands/letters';
import type { CertificateKind } from '../../electron/letters/sample-certificates';
import { sampleVerificationCode } from '../../electron/letters/sample-certificates';
import { demoHeader } from '../../electron/letters/sample-letters';
import { formatLongDate, formatShortDate } from '../../electron/letters/print-format';
import type { Language } from '../../electron/letters/letter-data';
import { parseVerificationCode } from '../../shared/domain/attestation/verification-code';
import { tempDir } from '../fixtures/temp-db';
import { pdfText } from './support/pdf-tools';

const dir = tempDir();
afterAll(() => dir.cleanup());

const kinds: readonly CertificateKind[] = ['affiliation-certificate', 'regularity-certificate', 'payment-certificate'];
const languages: readonly Language[] = ['fr', 'nl', 'de'];

/** What each sample must show about its period(s), in the letter's language. */
const periods: Record<CertificateKind, (language: Language) => string[]> = {
  'affiliation-certificate': (language) => [
    formatShortDate('2019-04-01', language),
    formatShortDate('2021-12-31', language),
    formatShortDate('2022-01-01', language),
    { fr: 'à titre principal', nl: 'in hoofdberoep', de: 'im Hauptberuf' }[language],
    { fr: 'en cours', nl: 'lopend', de: 'laufend' }[language],
  ],
  'regularity-certificate': (language) => [formatLongDate('2026-11-26', language), 'Q3 2026'],
  'payment-certificate': (language) => [
    formatLongDate('2026-01-01', language),
    formatLongDate('2026-09-30', language),
    'Q1 2026',
    'Q3 2026',
  ],
};

const codeLabel: Record<Language, string> = { fr: 'Code de vérification', nl: 'Verificatiecode', de: 'Prüfcode' };

describe('letters sample --kind <attestation>', () => {
  const cases = kinds.flatMap((kind) => languages.map((language) => [kind, language] as const));

  it.each(cases)('%s in %s: the PDF shows the NISS, the periods and the verification code', async (kind, language) => {
    const out = join(dir.dir, `${kind}-${language}.pdf`);
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const code = await runLettersCommand(['sample', '--kind', kind, '--lang', language, '--out', out], io);
    expect(code, lines.join('\n')).toBe(0);
    const text = pdfText(readFileSync(out));
    expect(text).toContain(demoHeader(0, language).identifier);
    // Dates print with no-break spaces; pdfText reads them as plain spaces.
    for (const period of periods[kind](language)) expect(text).toContain(period.replace(/\u00a0/g, ' '));
    const verification = sampleVerificationCode(kind, language, 0);
    expect(text).toContain(`${codeLabel[language]}: ${verification}`.replace(': ', language === 'fr' ? ' : ' : ': '));
    expect(parseVerificationCode(verification).ok).toBe(true);
  });

  it('npm run cli -- letters sample writes the PDF from the command line', () => {
    const out = join(dir.dir, 'cli-affiliation.pdf');
    execFileSync(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        'letters',
        'sample',
        '--kind',
        'affiliation-certificate',
        '--lang',
        'nl',
        '--out',
        out,
      ],
      { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' },
    );
    expect(pdfText(readFileSync(out))).toContain(sampleVerificationCode('affiliation-certificate', 'nl', 0));
  }, 60_000);
});
