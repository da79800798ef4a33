/**
 * One letter of a case file, drawn from the ledger and the records it concerns: the
 * amounts are the ledger's integer cents, the structured communication is the contribution's own,
 * so a payment made from the letter is allocated to the right debt. Pure reads: nothing is written.
 */
import type Database from 'better-sqlite3';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { LetterKindName, LetterParams } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { readContributions, readPayments, readSurcharges } from '../../../db/repositories/case-file-ledger-read';
import { readAffiliationRecords } from '../../../db/repositories/case-file-summary-read';
import { readIncomeUpTo } from '../../../db/repositories/letters-read';
import { readPlan, readRequest } from '../../../db/repositories/payment-plan-read';
import type {
  DecisionData,
  DecisionGround,
  DecisionReason,
  DueNoticeData,
  Language,
  LetterInput,
  StatementLine,
} from '../../letters/letter-data';
import { certificateLetter } from './certificate-letters';
import { cessationConfirmationLetter } from '../situation/cessation-letter';
import { claimLetter, overdueDebts, quarterLine, REMINDER_DAYS_TO_PAY, sum, type LetterContext } from './debt-letters';
import { branchPhone } from '../fund-settings';
import { labourCourtOf, loadParty, paymentReferenceOf, type CaseFileParty } from './letter-header';
import { complaintAnswerLetter } from '../complaint/complaint-letter';
import { paymentReceiptLetter } from './payment-receipt-letter';
import { rightsLetter } from '../rights/rights-letter';

/** The signed copy of a plan proposal is asked back within this many days. */
export const PLAN_ANSWER_DAYS = 10;

const paymentWord: Record<Language, string> = { fr: 'Paiement', nl: 'Betaling', de: 'Zahlung' };
const surchargeWord: Record<Language, string> = { fr: 'Majoration', nl: 'Verhoging', de: 'Zuschlag' };

function dueCategory(category: string): DueNoticeData['category'] {
  if (category === 'complementary' || category === 'helping-spouse' || category === 'student') return category;
  // Active pensioners and main activity share the due-notice wording of a main activity.
  return 'main';
}

/** The LetterInput of `kind` for a case file. Refusals are GuichetErrors with translated keys. */
export function caseFileLetter(
  sqlite: Database.Database,
  ref: CaseFileRef,
  kind: LetterKindName,
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  const party = loadParty(sqlite, ref, context.today, context.advisorName);
  switch (kind) {
    case 'reminder':
    case 'formal-notice':
      return claimLetter(sqlite, party, kind, params, context);
    case 'due-notice':
      return dueNoticeLetter(sqlite, party, kind, params, context);
    case 'account-statement':
      return accountStatementLetter(sqlite, party, kind, params, context);
    case 'payment-plan-proposal':
    case 'payment-plan-agreement':
      return planLetter(sqlite, party, kind, params, context);
    case 'affiliation-confirmation':
      return affiliationConfirmationLetter(sqlite, party, kind, params, context);
    case 'decision':
      return decisionLetter(sqlite, party, kind, params);
    case 'tax-certificate':
    case 'affiliation-certificate':
    case 'regularity-certificate':
    case 'payment-certificate':
      return certificateLetter(sqlite, party, kind, params, context);
    case 'complaint-answer':
      return complaintAnswerLetter(sqlite, party, params);
    case 'payment-receipt':
      return paymentReceiptLetter(sqlite, party, kind, params);
    case 'cessation-confirmation':
      return cessationConfirmationLetter(sqlite, party, params);
    case 'rights-information':
    case 'rights-decision':
    case 'rights-deadline-reminder':
      return rightsLetter(sqlite, party, kind, params, context.today);
    case 'regularisation-notice':
    case 'company-contribution-notice':
      // Their data (definitive income, balance-sheet bracket) is not in the local ledger yet: head office issues them.
      throw new GuichetError('conflict', 'letters.errors.kindNotAvailable');
  }
}

/** The due notice of one open quarter: the asked one, else the next due, else the last. */
function dueNoticeLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: 'due-notice',
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  const contributions = readContributions(sqlite, party.ref).filter(
    (row) => row.status === 'open' && row.kind === 'provisional' && row.quarter !== null,
  );
  const paid = new Map<string, number>();
  for (const payment of readPayments(sqlite, party.ref))
    if (payment.contributionId !== null)
      paid.set(payment.contributionId, (paid.get(payment.contributionId) ?? 0) + payment.amountCents);
  const open = contributions.filter((row) => row.amountCents + row.feeCents - (paid.get(row.id) ?? 0) > 0);
  const wanted = params.contributionIds?.[0];
  const row =
    wanted !== undefined
      ? open.find((candidate) => candidate.id === wanted)
      : (open.find((candidate) => candidate.dueDate >= context.today) ?? open[open.length - 1]);
  if (!row) throw new GuichetError('conflict', 'letters.errors.nothingDue');
  const incomeBase = readIncomeUpTo(sqlite, party.ref, row.year - 3) ?? 0;
  const category =
    readAffiliationRecords(sqlite, party.ref).find((affiliation) => affiliation.id === row.affiliationId)?.category ??
    'main';
  const openCents = row.amountCents + row.feeCents - (paid.get(row.id) ?? 0);
  return {
    kind,
    language: party.language,
    data: {
      ...party.header,
      year: row.year,
      quarter: row.quarter as DueNoticeData['quarter'],
      incomeBase: cents(incomeBase),
      category: dueCategory(category),
      contribution: cents(row.amountCents),
      managementFees: cents(row.feeCents),
      payment: {
        amount: cents(openCents),
        dueDate: row.dueDate,
        paymentReference: paymentReferenceOf(row.structuredCommunication),
      },
    },
  };
}

/** The ledger of a period with its opening and closing balance; asks the closing balance when it is owed. */
function accountStatementLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: 'account-statement',
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  const from = params.from ?? `${context.today.slice(0, 4)}-01-01`;
  const to = params.to ?? context.today;
  if (from > to) throw new GuichetError('validation', 'letters.errors.period');
  const entries: (StatementLine & { sort: string })[] = [];
  let opening = 0;
  const add = (line: StatementLine) => {
    if (line.date < from) opening += line.debit - line.credit;
    else if (line.date <= to) entries.push({ ...line, sort: line.date });
  };
  const contributions = readContributions(sqlite, party.ref).filter((row) => row.status === 'open');
  for (const row of contributions)
    add({
      date: row.dueDate,
      label: row.quarter === null ? `${row.year}` : `Q${row.quarter} ${row.year}`,
      debit: cents(row.amountCents + row.feeCents),
      credit: cents(0),
    });
  for (const s of readSurcharges(sqlite, party.ref))
    if (s.isWaived === 0)
      add({ date: s.date, label: surchargeWord[party.language], debit: cents(s.amountCents), credit: cents(0) });
  for (const payment of readPayments(sqlite, party.ref))
    add({
      date: payment.date,
      label: paymentWord[party.language],
      debit: cents(0),
      credit: cents(payment.amountCents),
    });
  entries.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  const lines: StatementLine[] = entries.map(({ date, label, debit, credit }) => ({ date, label, debit, credit }));
  const closing = opening + sum(lines.map((line) => line.debit - line.credit));
  const oldest =
    overdueDebts(sqlite, party.ref, context.today)[0] ?? contributions.find((row) => row.dueDate >= context.today);
  const payment =
    closing > 0 && oldest !== undefined
      ? {
          payment: {
            amount: cents(closing),
            dueDate: addDays(toIsoDate(context.today), REMINDER_DAYS_TO_PAY),
            paymentReference: paymentReferenceOf(
              'row' in oldest ? oldest.row.structuredCommunication : oldest.structuredCommunication,
            ),
          },
        }
      : {};
  return {
    kind,
    language: party.language,
    data: {
      ...party.header,
      periodFrom: from,
      periodTo: to,
      openingBalance: cents(opening),
      lines,
      closingBalance: cents(closing),
      ...payment,
    },
  };
}

/** A payment plan proposed, or agreed once signed: the advance first, then the instalments. */
function planLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: 'payment-plan-proposal' | 'payment-plan-agreement',
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  if (params.planId === undefined) throw new GuichetError('validation', 'letters.errors.planRequired');
  const plan = readPlan(sqlite, params.planId);
  if (!plan || (party.ref.kind === 'person' ? plan.personId : plan.companyId) !== party.ref.id)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'paymentPlan' });
  if (kind === 'payment-plan-agreement' && plan.signedOn === null)
    throw new GuichetError('conflict', 'letters.errors.planNotSigned');
  const advance = plan.instalments.find((instalment) => instalment.kind === 'advance') ?? plan.instalments[0];
  if (!advance) throw new GuichetError('conflict', 'letters.errors.planEmpty');
  const planContributions = new Set(JSON.parse(plan.contributionIds) as string[]);
  const first = readContributions(sqlite, party.ref).find((row) => planContributions.has(row.id));
  if (!first) throw new GuichetError('conflict', 'letters.errors.noCommunication');
  return {
    kind,
    language: party.language,
    data: {
      ...party.header,
      debtTotal: cents(plan.totalCents),
      downPayment: { dueDate: advance.dueDate, amount: cents(advance.amountCents) },
      instalments: plan.instalments
        .filter((instalment) => instalment !== advance)
        .map((instalment) => ({ dueDate: instalment.dueDate, amount: cents(instalment.amountCents) })),
      ...(kind === 'payment-plan-proposal'
        ? { answerBy: addDays(toIsoDate(context.today), PLAN_ANSWER_DAYS) }
        : { agreedOn: plan.signedOn ?? context.today }),
      payment: {
        amount: cents(advance.amountCents),
        dueDate: advance.dueDate,
        paymentReference: paymentReferenceOf(first.structuredCommunication),
      },
    },
  };
}

/** Confirms an affiliation (the asked one, else the latest) with its first quarter's contribution. */
function affiliationConfirmationLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: 'affiliation-confirmation',
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  const affiliations = readAffiliationRecords(sqlite, party.ref);
  const affiliation =
    params.affiliationId !== undefined
      ? affiliations.find((row) => row.id === params.affiliationId)
      : affiliations[affiliations.length - 1];
  if (!affiliation) throw new GuichetError('not-found', 'errors.notFound', { entity: 'affiliation' });
  const first = readContributions(sqlite, party.ref).find(
    (row) => row.affiliationId === affiliation.id && row.dueDate >= affiliation.startDate,
  );
  return {
    kind,
    language: party.language,
    data: {
      ...party.header,
      startDate: affiliation.startDate,
      category: dueCategory(affiliation.category),
      firstQuarterContribution: cents(first === undefined ? 0 : first.amountCents + first.feeCents),
      branchName: party.branchName ?? context.fund.name,
      branchPhone: branchPhone(party.branchCode, context.fund.phone),
    },
  };
}

/** The decision on an exemption or surcharge-waiver request, with the labour court to appeal to. */
function decisionLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: 'decision',
  params: LetterParams,
): LetterInput {
  if (params.requestId === undefined) throw new GuichetError('validation', 'letters.errors.requestRequired');
  const request = readRequest(sqlite, params.requestId);
  if (!request || (party.ref.kind === 'person' ? request.personId : request.companyId) !== party.ref.id)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'request' });
  if (request.kind !== 'exemption' && request.kind !== 'surcharge-waiver')
    throw new GuichetError('conflict', 'letters.errors.noDecisionLetter');
  if (request.status === 'filed') throw new GuichetError('conflict', 'letters.errors.notDecided');
  const labels = new Set(JSON.parse(request.quarters) as string[]);
  const quarters = readContributions(sqlite, party.ref)
    .filter((row) => row.quarter !== null && labels.has(`${row.year}-Q${row.quarter}`))
    .map((row) => quarterLine(row, row.amountCents + row.feeCents));
  const reasons: DecisionReason[] =
    request.status === 'granted'
      ? ['conditions-met']
      : request.kind === 'exemption'
        ? ['no-financial-difficulty']
        : ['no-admissible-ground'];
  return {
    kind,
    language: party.language,
    data: {
      ...party.header,
      subject: request.kind,
      outcome: request.status,
      requestDate: request.filedOn,
      quarters,
      grantedAmount: cents(request.status === 'granted' ? request.effectCents : 0),
      reasons,
      ...(request.decisionNote.trim() === '' ? {} : { note: request.decisionNote.trim() }),
      labourCourt: labourCourtOf(party),
      grounds: groundsOf(request),
      authority: {
        ...(request.authorityDecidedOn === null ? {} : { decidedOn: request.authorityDecidedOn }),
        ...(request.authorityReference === null ? {} : { reference: request.authorityReference }),
      },
    },
  };
}

/** The grounds the affiliate gave, in the decision's terms; the income grounds of other requests read as "other". */
function groundsOf(request: { grounds: string; groundsText: string }): NonNullable<DecisionData['grounds']> {
  const code = isDecisionGround(request.grounds) ? request.grounds : 'other';
  const text = request.groundsText.trim();
  return text === '' ? { code } : { code, text };
}

const decisionGrounds: readonly DecisionGround[] = [
  'financial-difficulty',
  'force-majeure',
  'good-faith',
  'deserving-situation',
  'other',
];

function isDecisionGround(value: string): value is DecisionGround {
  return (decisionGrounds as readonly string[]).includes(value);
}
