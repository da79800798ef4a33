/**
 * The fund's own settings used by the case-file services. Management fees are a fund decision per
 * year within the legal cap (AR 38 art. 20 §4; cap in shared/rules/management-fees.ts); until the
 * settings screen stores the fund's rate, this is the rate the demo fund applies.
 */
import { MANAGEMENT_FEE_CAP } from '../../shared/rules/management-fees';
import type { FeeSetting } from '../../shared/domain/contribution/types';
import { ppm } from '../../shared/domain/money';

export const FUND_FEE: FeeSetting = { rate: ppm(39_500), cap: MANAGEMENT_FEE_CAP.value };

/** 10-digit reference of a structured communication: owner number (7), year (2), slot (1). */
export function communicationReference(ownerNumber: number, year: number, slot: number): string {
  return `${String(ownerNumber % 10_000_000).padStart(7, '0')}${String(year % 100).padStart(2, '0')}${slot % 10}`;
}

/**
 * Each branch's own telephone line, printed where a letter sends the affiliate to their branch (the
 * affiliation confirmation). Keyed by the branch code of the reference data; a branch not listed is
 * reached through the fund's main number.
 */
export const BRANCH_PHONES: Readonly<Record<string, string>> = {
  BXL: '+32 2 555 01 00',
  ANT: '+32 3 555 02 00',
  GNT: '+32 9 555 03 00',
  LIE: '+32 4 555 04 00',
  NAM: '+32 81 55 02 00',
  EUP: '+32 87 55 06 00',
};

/** The branch's phone, or the fund's when the branch has no line of its own. */
export function branchPhone(branchCode: string | null, fundPhone: string): string {
  return (branchCode === null ? undefined : BRANCH_PHONES[branchCode]) ?? fundPhone;
}
