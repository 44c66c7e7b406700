/** The benchmark's figures as results.json keeps them, and the README's table made from them. */

export const TARGETS = { bundle: 1.25, init: 1.25, warmP50: 1.3, warmP99: 1.3 } as const;

export interface ColdFigures {
  bundleBytes: number;
  baselineBundleBytes: number;
  bundleRatio: number;
  initMs: number;
  baselineInitMs: number;
  initRatio: number;
  /** Of the init, the part until the bundle was imported (the rest is the first request). */
  loadedMs: number;
  baselineLoadedMs: number;
  /** Every run's init, in the order made. */
  runs: { own: number[]; baseline: number[] };
  /** The first request's calls, the same for function and baseline (checked on the wire). */
  calls: string;
}

export interface WarmFigures {
  fn: string;
  variant?: string;
  calls: string;
  /** Requests measured on each side. */
  runs: number;
  p50Ms: number;
  baselineP50Ms: number;
  p50Ratio: number;
  p99Ms: number;
  baselineP99Ms: number;
  p99Ratio: number;
}

const ratio = (value: number, target: number) => (value > target ? `**${value.toFixed(2)}×**` : `${value.toFixed(2)}×`);
/** The function's figure and, in parentheses, its baseline's; times under 0.1 ms in thousandths. */
const pair = (own: number, baseline: number, digits = 1) => {
  const places = Math.min(own, baseline) < 0.1 ? 3 : digits;
  return `${own.toFixed(places)} (${baseline.toFixed(places)})`;
};

/** One row per measured request; a function's bundle and cold start on its first row. Ratios over target in bold. */
export const resultsTable = (cold: Record<string, ColdFigures>, warm: WarmFigures[]) => {
  const rows = warm.map((figures, index) => {
    const first = warm.findIndex((other) => other.fn === figures.fn) === index;
    const start = cold[figures.fn]!;
    return [
      figures.variant ? `${figures.fn} (${figures.variant})` : figures.fn,
      figures.calls,
      first ? pair(start.bundleBytes / 1024, start.baselineBundleBytes / 1024) : '',
      first ? ratio(start.bundleRatio, TARGETS.bundle) : '',
      first ? pair(start.initMs, start.baselineInitMs, 0) : '',
      first ? ratio(start.initRatio, TARGETS.init) : '',
      pair(figures.p50Ms, figures.baselineP50Ms, 2),
      ratio(figures.p50Ratio, TARGETS.warmP50),
      pair(figures.p99Ms, figures.baselineP99Ms, 2),
      ratio(figures.p99Ratio, TARGETS.warmP99),
    ];
  });
  return [
    '| Function | Calls per warm request | Bundle kB (baseline) | × | Init ms (baseline) | × | Warm p50 ms (baseline) | × | Warm p99 ms (baseline) | × |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
};
