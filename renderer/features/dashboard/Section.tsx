/** One figure group of the dashboard: a card with its heading, named for assistive technology. */
import type { ReactNode } from 'react';

type SectionProps = { id: string; title: string; isWide?: boolean; children: ReactNode };

/** A wide section spans the grid: tables of four columns and more do not fit half of a 1280 px screen. */
export function Section({ id, title, isWide = false, children }: SectionProps) {
  return (
    <section
      className={`dashboard__section card${isWide ? ' dashboard__wide' : ''}`}
      aria-labelledby={`dashboard-${id}`}
      data-testid={`dashboard-${id}`}
    >
      <h2 id={`dashboard-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
