/**
 * What a change of situation means for the provisional contributions, quarter by quarter: the amount
 * claimed before, the amount due after, the difference (fees included), and what to do with the
 * claimed row. The amounts come from the rules engine (simulateContribution), never computed here.
 *
 * - category change: from the first quarter beginning on or after the date (the quarter begun stays);
 * - cessation (also bankruptcy, death, departure abroad): the affiliation ends on the last day of
 *   the quarter of the date (quarters are indivisible); later claimed quarters are cancelled;
 * - resumption: a new affiliation from the date; its quarters up to the end of this year are added.
 */
import { PROCEDURES } from '../../rules/procedures';
import { SITUATION_PROCEDURES } from '../../rules/situation-procedures';
import {
  dateParts,
  quarterEnd,
  quarterFromOrdinal,
  quarterLabel,
  quarterOf,
  quarterOrdinal,
  quarterStart,
} from '../calendar';
import type { IsoDate, Quarter } from '../calendar';
import { simulateContribution } from '../contribution/simulate';
import { explain, failure, success } from '../explanation';
import type { ExplanationLine, Outcome } from '../explanation';
import { addCents, subtractCents, ZERO_CENTS } from '../money';
import type { Cents } from '../money';
import { provisionalBasisFor } from './basis';
import type {
  ChangeableCategory,
  ClaimedQuarter,
  QuarterDifference,
  QuarterFigure,
  SituationInput,
  SituationOutcome,
} from './types';

type NewAffiliation = { category: ChangeableCategory; startDate: IsoDate; endDate: IsoDate | null; from: Quarter };

export function recomputeSituation(input: SituationInput): Outcome<SituationOutcome> {
  const planned = plan(input);
  if (!planned.ok) return planned;
  const { affiliation, lines } = planned.value;
  const fromOrdinal = quarterOrdinal(affiliation.from);
  const lastYear = Math.max(
    dateParts(input.today).year,
    affiliation.from.year,
    ...input.claimed.map((row) => row.year),
  );
  const quarters: QuarterDifference[] = [];
  const yearsWithoutRules: number[] = [];
  for (let year = affiliation.from.year; year <= lastYear; year++) {
    if (input.change.kind === 'provisional-basis' && year !== input.change.year) continue;
    const after = afterAmounts(input, affiliation, year);
    if (after === 'no-rules') {
      yearsWithoutRules.push(year);
      continue;
    }
    if (!after.ok) return after;
    for (const index of [1, 2, 3, 4] as const) {
      const ordinal = quarterOrdinal({ year, index });
      if (ordinal < fromOrdinal) continue;
      const isResumption = input.change.kind === 'resumption';
      const claimed = isResumption ? undefined : claimedAt(input.claimed, year, index);
      // A change re-prices what was claimed; only a resumption claims quarters of its own.
      if (!isResumption && claimed === undefined) continue;
      const row = difference({ year, index }, claimed, after.value.get(index) ?? null);
      if (row !== null) quarters.push(row);
    }
  }
  const totalDifference = quarters.reduce<Cents>((sum, row) => addCents(sum, row.difference), ZERO_CENTS);
  lines.push(
    explain(
      'situation.total',
      'situation.explanation.total',
      { count: quarters.filter((row) => row.action !== 'keep').length, differenceCents: totalDifference },
      PROCEDURES.quartersAreIndivisible,
    ),
  );
  return success({
    category: affiliation.category,
    startDate: affiliation.startDate,
    endDate: affiliation.endDate,
    effectiveFrom: quarterStart(affiliation.from),
    quarters,
    totalDifference,
    yearsWithoutRules,
    explanation: lines,
  });
}

/** The affiliation after the change and the first quarter it touches; refuses a change that cannot apply. */
function plan(input: SituationInput): Outcome<{ affiliation: NewAffiliation; lines: ExplanationLine[] }> {
  const { change, affiliation } = input;
  const date = change.effectiveDate;
  const lines: ExplanationLine[] = [];
  if (change.kind === 'resumption') {
    if (affiliation.endDate === null || date <= affiliation.endDate) {
      return failure('not-ceased', 'situation.errors.notCeased', { endDate: affiliation.endDate ?? '' });
    }
    lines.push(explain('situation.resumption', 'situation.explanation.resumption', { date }, rulesOf('resumption')));
    return success({
      affiliation: { category: change.category, startDate: date, endDate: null, from: quarterOf(date) },
      lines,
    });
  }
  if (change.kind === 'provisional-basis') {
    const from: Quarter = { year: change.year, index: 1 };
    lines.push(
      explain(
        'situation.provisional-basis',
        'situation.explanation.provisionalBasis',
        { year: change.year },
        PROCEDURES.requestedBase,
      ),
    );
    return success({ affiliation: { ...affiliation, from }, lines });
  }
  if (affiliation.endDate !== null) {
    return failure('already-ceased', 'situation.errors.alreadyCeased', { endDate: affiliation.endDate });
  }
  if (date < affiliation.startDate) {
    return failure('before-start', 'situation.errors.beforeStart', { startDate: affiliation.startDate });
  }
  if (date < affiliation.currentSince) {
    return failure('before-current-period', 'situation.errors.beforeCurrentPeriod', {
      since: affiliation.currentSince,
    });
  }
  if (change.kind === 'cessation') {
    const endDate = quarterEnd(quarterOf(date));
    lines.push(
      explain(
        'situation.cessation',
        `situation.explanation.cessation.${change.reason}`,
        { date, endDate },
        rulesOf(change.reason === 'bankruptcy' ? 'bankruptcy' : 'cessation'),
      ),
    );
    const from = quarterFromOrdinal(quarterOrdinal(quarterOf(date)) + 1);
    return success({ affiliation: { ...affiliation, endDate, from }, lines });
  }
  if (change.category === affiliation.category) {
    return failure('same-category', 'situation.errors.sameCategory', { category: change.category });
  }
  const begun = quarterOf(date);
  const from = quarterStart(begun) === date ? begun : quarterFromOrdinal(quarterOrdinal(begun) + 1);
  lines.push(
    explain(
      'situation.category',
      'situation.explanation.category',
      { category: change.category, date, fromQuarter: quarterLabel(from) },
      rulesOf('category'),
    ),
  );
  return success({ affiliation: { ...affiliation, category: change.category, from }, lines });
}

function rulesOf(what: 'resumption' | 'cessation' | 'bankruptcy' | 'category') {
  switch (what) {
    case 'resumption':
      return SITUATION_PROCEDURES.resumptionNewAffiliation;
    case 'cessation':
      return SITUATION_PROCEDURES.cessationEndOfQuarter;
    case 'bankruptcy':
      return SITUATION_PROCEDURES.bankruptcySuspendsRecovery;
    case 'category':
      return SITUATION_PROCEDURES.categoryFromNextQuarter;
  }
}

/** The provisional amounts of `year` after the change, by quarter index, from the rules engine. */
function afterAmounts(
  input: SituationInput,
  affiliation: NewAffiliation,
  year: number,
): Outcome<Map<number, QuarterFigure>> | 'no-rules' {
  const rules = input.rulesForYear(year);
  if (rules === undefined) return 'no-rules';
  const amounts = new Map<number, QuarterFigure>();
  const affiliationEnd = affiliation.endDate ?? undefined;
  if (affiliationEnd !== undefined && affiliationEnd < `${year}-01-01`) return success(amounts);
  const basis = provisionalBasisFor(year, affiliation.startDate, input.facts);
  const outcome = simulateContribution(
    {
      year,
      category: affiliation.category,
      income: basis.kind === 'starter' ? (basis.estimate ?? ZERO_CENTS) : basis.income,
      affiliation: { start: affiliation.startDate, ...(affiliationEnd === undefined ? {} : { end: affiliationEnd }) },
      isPrimoStarter: affiliation.category === 'main' && input.affiliation.isPrimoStarter,
      provisional: basis,
      fees: input.fees,
    },
    rules,
  );
  if (!outcome.ok) return outcome.error.code === 'not-subject-in-year' ? success(amounts) : outcome;
  // The request above always names its provisional basis, so a successful simulation always has the schedule.
  for (const quarter of outcome.value.provisional!.quarters) {
    // Nothing due (a complementary activity below the floor): no claim at all rather than a claim of zero.
    if (quarter.total === 0) continue;
    amounts.set(Number(quarter.quarter.slice(-1)), {
      contribution: quarter.contribution,
      fee: quarter.fee,
      total: quarter.total,
      dueDate: quarter.dueDate,
    });
  }
  return success(amounts);
}

function claimedAt(claimed: readonly ClaimedQuarter[], year: number, index: number): ClaimedQuarter | undefined {
  return claimed.find((row) => row.year === year && row.quarter === index);
}

function difference(
  quarter: Quarter,
  claimed: ClaimedQuarter | undefined,
  after: QuarterFigure | null,
): QuarterDifference | null {
  const before: QuarterFigure | null =
    claimed === undefined
      ? null
      : {
          contribution: claimed.contribution,
          fee: claimed.fee,
          total: addCents(claimed.contribution, claimed.fee),
          dueDate: claimed.dueDate,
        };
  if ((before === null && after === null) || claimed?.isExempted === true) return null;
  const action =
    before === null
      ? 'add'
      : after === null
        ? 'cancel'
        : before.contribution === after.contribution && before.fee === after.fee
          ? 'keep'
          : 'replace';
  return {
    quarter: quarterLabel(quarter),
    year: quarter.year,
    index: quarter.index,
    before,
    after,
    difference: subtractCents(after?.total ?? ZERO_CENTS, before?.total ?? ZERO_CENTS),
    action,
    claimedId: claimed?.id ?? null,
  };
}
