/**
 * The sample letters show the rules engine's figures: the CLI's `simulate` and `surcharges` commands
 * are run on the samples' stated inputs, and the amounts they print are looked for in the sample PDFs
 * (pdftotext). The sample NISS numbers pass the check-digit test and their serial's parity matches
 * the addressee's sex.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simulateCommand } from '../../electron/cli/commands/simulate';
import { surchargesCommand } from '../../electron/cli/commands/surcharges';
import { demoFund } from '../../electron/letters/fund-identity';
import { languages, type Language, type LetterInput } from '../../electron/letters/letter-data';
import { formatAmount } from '../../electron/letters/print-format';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { demoLetter } from '../../electron/letters/sample-letters';
import { SAMPLE_INPUTS, SAMPLE_TAX_YEAR } from '../../electron/letters/sample-figures';
import { parseNiss } from '../../shared/domain/identifiers/niss';
import { cents } from '../../shared/domain/money';
import { pdfText } from './support/pdf-tools';

const fund = demoFund();
const dir = mkdtempSync(join(tmpdir(), 'guichet-sample-figures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type MoneyJson = { cents: number };
type QuarterJson = { quarter: string; contribution: MoneyJson; fee: MoneyJson; total: MoneyJson; dueDate: string };

/** `simulate` as the integrator would type it for the samples' inputs, read from its JSON. */
function cliProvisional(): { annualIncome: number; quarters: QuarterJson[]; year: number } {
  const { json } = simulateCommand([
    '--year',
    String(SAMPLE_INPUTS.year),
    '--category',
    'main',
    '--income',
    String(SAMPLE_INPUTS.referenceIncomeEuros),
    '--reference-income',
    String(SAMPLE_INPUTS.referenceIncomeEuros),
    '--reference-year',
    String(SAMPLE_INPUTS.referenceYear),
    '--fee-rate',
    (SAMPLE_INPUTS.feeRateBasisPoints / 100).toFixed(2),
  ]) as unknown as { json: { provisional: { annualIncome: MoneyJson; quarters: QuarterJson[]; totals: unknown } } };
  return {
    annualIncome: json.provisional.annualIncome.cents,
    quarters: json.provisional.quarters,
    year: SAMPLE_INPUTS.year,
  };
}

function quarterOf(quarter: number): QuarterJson {
  const found = cliProvisional().quarters.find((line) => line.quarter === `${SAMPLE_INPUTS.year}-Q${quarter}`);
  if (found === undefined) throw new Error(`no ${quarter}`);
  return found;
}

/** `surcharges --file … --at <issue date>` on the two unpaid quarters, each claimed with its fees. */
function cliSurcharges(): { surchargesCharged: number; totalOpen: number } {
  const file = join(dir, 'debts.json');
  const contributions = SAMPLE_INPUTS.unpaidQuarters.map((quarter) => {
    const line = quarterOf(quarter);
    return { id: line.quarter, principalCents: line.total.cents, dueDate: line.dueDate };
  });
  writeFileSync(file, JSON.stringify({ contributions, payments: [] }));
  const { json } = surchargesCommand(['--file', file, '--at', SAMPLE_INPUTS.issueDate]) as unknown as {
    json: { totals: { surchargesCharged: MoneyJson; totalOpen: MoneyJson } };
  };
  return { surchargesCharged: json.totals.surchargesCharged.cents, totalOpen: json.totals.totalOpen.cents };
}

async function textOf(input: LetterInput): Promise<string> {
  return pdfText((await renderLetters([input], fund)).pdf);
}

/** As pdfText reads it: the no-break spaces of the amounts come out as plain spaces. */
const euros = (amount: number, language: Language): string =>
  formatAmount(cents(amount), language).replace(/[\u00a0\u202f]/g, ' ');

describe('sample figures come from the rules engine', () => {
  it.each(languages)(
    'the due notice shows the CLI’s fourth-quarter contribution, fees and total (%s)',
    async (language) => {
      const fourth = quarterOf(4);
      const text = await textOf(demoLetter('due-notice', language));
      expect(text).toContain(euros(fourth.contribution.cents, language));
      expect(text).toContain(euros(fourth.fee.cents, language));
      expect(text).toContain(euros(fourth.total.cents, language));
      expect(text).toContain(euros(cliProvisional().annualIncome, language));
      // A quarter, not the year: four quarters' contribution is nowhere on the notice.
      expect(text).not.toContain(euros(fourth.contribution.cents * 4, language));
    },
  );

  it.each(languages)(
    'the reminder shows the CLI’s surcharges at the issue date and the total open (%s)',
    async (language) => {
      const { surchargesCharged, totalOpen } = cliSurcharges();
      expect(surchargesCharged).toBeGreaterThan(0);
      const text = await textOf(demoLetter('reminder', language));
      expect(text).toContain(euros(quarterOf(2).total.cents, language));
      expect(text).toContain(euros(surchargesCharged, language));
      expect(text).toContain(euros(totalOpen, language));
    },
  );

  it('the formal notice and the account statement carry the same surcharges as the CLI', async () => {
    const { surchargesCharged, totalOpen } = cliSurcharges();
    const notice = demoLetter('formal-notice', 'fr');
    if (notice.kind !== 'formal-notice') throw new Error('demo kind');
    expect(notice.data.surcharges).toBe(surchargesCharged);
    expect(notice.data.payment.amount).toBe(totalOpen + notice.data.costs);
    const statement = demoLetter('account-statement', 'fr');
    if (statement.kind !== 'account-statement') throw new Error('demo kind');
    expect(statement.data.closingBalance).toBe(totalOpen);
    expect(await textOf(statement)).toContain(euros(totalOpen, 'fr'));
  });

  it('the tax certificate pays the CLI’s 2025 quarters and the surcharge it charges on the late one', async () => {
    const { json } = simulateCommand([
      '--year',
      String(SAMPLE_TAX_YEAR.year),
      '--category',
      'main',
      '--income',
      String(SAMPLE_TAX_YEAR.incomeEuros),
      '--fee-rate',
      (SAMPLE_INPUTS.feeRateBasisPoints / 100).toFixed(2),
    ]) as unknown as { json: { definitive: { quarters: QuarterJson[] } } };
    const quarters = json.definitive.quarters;
    const file = join(dir, 'tax-year.json');
    writeFileSync(
      file,
      JSON.stringify({
        contributions: quarters.map((line) => ({
          id: line.quarter,
          principalCents: line.total.cents,
          dueDate: line.dueDate,
        })),
        payments: quarters.map((line, position) => ({
          date: SAMPLE_TAX_YEAR.paidOn[position],
          amountCents: line.total.cents,
          claimId: line.quarter,
        })),
      }),
    );
    const surcharges = surchargesCommand(['--file', file, '--at', SAMPLE_TAX_YEAR.surchargePaidOn]) as unknown as {
      json: { totals: { surchargesCharged: MoneyJson } };
    };
    const surcharge = surcharges.json.totals.surchargesCharged.cents;
    expect(surcharge).toBeGreaterThan(0);
    const deductible = quarters.reduce((sum, line) => sum + line.total.cents, 0) - SAMPLE_TAX_YEAR.refund;
    const text = await textOf(demoLetter('tax-certificate', 'fr'));
    expect(text).toContain(euros(quarters[0]?.total.cents ?? 0, 'fr'));
    expect(text).toContain(euros(surcharge, 'fr'));
    expect(text).toContain(euros(deductible, 'fr'));
  });

  it.each([0, 1, 2, 3, 57])('demo person %i has a valid NISS whose serial parity is the addressee’s sex', (index) => {
    const letter = demoLetter('reminder', 'fr', index);
    const parsed = parseNiss(letter.data.identifier ?? '');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.sex).toBe(letter.data.addressee?.sex);
  });
});
