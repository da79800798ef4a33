/**
 * The data of the attestations (affiliation, regularity, payments, and the tax certificate's
 * breakdown). Each carries the verification code of its archived copy; a preview, which is not
 * archived, has none and says so.
 */
import type { AffiliationCategory } from '../../shared/contract/schemas';
import type { Cents } from '../../shared/domain/money';

export type Verifiable = {
  /** "ABCD-EFGH-JKMN" (shared/domain/attestation/verification-code.ts); absent on a preview. */
  verificationCode?: string;
};

export type AffiliationPeriod = { startDate: string; endDate: string | null; category: AffiliationCategory };

/** The attestations' own fields; letter-data.ts adds the letter header to each. */
export type AffiliationCertificateFields = Verifiable & {
  /** The date the statement is made on (usually the issue date). */
  asOf: string;
  isCompany: boolean;
  periods: readonly AffiliationPeriod[];
};

export type OpenPeriodLine = { period: string; amount: Cents; surcharges: Cents };

export type RegularityCertificateFields = Verifiable & {
  asOf: string;
  /** Empty when the affiliate is in order with their contributions on `asOf`. */
  open: readonly OpenPeriodLine[];
  totalOpen: Cents;
};

export type PaidLine = { date: string; amount: Cents; period: string };

export type PaymentCertificateFields = Verifiable & {
  periodFrom: string;
  periodTo: string;
  payments: readonly PaidLine[];
  total: Cents;
};

/** The tax certificate's split of the year's payments (shared/domain/attestation/tax-deductible.ts). */
export type TaxBreakdown = {
  contributions: Cents;
  managementFees: Cents;
  refunds: Cents;
  deductible: Cents;
  surcharges: Cents;
  legalCosts: Cents;
  unallocated: Cents;
};
