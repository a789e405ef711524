// One benchmark measurement, as every bench module returns them and scripts/bench.ts prints them.

export interface BenchRecord {
  /** What was measured, e.g. `COVERAGE.ms` or `native.FORECAST.ms`. */
  name: string;
  /** Problem size (rows). */
  n: number;
  value: number;
  unit: string;
}

/** Median of a list of timings. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` once to warm up, then `runs` times, and returns the median milliseconds per call. */
export function timeMedian(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
