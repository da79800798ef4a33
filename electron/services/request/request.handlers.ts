/**
 * Exemption and surcharge-waiver requests. INASTI decides both since 1 January
 * 2019; the fund records the request, its grounds and quarters, and the decision with its effect
 * on the balance: a granted exemption exempts the quarters' contributions (AR 38 art. 17), a granted
 * waiver waives their surcharges (AR 19/12/1967 art. 48).
 */
import type { requestChannels } from '../../../shared/contract/channels/request';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, addMonths, quarterEnd, toIsoDate, type QuarterIndex } from '../../../shared/domain/calendar';
import { readContributions, readPayments, readSurcharges } from '../../../db/repositories/case-file-ledger-read';
import { insertOpenTask, insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import { readRequest, readRequests, type RequestRecord } from '../../../db/repositories/payment-plan-read';
import { readLatestAffiliationCategory } from '../../../db/repositories/affiliation-read';
import { requestDto } from '../case-file/dto';
import { loadOwner, ownerColumnsOf, type CaseFileOwner } from '../case-file/owner';
import type { HandlerGroup, ServiceContext } from '../service-context';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import type { Tx } from '../../../db/repositories/synced-rows';
import { rebaseOnGrantedRequest } from '../situation/situation-rebase';

type Sqlite = ServiceContext['db']['$client'];
type ContributionRow = ReturnType<typeof readContributions>[number];

function refuse(messageKey: string, path = 'quarters'): never {
  throw new GuichetError('validation', 'errors.validation', { issues: [{ path, messageKey }] });
}

/** The quarterly contributions claimed for these quarters (`2026-Q1`…), company contributions aside. */
function contributionsOf(sqlite: Sqlite, ref: CaseFileRef, quarters: readonly string[]): ContributionRow[] {
  const wanted = new Set(quarters);
  return readContributions(sqlite, ref).filter(
    (row) =>
      row.status !== 'cancelled' &&
      row.quarter !== null &&
      wanted.has(`${row.year}-Q${row.quarter}`) &&
      row.kind !== 'company',
  );
}

/** Cents paid against each contribution of the case file. */
function paidByContribution(sqlite: Sqlite, ref: CaseFileRef): Map<string, number> {
  const paid = new Map<string, number>();
  for (const payment of readPayments(sqlite, ref))
    if (payment.contributionId)
      paid.set(payment.contributionId, (paid.get(payment.contributionId) ?? 0) + payment.amountCents);
  return paid;
}

/** The quarter the filing date falls in, as its last day. */
function currentQuarterEnd(filed: string): string {
  return quarterEnd({
    year: Number(filed.slice(0, 4)),
    index: (Math.floor((Number(filed.slice(5, 7)) - 1) / 3) + 1) as QuarterIndex,
  });
}

function checkExemption(sqlite: Sqlite, ref: CaseFileRef, quarters: readonly string[], filed: string): void {
  if (ref.kind !== 'person') refuse('validation.request.exemptionOnlyPersons', 'kind');
  const category = readLatestAffiliationCategory(sqlite, ref.id);
  // Complementary activity: never eligible for a dispense (belgian-rules.md §5.2, Liantis, Partena).
  if (category === 'complementary') refuse('validation.request.exemptionNotForComplementary', 'requestKind');
  // The request is due within 12 months after the quarter, never for a future quarter (Partena).
  for (const quarter of quarters) {
    const end = quarterEnd({ year: Number(quarter.slice(0, 4)), index: Number(quarter.slice(-1)) as QuarterIndex });
    if (addMonths(end, 12) < filed) refuse('validation.request.exemptionTooLate');
    if (quarter.slice(0, 4) > filed.slice(0, 4) || end > currentQuarterEnd(filed))
      refuse('validation.request.futureQuarter');
  }
}

/** A waiver needs the quarters' contributions paid first; the surcharges need not be (RSVZ FAQ). */
function checkWaiver(sqlite: Sqlite, ref: CaseFileRef, rows: readonly ContributionRow[]): void {
  const paid = paidByContribution(sqlite, ref);
  if (rows.some((row) => row.status === 'open' && (paid.get(row.id) ?? 0) < row.amountCents + row.feeCents))
    refuse('validation.request.waiverQuarterUnpaid');
}

function fileRequest(
  context: ServiceContext,
  { requestKind, grounds, groundsText, quarters, filedOn, ...ref }: ParsedInput<'request.file'>,
  advisor: AdvisorWithBranch,
): ChannelOutput<'request.file'> {
  const { db, recorder } = context;
  const sqlite = db.$client;
  const owner = loadOwner(sqlite, ref);
  const filed = toIsoDate(filedOn ?? context.today());
  const rows = contributionsOf(sqlite, ref, quarters);
  const claimed = new Set(rows.map((row) => `${row.year}-Q${row.quarter}`));
  if (quarters.some((quarter) => !claimed.has(quarter))) refuse('validation.request.quarterNotClaimed');
  if (requestKind === 'exemption') checkExemption(sqlite, ref, quarters, filed);
  else checkWaiver(sqlite, ref, rows);
  const id = db.transaction((tx) => {
    const row = insertRow(tx, recorder, 'request', {
      ...ownerColumnsOf(owner),
      affiliationId: rows[0]?.affiliationId ?? null,
      kind: requestKind,
      grounds,
      groundsText,
      quarters: [...quarters].sort(),
      year: null,
      requestedIncomeCents: null,
      status: 'filed',
      filedOn: filed,
      decidedOn: null,
      decisionNote: '',
      effectCents: 0,
      authorityReference: null,
      authorityDecidedOn: null,
    });
    // INASTI aims to decide within about a month (belgian-rules.md §5.2): follow it up then.
    insertOpenTask(tx, recorder, {
      ...ownerColumnsOf(owner),
      branchId: owner.branchId ?? advisor.branchId,
      kind: 'decision-expected',
      title: `request.task.${requestKind}Decision`,
      dueDate: addDays(filed, 35),
      createdBy: advisor.id,
      sourceEntity: 'request',
      sourceId: row.id,
    });
    return row.id;
  });
  return requestDto(readRequest(sqlite, id)!);
}

/** A granted exemption exempts what is still open of the quarters; returns the cents it took off. */
function exemptQuarters(tx: Tx, context: ServiceContext, ref: CaseFileRef, rows: readonly ContributionRow[]): number {
  const paid = paidByContribution(context.db.$client, ref);
  let effect = 0;
  for (const row of rows.filter((item) => item.status === 'open')) {
    effect += Math.max(0, row.amountCents + row.feeCents - (paid.get(row.id) ?? 0));
    updateRow(tx, context.recorder, 'contribution', row.id, { status: 'exempted' });
  }
  return effect;
}

/** A granted waiver waives the surcharges of the quarters; returns the cents it took off. */
function waiveSurcharges(tx: Tx, context: ServiceContext, ref: CaseFileRef, rows: readonly ContributionRow[]): number {
  const ids = new Set(rows.map((row) => row.id));
  let effect = 0;
  for (const surcharge of readSurcharges(context.db.$client, ref)) {
    if (!ids.has(surcharge.contributionId) || surcharge.isWaived !== 0) continue;
    effect += surcharge.amountCents;
    updateRow(tx, context.recorder, 'surcharge', surcharge.id, { isWaived: true });
  }
  return effect;
}

/** The decision letter is drawn for the requests the counter files; INASTI writes the others itself. */
function hasDecisionLetter(kind: string): boolean {
  return kind === 'exemption' || kind === 'surcharge-waiver';
}

/**
 * The decision leaves as a letter (art. 14 of the Charte: motivated, with the appeal route): queued
 * in "to print" in the decision's own transaction, so no decision exists without its letter.
 */
function queueDecisionLetter(tx: Tx, context: ServiceContext, owner: CaseFileOwner, requestId: string): void {
  insertRow(tx, context.recorder, 'letter', {
    ...ownerColumnsOf(owner),
    kind: 'decision',
    language: owner.language,
    status: 'queued',
    sourceEntity: 'request',
    sourceId: requestId,
    issuedAt: null,
    payload: { requestId },
  });
}

/** A granted reduction or increase of a person's provisional contributions re-prices the quarters of its year. */
function rebaseOnRequestedIncome(tx: Tx, context: ServiceContext, request: RequestRecord): number {
  const isProvisional = request.kind === 'provisional-reduction' || request.kind === 'provisional-increase';
  if (!isProvisional || request.personId === null || request.year === null || request.requestedIncomeCents === null)
    return 0;
  return rebaseOnGrantedRequest(tx, context, {
    requestId: request.id,
    personId: request.personId,
    year: request.year,
    incomeCents: request.requestedIncomeCents,
  });
}

/** Records INASTI's decision and its effect on the balance (the access rule keeps it to the deciding roles). */
function decideRequest(
  context: ServiceContext,
  { requestId, decision, decidedOn, note, authorityReference, authorityDecidedOn }: ParsedInput<'request.decide'>,
): ChannelOutput<'request.decide'> {
  const { db, recorder } = context;
  const sqlite = db.$client;
  const request = readRequest(sqlite, requestId);
  if (!request) throw new GuichetError('not-found', 'errors.notFound', { entity: 'request' });
  if (request.status !== 'filed')
    throw new GuichetError('conflict', 'errors.request.alreadyDecided', { status: request.status });
  const ref: CaseFileRef =
    request.personId !== null ? { kind: 'person', id: request.personId } : { kind: 'company', id: request.companyId! };
  const rows = contributionsOf(sqlite, ref, JSON.parse(request.quarters) as string[]);
  const owner = loadOwner(sqlite, ref);
  db.transaction((tx) => {
    const isGranted = decision === 'granted';
    const effect =
      (isGranted && request.kind === 'exemption' ? exemptQuarters(tx, context, ref, rows) : 0) +
      (isGranted && request.kind === 'surcharge-waiver' ? waiveSurcharges(tx, context, ref, rows) : 0) +
      (isGranted ? rebaseOnRequestedIncome(tx, context, request) : 0);
    updateRow(
      tx,
      recorder,
      'request',
      request.id,
      {
        status: decision,
        decidedOn: decidedOn ?? context.today(),
        decisionNote: note,
        effectCents: effect,
        authorityReference: authorityReference ?? null,
        authorityDecidedOn: authorityDecidedOn ?? null,
      },
      request.rowVersion,
    );
    if (hasDecisionLetter(request.kind)) queueDecisionLetter(tx, context, owner, request.id);
  });
  return requestDto(readRequest(sqlite, requestId)!);
}

export function requestHandlers(context: ServiceContext): HandlerGroup<keyof typeof requestChannels> {
  const sqlite = context.db.$client;
  return {
    'request.file': (input, { advisor }) => fileRequest(context, input, advisor),
    'request.decide': (input) => decideRequest(context, input),
    'request.list': (ref) => (loadOwner(sqlite, ref), readRequests(sqlite, ref).map(requestDto)),
  };
}
