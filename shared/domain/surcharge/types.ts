import type { IsoDate } from '../calendar';
import type { ExplanationLine } from '../explanation';
import type { Cents, Ppm } from '../money';

/** Personal contributions follow AR 19/12/1967 art. 44; the company contribution has its own 1 %/month. */
export type ClaimKind = 'contribution' | 'company-contribution';

/** A contribution claimed from the person (provisional quarter, regularisation, company contribution…). */
export type Claim = {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly principal: Cents;
  readonly dueDate: IsoDate;
  /** When it was first claimed; defaults to the due date. A late claim of a past quarter is later. */
  readonly claimedOn?: IsoDate;
  readonly description?: string;
};

export type Payment = {
  readonly date: IsoDate;
  readonly amount: Cents;
  /** The claim the payer designated (e.g. through the structured communication). */
  readonly claimId?: string;
};

export type SurchargeKind = 'quarterly' | 'year-end' | 'company-monthly';

export type Surcharge = {
  readonly claimId: string;
  readonly kind: SurchargeKind;
  readonly date: IsoDate;
  /** The unpaid principal the rate was applied to: never a surcharge. */
  readonly base: Cents;
  readonly rate: Ppm;
  readonly amount: Cents;
};

export type AllocationTarget = 'principal' | 'surcharge' | 'credit';

export type Allocation = {
  readonly paymentIndex: number;
  readonly paymentDate: IsoDate;
  readonly target: AllocationTarget;
  readonly claimId: string | null;
  readonly surchargeDate: IsoDate | null;
  readonly amount: Cents;
};

export type ClaimBalance = {
  readonly claimId: string;
  readonly principal: Cents;
  readonly principalOpen: Cents;
  readonly surchargesCharged: Cents;
  readonly surchargesOpen: Cents;
};

export type SurchargeReport = {
  readonly at: IsoDate;
  readonly surcharges: readonly Surcharge[];
  readonly allocations: readonly Allocation[];
  readonly balances: readonly ClaimBalance[];
  readonly totals: {
    readonly principalOpen: Cents;
    readonly surchargesCharged: Cents;
    readonly surchargesOpen: Cents;
    readonly totalOpen: Cents;
    readonly credit: Cents;
  };
  readonly explanation: readonly ExplanationLine[];
};
