import { toIsoDate } from '../../domain/calendar';
import { cents } from '../../domain/money';
import { BRIDGING_RIGHT_CONDITIONS, CONTINUED_INSURANCE, ILLNESS_ASSIMILATION, MATERNITY_AID, PENSION } from './common';
import { SOURCES } from './sources';
import type { BenefitRules } from './types';

export const BENEFITS_2026: BenefitRules = {
  year: 2026,
  validFrom: toIsoDate('2026-01-01'),
  validUntil: toIsoDate('2026-12-31'),
  bridgingRight: {
    ...BRIDGING_RIGHT_CONDITIONS,
    monthlyAmounts: [
      {
        value: { from: toIsoDate('2026-01-01'), withoutFamilyCharge: cents(163_826), withFamilyCharge: cents(204_718) },
        source: `${SOURCES.ucmBridgingRight} (1,638.26 / 2,047.18, the last amounts found, carried over)`,
        confidence: 'fund',
        isConfirmed: false,
        note: 'No 2026 amount was found: the last known amounts are carried over. Indexations during the year raise them; check the INASTI page before relying on this figure.',
      },
    ],
  },
  maternityAid: MATERNITY_AID,
  illnessAssimilation: ILLNESS_ASSIMILATION,
  continuedInsurance: CONTINUED_INSURANCE,
  pension: PENSION,
};
