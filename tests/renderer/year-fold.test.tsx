// @vitest-environment jsdom
/** Long histories folded by year: grouping in year order, and which year opens. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { YearFold, groupByYear, yearToOpen } from '../../renderer/ui/YearFold';

describe('folding a long history by year', () => {
  it('groups rows by year in year order, each group keeping the order of its rows', () => {
    const rows = ['2025-Q1', '2024-Q4', '2025-Q2', '2023-Q4', '2025-Q3'];
    expect(groupByYear(rows, (row) => Number(row.slice(0, 4)))).toEqual([
      { year: 2023, rows: ['2023-Q4'] },
      { year: 2024, rows: ['2024-Q4'] },
      { year: 2025, rows: ['2025-Q1', '2025-Q2', '2025-Q3'] },
    ]);
    expect(groupByYear([], (row: string) => Number(row))).toEqual([]);
  });

  it('opens the current year when it has rows, else the most recent one', () => {
    expect(yearToOpen([2023, 2024, 2026], 2026)).toBe(2026);
    expect(yearToOpen([2018, 2019, 2020], 2026)).toBe(2020);
    expect(yearToOpen([], 2026)).toBeUndefined();
  });

  it('is a native disclosure whose summary carries the year and its totals', () => {
    render(
      <>
        <YearFold title="Paiements 2024" facts={['3 paiements', '3 995,58 €']} isOpen={false}>
          <p>old rows</p>
        </YearFold>
        <YearFold title="Paiements 2026" facts={['1 paiement']} isOpen>
          <p>current rows</p>
        </YearFold>
      </>,
    );
    const folded = screen.getByText('Paiements 2024').closest('details')!;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')!.textContent).toBe('Paiements 20243 paiements3 995,58 €');
    expect(screen.getByText('current rows').closest('details')!.open).toBe(true);
  });
});
