import type { RuleValue } from './types';

/**
 * The default recovery path: the delays between the letters the fund promises before any judicial
 * recovery, and the thresholds. No legal text sets the delays; they are the fund's policy (each fund
 * configures its own) within the engagement de service, point 4.
 */
const ENGAGEMENT =
  "Engagement de service des caisses d'assurances sociales, point 4 (rappels, relevés de compte et mise en demeure avant tout recouvrement judiciaire; contact personnalisé avant le tout premier)";

export const RECOVERY_POLICY_RULES = {
  reminderAfterDueDays: {
    value: 30,
    source: `${ENGAGEMENT}; fund policy: a reminder one month after the due date`,
    confidence: 'fund',
    isConfirmed: false,
  },
  statementAfterReminderDays: {
    value: 30,
    source: `${ENGAGEMENT}; fund policy: an account statement one month after the reminder`,
    confidence: 'fund',
    isConfirmed: false,
  },
  formalNoticeAfterStatementDays: {
    value: 30,
    source: `${ENGAGEMENT}; AR n° 38 art. 16 (a registered formal notice interrupts limitation)`,
    confidence: 'fund',
    isConfirmed: false,
  },
  contactAfterFormalNoticeDays: {
    value: 15,
    source: `${ENGAGEMENT}: the formal notice leaves 15 days to pay before the personal contact (fund policy)`,
    confidence: 'fund',
    isConfirmed: false,
  },
  contactTaskDays: {
    value: 10,
    source: `${ENGAGEMENT}: the advisor has this many days to reach the debtor (fund policy)`,
    confidence: 'fund',
    isConfirmed: false,
  },
  handOverAfterContactDays: {
    value: 15,
    source: `${ENGAGEMENT}: when the debtor promised to pay or asked for a plan, the time left to do it before the hand-over (fund policy)`,
    confidence: 'fund',
    isConfirmed: false,
  },
  judicialMinimumCents: {
    value: 50_000,
    source:
      'news.belgium.be/fr/node/2549 (Council of Ministers): funds may renounce recovery of claims below 500 €; LOW confidence it is still current',
    confidence: 'official',
    isConfirmed: false,
  },
} as const satisfies Record<string, RuleValue<number>>;
