/**
 * The wording of the attestations, one implementation per language (certificates-{fr,nl,de}.ts),
 * kept apart from the other letters' texts; the `kinds` of texts/{fr,nl,de}.ts point at these.
 */
import type { AffiliationCategory } from '../../../shared/contract/schemas';
import type {
  AffiliationCertificateData,
  Language,
  PaymentCertificateData,
  RegularityCertificateData,
  TaxCertificateData,
} from '../letter-data';
import type { KindTexts, Paragraphs } from './letter-texts';

export type CertificateTexts = {
  language: Language;
  labels: {
    from: string;
    to: string;
    ongoing: string;
    category: string;
    openAmount: string;
    contributions: string;
    refunds: string;
    deductible: string;
    notDeductible: string;
    legalCosts: string;
    unallocated: string;
    verificationCode: string;
  };
  categories: Readonly<Record<AffiliationCategory, string>>;
  /** How whoever receives the attestation checks it with the fund. */
  verification: (code: string, phone: string) => string;
  /** A preview is not archived, so it has no code yet. */
  previewWithoutCode: string;
  affiliationCertificate: KindTexts<AffiliationCertificateData>;
  regularityCertificate: KindTexts<RegularityCertificateData>;
  paymentCertificate: KindTexts<PaymentCertificateData>;
  /** Body: the year's payments, then the deductibility rule with its sources. */
  taxCertificate: KindTexts<TaxCertificateData>;
  closingFormula: Paragraphs;
};
