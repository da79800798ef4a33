/**
 * Horizontal bars in inline SVG, as the simulation draws its chart: no library, no inline style (the
 * CSP forbids it), colours from classes. The table beside it holds the figures; the chart has a
 * title for screen readers and its labels repeat the table's.
 */
export type Bar = { key: string; label: string; value: number; highlight?: number; text: string };

const WIDTH = 640;
const ROW = 28;
const LABEL = 290;
const VALUE = 110;

export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const maximum = Math.max(1, ...bars.map((bar) => bar.value));
  const scale = (value: number) => (value / maximum) * (WIDTH - LABEL - VALUE);
  const height = Math.max(1, bars.length) * ROW + 8;
  return (
    <svg className="dashboard__chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      <title>{title}</title>
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        return (
          <g key={bar.key}>
            <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" className="dashboard__chart-label">
              {bar.label}
            </text>
            <rect x={LABEL} y={y + 4} width={scale(bar.value)} height={ROW - 10} className="dashboard__bar" />
            {bar.highlight !== undefined && bar.highlight > 0 && (
              <rect
                x={LABEL}
                y={y + 4}
                width={scale(bar.highlight)}
                height={ROW - 10}
                className="dashboard__bar dashboard__bar--highlight"
              />
            )}
            <text x={LABEL + scale(bar.value) + 6} y={y + ROW / 2 + 4} className="dashboard__chart-value">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
