import type { WireCall } from './wire-recorder.js';

/**
 * Whether a baseline made the calls its function made: the same operations on the same tables,
 * buckets and services, as many times, with requests and answers of about the same size. Order is
 * not compared, since concurrent calls (a middleware beside the route, a pool of workers) land in
 * any order.
 */

/** How far a baseline's bytes may be from the function's: whichever of the two is larger. */
export const SIZE_TOLERANCE = { relative: 0.1, bytes: 128 } as const;

const labelOf = (call: Pick<WireCall, 'service' | 'operation' | 'target'>) =>
  `${call.service} ${call.operation}${call.target ? ` ${call.target}` : ''}`;

const groups = (calls: WireCall[]) => {
  const grouped = new Map<string, WireCall[]>();
  for (const call of calls) grouped.set(labelOf(call), [...(grouped.get(labelOf(call)) ?? []), call]);
  return grouped;
};

/** Calls of one kind paired smallest with smallest: by request, then by answer (a read that finds nothing answers `{}`). */
const bySize = (calls: WireCall[]) =>
  [...calls].sort((a, b) => a.requestBytes - b.requestBytes || (a.responseBytes ?? 0) - (b.responseBytes ?? 0));

const near = (a: number, b: number) =>
  Math.abs(a - b) <= Math.max(SIZE_TOLERANCE.bytes, SIZE_TOLERANCE.relative * Math.max(a, b));

/** What differs, one line each; empty when the baseline made the same calls. */
export const callDifferences = (own: WireCall[], baseline: WireCall[]): string[] => {
  const ownGroups = groups(own);
  const baselineGroups = groups(baseline);
  const differences: string[] = [];
  for (const label of new Set([...ownGroups.keys(), ...baselineGroups.keys()])) {
    const mine = bySize(ownGroups.get(label) ?? []);
    const theirs = bySize(baselineGroups.get(label) ?? []);
    if (mine.length !== theirs.length) {
      differences.push(`${label}: the function makes it ${mine.length}×, the baseline ${theirs.length}×`);
      continue;
    }
    mine.forEach((call, index) => {
      const other = theirs[index]!;
      if (!near(call.requestBytes, other.requestBytes))
        differences.push(`${label}: request of ${call.requestBytes} bytes, the baseline's ${other.requestBytes}`);
      if (
        call.responseBytes !== undefined &&
        other.responseBytes !== undefined &&
        !near(call.responseBytes, other.responseBytes)
      ) {
        differences.push(`${label}: answer of ${call.responseBytes} bytes, the baseline's ${other.responseBytes}`);
      }
    });
  }
  return differences;
};

/** The calls in a line, e.g. `GetItem, UpdateItem, SendTaskSuccess`, repeated ones counted. */
export const callSummary = (calls: WireCall[]): string => {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call.operation, (counts.get(call.operation) ?? 0) + 1);
  return (
    [...counts].map(([operation, count]) => (count > 1 ? `${count}× ${operation}` : operation)).join(', ') || 'none'
  );
};
