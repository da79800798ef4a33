/**
 * The annual contribution (fees included) against the income, for both scenarios, drawn as inline
 * SVG: no chart library, and no inline style (the CSP forbids it) — colours come from classes.
 * Each scenario's own income is marked on its line. The figure is described in words for screen
 * readers; the numbers themselves are in the tables next to it.
 */
import { useTranslation } from 'react-i18next';
import { cents, type Cents } from '../../../shared/domain/money';
import { localeOf } from '../../i18n/format';
import { useFormat } from '../../i18n/use-format';
import type { CurvePoint } from './simulation-curve';

export type ChartSeries = { id: 'a' | 'b'; label: string; points: readonly CurvePoint[]; marker: CurvePoint | null };

const WIDTH = 720;
const HEIGHT = 320;
const PADDING = { top: 16, right: 24, bottom: 44, left: 84 };

function niceStep(maximum: number, targetTicks: number): number {
  const raw = maximum / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalised = raw / magnitude;
  const nice = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10;
  return nice * magnitude;
}

function ticks(maximum: number, targetTicks: number): number[] {
  if (maximum <= 0) return [0];
  const step = niceStep(maximum, targetTicks);
  const values: number[] = [];
  for (let value = 0; value <= maximum + step / 1000; value += step) values.push(value);
  return values;
}

export function ContributionChart({ series, maxIncome }: { series: readonly ChartSeries[]; maxIncome: Cents }) {
  const { t } = useTranslation();
  const format = useFormat();
  const compact = new Intl.NumberFormat(localeOf(format.language), {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const maxTotal = Math.max(1, ...series.flatMap((line) => line.points.map((point) => point.total)));
  const yTicks = ticks(maxTotal / 100, 5).map((euros) => euros * 100);
  const yMax = Math.max(maxTotal, yTicks.at(-1) ?? maxTotal);
  const xTicks = ticks(maxIncome / 100, 6).map((euros) => euros * 100);
  const plotWidth = WIDTH - PADDING.left - PADDING.right;
  const plotHeight = HEIGHT - PADDING.top - PADDING.bottom;
  const x = (income: number) =>
    PADDING.left + (Math.min(Math.max(income, 0), maxIncome) / Math.max(1, maxIncome)) * plotWidth;
  const y = (total: number) => PADDING.top + plotHeight - (total / yMax) * plotHeight;
  const euros = (amount: number) => compact.format(amount / 100);
  const description = series
    .filter((line) => line.marker !== null)
    .map((line) =>
      t('simulation.chart.point', {
        scenario: line.label,
        income: format.money(cents(line.marker?.income ?? 0)),
        total: format.money(cents(line.marker?.total ?? 0)),
      }),
    )
    .join(' ');

  return (
    <figure className="chart" aria-labelledby="chart-title">
      <figcaption id="chart-title" className="card__title">
        {t('simulation.chart.title')}
      </figcaption>
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <desc id="chart-desc">{`${t('simulation.chart.description')} ${description}`}</desc>
        {yTicks.map((value) => (
          <g key={`y-${value}`} className="chart__grid">
            <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={y(value)} y2={y(value)} />
            <text x={PADDING.left - 8} y={y(value)} dy="0.32em" textAnchor="end" className="chart__tick">
              {euros(value)}
            </text>
          </g>
        ))}
        {xTicks.map((value) => (
          <g key={`x-${value}`} className="chart__grid chart__grid--x">
            <line x1={x(value)} x2={x(value)} y1={PADDING.top} y2={PADDING.top + plotHeight} />
            <text x={x(value)} y={PADDING.top + plotHeight + 18} textAnchor="middle" className="chart__tick">
              {euros(value)}
            </text>
          </g>
        ))}
        <text x={PADDING.left + plotWidth / 2} y={HEIGHT - 4} textAnchor="middle" className="chart__axis-label">
          {t('simulation.chart.xAxis')}
        </text>
        {series.map((line) => (
          <g key={line.id} className={`chart__series chart__series--${line.id}`}>
            <polyline
              fill="none"
              points={line.points
                .map((point) => `${x(point.income).toFixed(1)},${y(point.total).toFixed(1)}`)
                .join(' ')}
            />
            {line.marker && <circle cx={x(line.marker.income)} cy={y(line.marker.total)} r={6} />}
          </g>
        ))}
      </svg>
      <ul className="chart__legend">
        {series.map((line) => (
          <li key={line.id} className={`chart__legend-item chart__legend-item--${line.id}`}>
            <span className="chart__swatch" aria-hidden="true" />
            {line.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
