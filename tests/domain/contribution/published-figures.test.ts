import { describe, expect, test } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import { simulateContribution } from '../../../shared/domain/contribution/simulate';
import type { ContributionRequest } from '../../../shared/domain/contribution/types';
import { formatEurosPlain, parseEuros, parsePercent } from '../../../shared/domain/money';
import type { Cents } from '../../../shared/domain/money';
import { MANAGEMENT_FEE_CAP } from '../../../shared/rules/management-fees';
import { rulesForYear } from '../../../shared/rules/index';
import { PUBLISHED_FIGURES } from './published-figures';
import type { PublishedFigure } from './published-figures';

function euros(text: string): Cents {
  const amount = parseEuros(text);
  if (amount === undefined) throw new Error(`not an amount: ${text}`);
  return amount;
}

function requestFor(figure: PublishedFigure): ContributionRequest {
  const fee = figure.fee === undefined ? undefined : parsePercent(figure.fee);
  return {
    year: figure.year,
    category: figure.category,
    income: euros(figure.income),
    ...(figure.isPrimoStarter === true ? { isPrimoStarter: true } : {}),
    ...(figure.isStarter === true ? { provisional: { kind: 'starter' } } : {}),
    ...(figure.start === undefined ? {} : { affiliation: { start: toIsoDate(figure.start) } }),
    ...(fee === undefined ? {} : { fees: { rate: fee, cap: MANAGEMENT_FEE_CAP.value } }),
  };
}

describe('published quarterly figures 2024–2026', () => {
  test.each(
    PUBLISHED_FIGURES.map(
      (figure) => [`${figure.year} ${figure.label}: ${figure.expected} (${figure.source})`, figure] as const,
    ),
  )('%s', (_name, figure) => {
    const rules = rulesForYear(figure.year);
    if (rules === undefined) throw new Error(`no rules for ${figure.year}`);
    const outcome = simulateContribution(requestFor(figure), rules);
    if (!outcome.ok) throw new Error(outcome.error.code);
    const schedule = figure.isStarter === true ? outcome.value.provisional : outcome.value.definitive;
    const quarter = schedule?.quarters.find((line) => line.quarter === figure.quarter);
    expect(quarter && formatEurosPlain(quarter[figure.field]), figure.quarter).toBe(figure.expected);
  });
});
