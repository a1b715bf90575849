/**
 * The p-th percentile by the nearest-rank method: the smallest value that at least
 * p% of the values do not exceed. Always one of the values, never an interpolation,
 * so "p99 = 4.1 ms" means some question really took 4.1 ms.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100, not ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface Latency {
  /** How many timings the figures summarise. */
  count: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/** Percentiles of timings in milliseconds. */
export function summarise(milliseconds: readonly number[]): Latency {
  const total = milliseconds.reduce((sum, ms) => sum + ms, 0);
  return {
    count: milliseconds.length,
    p50: percentile(milliseconds, 50),
    p99: percentile(milliseconds, 99),
    mean: milliseconds.length ? total / milliseconds.length : Number.NaN,
    max: milliseconds.length ? Math.max(...milliseconds) : Number.NaN,
  };
}

/** Times one call in milliseconds, with the monotonic high-resolution clock. */
export function timed<T>(run: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = run();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** The median of a few timings of `run`: steadier than one for build times, where the first run also pays for compilation. */
export function medianTime(times: number, run: () => unknown): number {
  return percentile(Array.from({ length: times }, () => timed(run).ms), 50);
}
