import { toIsoDate } from '../../domain/calendar';
import { cents } from '../../domain/money';
import { BRIDGING_RIGHT_CONDITIONS, CONTINUED_INSURANCE, ILLNESS_ASSIMILATION, MATERNITY_AID, PENSION } from './common';
import { SOURCES } from './sources';
import type { BenefitRules } from './types';

export const BENEFITS_2024: BenefitRules = {
  year: 2024,
  validFrom: toIsoDate('2024-01-01'),
  validUntil: toIsoDate('2024-12-31'),
  bridgingRight: {
    ...BRIDGING_RIGHT_CONDITIONS,
    monthlyAmounts: [
      {
        value: { from: toIsoDate('2024-01-01'), withoutFamilyCharge: cents(160_615), withFamilyCharge: cents(200_706) },
        source: `${SOURCES.billyBridgingRight} ("En 2024": 1,606.15 / 2,007.06 per month)`,
        confidence: 'third-party',
        isConfirmed: false,
      },
      {
        value: { from: toIsoDate('2024-05-01'), withoutFamilyCharge: cents(163_826), withFamilyCharge: cents(204_718) },
        source: `${SOURCES.ucmBridgingRight} (1,638.26 / 2,047.18 per month, page undated); ${SOURCES.vlaioIndexation} (higher amounts from 1 May after indexation)`,
        confidence: 'fund',
        isConfirmed: false,
        note: 'The step date is derived: 1,638.26 is 1,606.15 raised by the 2 % indexation, and Vlaio announces an indexation from 1 May after the one of 1 November 2023.',
      },
    ],
  },
  maternityAid: MATERNITY_AID,
  illnessAssimilation: ILLNESS_ASSIMILATION,
  continuedInsurance: CONTINUED_INSURANCE,
  pension: PENSION,
};
