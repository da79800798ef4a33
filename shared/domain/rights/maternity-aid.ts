import { addDays, addMonths, dateParts } from '../calendar';
import type { IsoDate } from '../calendar';
import { explain, failure, success } from '../explanation';
import type { ExplanationLine, Outcome } from '../explanation';
import { benefitRulesFor } from '../../rules/benefits/index';

// Every table starts after 1 September 2017, yet the key still follows the rule value, not the year.
const INITIATIVE_KEYS = {
  true: 'rights.maternityAid.fundInitiative',
  false: 'rights.maternityAid.applicationNeeded',
} as const;

export type MaternityAidRequest = {
  readonly birthDate: IsoDate;
  /** A stillbirth after at least 180 days of pregnancy opens the aid as a birth does. */
  readonly isStillbirth?: boolean;
};

export type MaternityAidFigures = {
  readonly vouchers: number;
  readonly usableFrom: IsoDate;
  readonly usableUntil: IsoDate;
  /** Births from 1 September 2017: the fund offers the vouchers without an application. */
  readonly isFundInitiative: boolean;
  readonly hasUnconfirmedFigure: boolean;
  readonly lines: readonly ExplanationLine[];
};

/**
 * Maternity aid (AR du 17 janvier 2006): 105 free service vouchers, usable from the day after the
 * birth for the validity period of the rule table. Eligibility (the quarters before the birth) is
 * assessed by `assessRights`; this function gives the figures of a birth.
 */
export function maternityAid(request: MaternityAidRequest): Outcome<MaternityAidFigures> {
  const rules = benefitRulesFor(request.birthDate);
  if (rules === undefined) {
    return failure('rules-year-missing', 'errors.rules.yearMissing', { year: dateParts(request.birthDate).year });
  }
  const aid = rules.maternityAid;
  const usableFrom = addDays(request.birthDate, 1);
  const usableUntil = addMonths(request.birthDate, aid.validityMonths.value);
  const isFundInitiative = request.birthDate >= aid.fundInitiativeFrom.value;
  const lines = [
    explain('maternityAid.vouchers', 'rights.maternityAid.vouchers', { count: aid.vouchers.value }, aid.vouchers),
    explain(
      'maternityAid.validity',
      'rights.maternityAid.validity',
      { usableFrom, usableUntil, months: aid.validityMonths.value },
      aid.validityMonths,
    ),
    ...(request.isStillbirth === true
      ? [
          explain(
            'maternityAid.stillbirth',
            'rights.maternityAid.stillbirth',
            { minimumDays: aid.stillbirthMinimumDays.value },
            aid.stillbirthMinimumDays,
          ),
        ]
      : []),
    explain(
      'maternityAid.initiative',
      INITIATIVE_KEYS[`${isFundInitiative}`],
      { from: aid.fundInitiativeFrom.value },
      aid.fundInitiativeFrom,
    ),
  ];
  return success({
    vouchers: aid.vouchers.value,
    usableFrom,
    usableUntil,
    isFundInitiative,
    hasUnconfirmedFigure: lines.some((line) => line.source?.isConfirmed === false),
    lines,
  });
}
