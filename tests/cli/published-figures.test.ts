import { describe, expect, test } from 'vitest';
import { parseEuros } from '../../shared/domain/money';
import { PUBLISHED_FIGURES } from '../domain/contribution/published-figures';
import type { PublishedFigure } from '../domain/contribution/published-figures';
import { runCliJson } from './run-cli';

/** The CLI arguments that reproduce a published figure. */
function argsFor(figure: PublishedFigure): string[] {
  const category =
    figure.isPrimoStarter === true
      ? 'primo-starter'
      : figure.category === 'active-pensioner'
        ? 'pensioner'
        : figure.category;
  return [
    'simulate',
    '--year',
    String(figure.year),
    '--category',
    category,
    '--income',
    figure.income,
    ...(figure.fee === undefined ? [] : ['--fee-rate', figure.fee]),
    ...(figure.isStarter === true && figure.isPrimoStarter !== true ? ['--starter'] : []),
    ...(figure.start === undefined ? [] : ['--start', figure.start]),
  ];
}

describe.concurrent('the CLI reproduces every published figure of the research notes', { timeout: 120_000 }, () => {
  test.each(
    PUBLISHED_FIGURES.map(
      (figure) => [`${figure.year} ${figure.label}: ${figure.expected} (${figure.source})`, figure] as const,
    ),
  )('%s', async (_name, figure) => {
    const run = await runCliJson(argsFor(figure));
    expect(run.code, run.stderr).toBe(0);
    const schedule = figure.isStarter === true ? 'provisional' : 'definitive';
    expect(run.json).toMatchObject({
      [schedule]: {
        quarters: expect.arrayContaining([
          expect.objectContaining({
            quarter: figure.quarter,
            [figure.field]: { cents: parseEuros(figure.expected), formatted: expect.any(String) },
          }),
        ]),
      },
    });
  });
});
