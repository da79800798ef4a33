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
import { insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import { readRequest, readRequests } from '../../../db/repositories/payment-plan-read';
import { readLatestAffiliationCategory } from '../../../db/repositories/affiliation-read';
import { requestDto } from '../case-file/dto';
import { loadOwner, ownerColumnsOf } from '../case-file/owner';
import type { HandlerGroup, ServiceContext } from '../service-context';

function refuse(messageKey: string, path = 'quarters'): never {
  throw new GuichetError('validation', 'errors.validation', { issues: [{ path, messageKey }] });
}

export function requestHandlers(context: ServiceContext): HandlerGroup<keyof typeof requestChannels> {
  const { db, recorder } = context;
  const sqlite = db.$client;
  const contributionsOf = (ref: { kind: 'person' | 'company'; id: string }, quarters: readonly string[]) => {
    const wanted = new Set(quarters);
    return readContributions(sqlite, ref).filter(
      (row) =>
        row.status !== 'cancelled' &&
        row.quarter !== null &&
        wanted.has(`${row.year}-Q${row.quarter}`) &&
        row.kind !== 'company',
    );
  };
  return {
    'request.file': ({ requestKind, grounds, groundsText, quarters, filedOn, ...ref }, { advisor }) => {
      const owner = loadOwner(sqlite, ref);
      const filed = toIsoDate(filedOn ?? context.today());
      const rows = contributionsOf(ref, quarters);
      const claimed = new Set(rows.map((row) => `${row.year}-Q${row.quarter}`));
      if (quarters.some((quarter) => !claimed.has(quarter))) refuse('validation.request.quarterNotClaimed');
      if (requestKind === 'exemption') {
        if (ref.kind !== 'person') refuse('validation.request.exemptionOnlyPersons', 'kind');
        const category = readLatestAffiliationCategory(sqlite, ref.id);
        // Complementary activity: never eligible for a dispense (belgian-rules.md §5.2, Liantis, Partena).
        if (category === 'complementary') refuse('validation.request.exemptionNotForComplementary', 'requestKind');
        // The request is due within 12 months after the quarter, never for a future quarter (Partena).
        for (const quarter of quarters) {
          const end = quarterEnd({
            year: Number(quarter.slice(0, 4)),
            index: Number(quarter.slice(-1)) as QuarterIndex,
          });
          if (addMonths(end, 12) < filed) refuse('validation.request.exemptionTooLate');
          if (
            quarter.slice(0, 4) > filed.slice(0, 4) ||
            end >
              quarterEnd({
                year: Number(filed.slice(0, 4)),
                index: (Math.floor((Number(filed.slice(5, 7)) - 1) / 3) + 1) as QuarterIndex,
              })
          )
            refuse('validation.request.futureQuarter');
        }
      } else {
        // A waiver needs the quarters' contributions paid first; the surcharges need not be (RSVZ FAQ).
        const paid = new Map<string, number>();
        for (const payment of readPayments(sqlite, ref))
          if (payment.contributionId)
            paid.set(payment.contributionId, (paid.get(payment.contributionId) ?? 0) + payment.amountCents);
        if (rows.some((row) => row.status === 'open' && (paid.get(row.id) ?? 0) < row.amountCents + row.feeCents))
          refuse('validation.request.waiverQuarterUnpaid');
      }
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
        });
        // INASTI aims to decide within about a month (belgian-rules.md §5.2): follow it up then.
        insertRow(tx, recorder, 'task', {
          ...ownerColumnsOf(owner),
          branchId: owner.branchId ?? advisor.branchId,
          kind: 'decision-expected',
          title: `request.task.${requestKind}Decision`,
          dueDate: addDays(filed, 35),
          status: 'open',
          createdBy: advisor.id,
          completedAt: null,
          completedBy: null,
          sourceEntity: 'request',
          sourceId: row.id,
        });
        return row.id;
      });
      return requestDto(readRequest(sqlite, id)!);
    },
    'request.decide': ({ requestId, decision, decidedOn, note }) => {
      // Recording INASTI's decision changes the balance: kept to the back office and branch managers.
      const request = readRequest(sqlite, requestId);
      if (!request) throw new GuichetError('not-found', 'errors.notFound', { entity: 'request' });
      if (request.status !== 'filed')
        throw new GuichetError('conflict', 'errors.request.alreadyDecided', { status: request.status });
      const ref =
        request.personId !== null
          ? { kind: 'person' as const, id: request.personId }
          : { kind: 'company' as const, id: request.companyId! };
      const rows = contributionsOf(ref, JSON.parse(request.quarters) as string[]);
      db.transaction((tx) => {
        let effect = 0;
        if (decision === 'granted' && request.kind === 'exemption') {
          const paid = new Map<string, number>();
          for (const payment of readPayments(sqlite, ref))
            if (payment.contributionId)
              paid.set(payment.contributionId, (paid.get(payment.contributionId) ?? 0) + payment.amountCents);
          for (const row of rows.filter((item) => item.status === 'open')) {
            effect += Math.max(0, row.amountCents + row.feeCents - (paid.get(row.id) ?? 0));
            updateRow(tx, recorder, 'contribution', row.id, { status: 'exempted' });
          }
        }
        if (decision === 'granted' && request.kind === 'surcharge-waiver') {
          const ids = new Set(rows.map((row) => row.id));
          for (const surcharge of readSurcharges(sqlite, ref).filter(
            (item) => ids.has(item.contributionId) && item.isWaived === 0,
          )) {
            effect += surcharge.amountCents;
            updateRow(tx, recorder, 'surcharge', surcharge.id, { isWaived: true });
          }
        }
        updateRow(
          tx,
          recorder,
          'request',
          request.id,
          { status: decision, decidedOn: decidedOn ?? context.today(), decisionNote: note, effectCents: effect },
          request.rowVersion,
        );
      });
      return requestDto(readRequest(sqlite, requestId)!);
    },
    'request.list': (ref) => (loadOwner(sqlite, ref), readRequests(sqlite, ref).map(requestDto)),
  };
}
