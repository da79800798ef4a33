/**
 * A realistic ledger behind each demo case file: tax-authority incomes, provisional contributions
 * per quarter from the affiliation start (at most the last ten years), payments (most on time with
 * the right structured communication, some late, some never), the surcharges the late ones cost
 * (computeSurcharges, AR 19/12/1967 art. 44), a few debtors with arrears fit for a payment plan, a
 * few with a broken plan, follow-up tasks and appointment notes. Synthetic: the amounts of years
 * without rules in shared/rules are the oldest known year's, lowered 2 % a year.
 */
import { addDays, addMonths, quarterEnd, toIsoDate, type QuarterIndex } from '../../shared/domain/calendar';
import { simulateContribution } from '../../shared/domain/contribution/simulate';
import type { ContributionCategory } from '../../shared/domain/contribution/types';
import { makeStructuredCommunication } from '../../shared/domain/identifiers/structured-communication';
import { cents, ppm } from '../../shared/domain/money';
import { computeSurcharges } from '../../shared/domain/surcharge/compute';
import { ALL_YEAR_RULES, rulesForYear } from '../../shared/rules';
import { MANAGEMENT_FEE_CAP } from '../../shared/rules/management-fees';
import { insertOpenTask, insertRow } from '../repositories/case-file-repo';
import type { ChangeRecorder } from '../repositories/change-recorder';
import type { Tx } from '../repositories/synced-rows';
import type { Random } from './random';

export type HistoryOwner = {
  personId: string;
  affiliationId: string;
  /** A number unique per case file on this device: the first 7 digits of its structured communications. */
  ownerNumber: number;
  category: ContributionCategory;
  startDate: string;
  endDate: string | null;
  branchId: string | null;
};

/** How a demo affiliate pays: most on time; some late; debtors stop paying their last quarters. */
type Profile = 'on-time' | 'late' | 'debtor' | 'broken-plan';

const FEES = { rate: ppm(39_500), cap: MANAGEMENT_FEE_CAP.value };
const quarterlyCache = new Map<string, { contribution: number; fee: number }>();

/** The quarterly provisional amount for a category and an income, from the year's rules (cached). */
function quarterly(
  year: number,
  category: ContributionCategory,
  incomeCents: number,
): { contribution: number; fee: number } {
  const oldest = ALL_YEAR_RULES[0]!;
  const rules = rulesForYear(year) ?? (year < oldest.year ? oldest : ALL_YEAR_RULES[ALL_YEAR_RULES.length - 1]!);
  const bucket = Math.round(incomeCents / 500_000) * 500_000;
  const key = `${rules.year}:${category}:${bucket}`;
  let amount = quarterlyCache.get(key);
  if (amount === undefined) {
    const outcome = simulateContribution({ year: rules.year, category, income: cents(bucket), fees: FEES }, rules);
    const quarter = outcome.ok ? outcome.value.definitive.quarters[0] : undefined;
    amount = { contribution: quarter?.contribution ?? 0, fee: quarter?.fee ?? 0 };
    quarterlyCache.set(key, amount);
  }
  const factor = Math.pow(0.98, Math.max(0, rules.year - year));
  return { contribution: Math.floor(amount.contribution * factor), fee: Math.floor(amount.fee * factor) };
}

function pickProfile(random: Random): Profile {
  const roll = random.next();
  if (roll < 0.78) return 'on-time';
  if (roll < 0.9) return 'late';
  if (roll < 0.97) return 'debtor';
  return 'broken-plan';
}

export function seedPersonHistory(
  tx: Tx,
  recorder: ChangeRecorder,
  random: Random,
  owner: HistoryOwner,
  today: string,
): void {
  const todayYear = Number(today.slice(0, 4));
  const firstYear = Math.max(Number(owner.startDate.slice(0, 4)), todayYear - 9);
  const startQuarter =
    Number(owner.startDate.slice(0, 4)) === firstYear
      ? Math.floor((Number(owner.startDate.slice(5, 7)) - 1) / 3) + 1
      : 1;
  const lastYear = owner.endDate === null ? todayYear : Math.min(todayYear, Number(owner.endDate.slice(0, 4)));
  const ids = { personId: owner.personId, companyId: null };
  const profile = pickProfile(random);
  seedCategoryHistory(tx, recorder, random, owner, todayYear);
  let income = random.integer(18_000, 85_000) * 100;
  const claims: { id: string; principal: number; dueDate: string }[] = [];
  const payments: { date: string; amount: number; claimId: string }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    income = Math.max(0, Math.round(income * (0.9 + random.next() * 0.25)));
    if (year <= todayYear - 2)
      insertRow(tx, recorder, 'income', {
        ...ids,
        year,
        amountCents: income,
        source: 'tax-authority',
        receivedOn: `${year + 1}-${String(random.integer(5, 11)).padStart(2, '0')}-15`,
      });
    const amount = quarterly(year, owner.category, income);
    if (amount.contribution === 0) continue;
    for (let quarter = year === firstYear ? startQuarter : 1; quarter <= 4; quarter++) {
      const dueDate = quarterEnd({ year, index: quarter as QuarterIndex });
      const communication = makeStructuredCommunication(
        `${String(owner.ownerNumber % 10_000_000).padStart(7, '0')}${String(year % 100).padStart(2, '0')}${quarter}`,
      ).replace(/\D/g, '');
      const row = insertRow(tx, recorder, 'contribution', {
        ...ids,
        affiliationId: owner.affiliationId,
        year,
        quarter,
        kind: 'provisional',
        amountCents: amount.contribution,
        feeCents: amount.fee,
        dueDate,
        status: 'open',
        structuredCommunication: communication,
      });
      const total = amount.contribution + amount.fee;
      claims.push({ id: row.id, principal: total, dueDate });
      if (dueDate > today) continue;
      const quartersBack = (todayYear - year) * 4 + (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 - quarter);
      const isArrear = (profile === 'debtor' || profile === 'broken-plan') && quartersBack <= random.integer(2, 6);
      if (isArrear || random.chance(0.01)) continue;
      const isLate = profile === 'late' ? random.chance(0.5) : random.chance(0.03);
      const date = isLate
        ? addDays(toIsoDate(dueDate), random.integer(10, 150))
        : addDays(toIsoDate(dueDate), -random.integer(0, 25));
      if (date > today) continue;
      insertRow(tx, recorder, 'payment', {
        ...ids,
        date,
        amountCents: total,
        structuredCommunication: communication,
        contributionId: row.id,
        paymentPlanId: null,
      });
      payments.push({ date, amount: total, claimId: row.id });
    }
  }
  if (claims.length === 0) return;
  postSurcharges(tx, recorder, owner, claims, payments, today);
  if (profile === 'debtor' || profile === 'broken-plan')
    followUpDebtor(tx, recorder, random, owner, profile, claims, payments, today);
  if (random.chance(0.15)) {
    insertRow(tx, recorder, 'interaction', {
      ...ids,
      advisorId: null,
      occurredAt: `${addDays(toIsoDate(today), -random.integer(5, 400))}T10:00:00.000Z`,
      channel: random.pick(['appointment', 'phone', 'email'] as const),
      subject: 'Entretien',
      body: 'Questions sur le calcul des cotisations provisoires.',
    });
  }
}

/** Surcharges owed today on what was paid late or not at all, as the quarterly surcharge run posts them. */
function postSurcharges(
  tx: Tx,
  recorder: ChangeRecorder,
  owner: HistoryOwner,
  claims: { id: string; principal: number; dueDate: string }[],
  payments: { date: string; amount: number; claimId: string }[],
  today: string,
): void {
  const paidOn = new Map(payments.map((payment) => [payment.claimId, payment.date]));
  const late = claims.filter((claim) => claim.dueDate < today && (paidOn.get(claim.id) ?? '9999') > claim.dueDate);
  if (late.length === 0) return;
  const lateIds = new Set(late.map((claim) => claim.id));
  const rules = rulesForYear(Number(today.slice(0, 4))) ?? ALL_YEAR_RULES[ALL_YEAR_RULES.length - 1]!;
  const report = computeSurcharges({
    claims: late.map((claim) => ({
      id: claim.id,
      kind: 'contribution',
      principal: cents(claim.principal),
      dueDate: toIsoDate(claim.dueDate),
    })),
    payments: payments
      .filter((payment) => lateIds.has(payment.claimId))
      .map((payment) => ({ date: toIsoDate(payment.date), amount: cents(payment.amount), claimId: payment.claimId })),
    at: toIsoDate(today),
    rates: rules.surcharges,
  });
  if (!report.ok) return;
  for (const surcharge of report.value.surcharges) {
    insertRow(tx, recorder, 'surcharge', {
      personId: owner.personId,
      companyId: null,
      contributionId: surcharge.claimId,
      kind: surcharge.kind,
      date: surcharge.date,
      baseCents: surcharge.base,
      ratePpm: surcharge.rate,
      amountCents: surcharge.amount,
      isWaived: false,
    });
  }
}

/** Debtors get the call the fund promises before any judicial recovery; some had a plan that lapsed. */
function followUpDebtor(
  tx: Tx,
  recorder: ChangeRecorder,
  random: Random,
  owner: HistoryOwner,
  profile: Profile,
  claims: { id: string; principal: number; dueDate: string }[],
  payments: { claimId: string }[],
  today: string,
): void {
  const ids = { personId: owner.personId, companyId: null };
  const paid = new Set(payments.map((payment) => payment.claimId));
  const open = claims.filter((claim) => claim.dueDate < today && !paid.has(claim.id));
  if (open.length === 0) return;
  insertOpenTask(tx, recorder, {
    ...ids,
    branchId: owner.branchId,
    kind: 'call-before-judicial-recovery',
    title: 'seed.task.callBeforeRecovery',
    dueDate: addDays(toIsoDate(today), random.integer(-10, 20)),
    createdBy: null,
    sourceEntity: null,
    sourceId: null,
  });
  if (profile !== 'broken-plan') return;
  const total = open.reduce((sum, claim) => sum + claim.principal, 0);
  const start = addMonths(toIsoDate(open[0]!.dueDate), 1);
  const advance = Math.ceil(total / 3);
  const months = 6;
  const monthly = Math.floor((total - advance) / months);
  const lapsedOn = addDays(addMonths(start, 1), 1);
  if (lapsedOn > today) return;
  const plan = insertRow(tx, recorder, 'paymentPlan', {
    ...ids,
    status: 'lapsed',
    contributionIds: open.map((claim) => claim.id),
    termsKind: 'months',
    termsMonths: months,
    termsInstalmentCents: null,
    advanceCents: advance,
    atDate: start,
    startDate: start,
    endDate: addMonths(start, months),
    principalCents: total,
    surchargesCents: 0,
    totalCents: total,
    signedOn: start,
    lapsedOn,
  });
  for (let number = 0; number <= months; number++) {
    const amount = number === 0 ? advance : number < months ? monthly : total - advance - monthly * (months - 1);
    insertRow(tx, recorder, 'paymentPlanInstalment', {
      planId: plan.id,
      number,
      kind: number === 0 ? 'advance' : 'instalment',
      dueDate: addMonths(start, number),
      amountCents: amount,
      status: number === 0 ? 'paid' : number === 1 ? 'missed' : 'pending',
    });
  }
  insertRow(tx, recorder, 'paymentPlanEvent', { planId: plan.id, status: 'active', reason: 'signed', advisorId: null });
  insertRow(tx, recorder, 'paymentPlanEvent', {
    planId: plan.id,
    status: 'lapsed',
    reason: 'missed instalment 1',
    advisorId: null,
  });
}

/** The category history: one period, or for some main-activity affiliates a complementary start (a common path). */
function seedCategoryHistory(
  tx: Tx,
  recorder: ChangeRecorder,
  random: Random,
  owner: HistoryOwner,
  todayYear: number,
): void {
  const startYear = Number(owner.startDate.slice(0, 4));
  const period = { affiliationId: owner.affiliationId, isPrimoStarter: false };
  if (owner.category === 'main' && owner.endDate === null && startYear < todayYear - 3 && random.chance(0.25)) {
    const switchDate = `${random.integer(startYear + 1, todayYear - 1)}-${String(random.integer(0, 3) * 3 + 1).padStart(2, '0')}-01`;
    insertRow(tx, recorder, 'affiliationPeriod', {
      ...period,
      category: 'complementary',
      validFrom: owner.startDate,
      validTo: addDays(toIsoDate(switchDate), -1),
      reason: 'intake',
    });
    insertRow(tx, recorder, 'affiliationPeriod', {
      ...period,
      category: 'main',
      validFrom: switchDate,
      validTo: owner.endDate,
      reason: 'category-change',
    });
    return;
  }
  insertRow(tx, recorder, 'affiliationPeriod', {
    ...period,
    category: owner.category,
    validFrom: owner.startDate,
    validTo: owner.endDate,
    reason: 'intake',
  });
}
