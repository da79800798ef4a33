/** Percentiles and a fixed-width line for benchmark reports. */
export type Summary = { p50: number; p95: number; p99: number; mean: number; count: number };

export function summarize(samplesMs: number[]): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean, count: sorted.length };
}

export function formatSummary(label: string, s: Summary): string {
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  return `${label.padEnd(34)} p50 ${ms(s.p50).padStart(10)}  p95 ${ms(s.p95).padStart(10)}  p99 ${ms(s.p99).padStart(10)}  (n=${s.count})`;
}
