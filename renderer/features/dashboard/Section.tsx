/** One figure group of the dashboard: a card with its heading, named for assistive technology. */
import type { ReactNode } from 'react';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dashboard__section card" aria-labelledby={`dashboard-${id}`} data-testid={`dashboard-${id}`}>
      <h2 id={`dashboard-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
