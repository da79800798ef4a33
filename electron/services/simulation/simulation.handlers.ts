/**
 * Simulation through the rules engine (simulateContribution, AR 38 art. 11–13) and "apply": a
 * request to calculate the provisional contributions of a year on another income (AR 38 art. 11 §4:
 * a reduction needs objective evidence, an increase is always possible), recorded and audited.
 */
import type { simulationChannels } from '../../../shared/contract/channels/simulation';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { simulateContribution } from '../../../shared/domain/contribution/simulate';
import { cents, ppm } from '../../../shared/domain/money';
import { MANAGEMENT_FEE_CAP } from '../../../shared/rules/management-fees';
import { lookupRulesForYear } from '../../../shared/rules';
import { insertOpenTask, insertRow } from '../../../db/repositories/case-file-repo';
import { readRequest } from '../../../db/repositories/payment-plan-read';
import {
  readAffiliation,
  readLatestIncome,
  sumProvisionalContributions,
} from '../../../db/repositories/affiliation-read';
import { requestDto } from '../case-file/dto';
import { FUND_FEE } from '../fund-settings';
import { rulesOrRefuse } from '../rule-years';
import type { HandlerGroup, ServiceContext } from '../service-context';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';

/** The contributions of a year for the person in front of the advisor, with the explanation of each step. */
function runSimulation(input: ParsedInput<'simulation.run'>): ChannelOutput<'simulation.run'> {
  const rules = rulesOrRefuse(lookupRulesForYear(input.year));
  const outcome = simulateContribution(
    {
      year: input.year,
      category: input.category,
      income: cents(input.incomeCents),
      affiliation: {
        ...(input.startDate ? { start: toIsoDate(input.startDate) } : {}),
        ...(input.endDate ? { end: toIsoDate(input.endDate) } : {}),
      },
      isPrimoStarter: input.isPrimoStarter,
      hasOptedOut: input.hasOptedOut,
      fees: input.feeRatePpm === null ? FUND_FEE : { rate: ppm(input.feeRatePpm), cap: MANAGEMENT_FEE_CAP.value },
    },
    rules,
  );
  if (!outcome.ok) throw new GuichetError('validation', outcome.error.messageKey, { params: outcome.error.params });
  const result = outcome.value;
  return {
    year: result.year,
    category: result.category,
    feeRatePpm: result.feeRate,
    quarters: result.definitive.quarters.map((quarter) => ({
      quarter: quarter.quarter,
      regime: quarter.regime,
      dueDate: quarter.dueDate,
      contributionCents: quarter.contribution,
      feeCents: quarter.fee,
      totalCents: quarter.total,
    })),
    annual: {
      contributionCents: result.definitive.totals.contribution,
      feeCents: result.definitive.totals.fee,
      totalCents: result.definitive.totals.total,
    },
    explanation: result.explanation.map((line) => ({
      ...line,
      params: { ...line.params },
      source: line.source === null ? null : { ...line.source },
    })),
  };
}

/**
 * Files a request to lower or raise the provisional contributions from a simulated income; a reduction
 * also opens a task to collect its evidence.
 */
function fileProvisionalRequest(
  context: ServiceContext,
  { affiliationId, year, requestedIncomeCents, groundsText }: ParsedInput<'simulation.apply'>,
  advisor: AdvisorWithBranch,
): ChannelOutput<'simulation.apply'> {
  const { db, recorder } = context;
  const sqlite = db.$client;
  const affiliation = readAffiliation(sqlite, affiliationId);
  if (!affiliation || affiliation.personId === null)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'affiliation' });
  // The current basis: the provisional contributions already claimed for the year.
  const current = sumProvisionalContributions(sqlite, affiliationId, year);
  const currentIncome = readLatestIncome(sqlite, affiliation.personId, year);
  const isReduction = currentIncome !== undefined ? requestedIncomeCents < currentIncome : current > 0;
  const today = toIsoDate(context.today());
  const id = db.transaction((tx) => {
    const row = insertRow(tx, recorder, 'request', {
      personId: affiliation.personId,
      companyId: null,
      affiliationId,
      kind: isReduction ? 'provisional-reduction' : 'provisional-increase',
      grounds: isReduction ? 'lower-income' : 'higher-income',
      groundsText,
      quarters: [],
      year,
      requestedIncomeCents,
      status: 'filed',
      filedOn: today,
      decidedOn: null,
      decisionNote: '',
      effectCents: 0,
      authorityReference: null,
      authorityDecidedOn: null,
    });
    if (isReduction) {
      // A reduction needs objective evidence (AR 38 art. 11 §4): a task to collect it.
      insertOpenTask(tx, recorder, {
        personId: affiliation.personId,
        companyId: null,
        branchId: affiliation.branchId ?? advisor.branchId,
        kind: 'check-documents',
        title: 'simulation.task.reductionEvidence',
        dueDate: addDays(today, 30),
        createdBy: advisor.id,
        sourceEntity: 'request',
        sourceId: row.id,
      });
    }
    return row.id;
  });
  return requestDto(readRequest(sqlite, id)!);
}

export function simulationHandlers(context: ServiceContext): HandlerGroup<keyof typeof simulationChannels> {
  return {
    'simulation.run': runSimulation,
    'simulation.apply': (input, { advisor }) => fileProvisionalRequest(context, input, advisor),
  };
}
