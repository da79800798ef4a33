/**
 * A long history folded by year: one native disclosure (details/summary, keyboard and screen-reader
 * ready without script) per year, its summary line giving the year's totals so a folded year still
 * says what it holds. The years the advisor most likely needs are open; the others open on demand.
 */
import type { ReactNode } from 'react';
import './year-fold.css';

/** Groups rows by a year, in the order of the years, each group keeping the rows' own order. */
export function groupByYear<Row>(rows: readonly Row[], yearOf: (row: Row) => number): { year: number; rows: Row[] }[] {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const year = yearOf(row);
    const group = groups.get(year);
    if (group) group.push(row);
    else groups.set(year, [row]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([year, grouped]) => ({ year, rows: grouped }));
}

/** The year to unfold: the current one when it has rows, else the most recent. */
export function yearToOpen(years: readonly number[], currentYear: number): number | undefined {
  return years.includes(currentYear) ? currentYear : years.at(-1);
}

export function YearFold({
  title,
  facts,
  isOpen,
  children,
}: {
  title: string;
  /** Short totals shown on the summary line, each one a phrase. */
  facts: readonly ReactNode[];
  isOpen: boolean;
  children: ReactNode;
}) {
  return (
    <details className="year-fold" open={isOpen}>
      <summary className="year-fold__summary">
        <span className="year-fold__line">
          <span className="year-fold__title">{title}</span>
          {facts.map((fact, index) => (
            <span key={index} className="year-fold__fact">
              {fact}
            </span>
          ))}
        </span>
      </summary>
      <div className="year-fold__body">{children}</div>
    </details>
  );
}
