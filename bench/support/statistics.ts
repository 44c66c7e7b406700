/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export const percentile = (values: readonly number[], p: number) => {
  if (values.length === 0) throw new RangeError('No samples');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

export const median = (values: readonly number[]) => percentile(values, 50);

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
