export type Summary = {
  count: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
};

/** Nearest-rank percentiles of `values` (milliseconds), rounded to 0.01. */
export function summarize(values: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const round = (x: number) => Math.round(x * 100) / 100;
  if (n === 0) return { count: 0, min: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const at = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))] as number;
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: n,
    min: round(sorted[0] as number),
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted[n - 1] as number),
    mean: round(sum / n),
  };
}
