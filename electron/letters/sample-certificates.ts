/**
 * Demo attestations for `letters sample`, the tests and the screenshots: deterministic, with a
 * verification code drawn like an issued one's (from a digest of the sample's name).
 */
import { createHash } from 'node:crypto';
import { verificationCodeOf } from '../../shared/domain/attestation/verification-code';
import { cents } from '../../shared/domain/money';
import type { Language, LetterHeader, LetterInput } from './letter-data';

export type CertificateKind = 'affiliation-certificate' | 'regularity-certificate' | 'payment-certificate';

/** The code a sample prints: any reader can recompute it from the sample's kind, language and index. */
export function sampleVerificationCode(kind: string, language: Language, index: number): string {
  return verificationCodeOf(createHash('sha256').update(`sample\n${kind}\n${language}\n${index}`).digest('hex'));
}

export function demoCertificate(
  kind: CertificateKind,
  language: Language,
  header: LetterHeader,
  index: number,
): LetterInput {
  const verificationCode = sampleVerificationCode(kind, language, index);
  switch (kind) {
    case 'affiliation-certificate':
      return {
        kind,
        language,
        data: {
          ...header,
          verificationCode,
          asOf: header.issueDate,
          isCompany: false,
          periods: [
            { startDate: '2019-04-01', endDate: '2021-12-31', category: 'complementary' },
            { startDate: '2022-01-01', endDate: null, category: 'main' },
          ],
        },
      };
    case 'regularity-certificate':
      return {
        kind,
        language,
        data: {
          ...header,
          verificationCode,
          asOf: header.issueDate,
          open: [{ period: 'Q3 2026', amount: cents(82_145), surcharges: cents(2_464) }],
          totalOpen: cents(84_609),
        },
      };
    case 'payment-certificate':
      return {
        kind,
        language,
        data: {
          ...header,
          verificationCode,
          periodFrom: '2026-01-01',
          periodTo: '2026-09-30',
          payments: [
            { date: '2026-03-24', amount: cents(82_145), period: 'Q1 2026' },
            { date: '2026-06-19', amount: cents(82_145), period: 'Q2 2026' },
            { date: '2026-09-28', amount: cents(82_145), period: 'Q3 2026' },
          ],
          total: cents(246_435),
        },
      };
  }
}
