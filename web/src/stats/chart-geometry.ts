/**
 * The arithmetic of the console's charts, apart from drawing: scales, axis ticks and paths. In
 * Arabic a chart reads as the page does, right to left: time runs from the right edge (the
 * earliest) to the left (the latest), and bars grow from the right.
 */

export type Direction = 'ltr' | 'rtl';

/**
 * The values an axis marks, from 0 to a round ceiling at or above `max`: about `count` steps of 1,
 * 2 or 5 times a power of ten (2.5 too for fractions), whole steps only for counts. The last is the
 * axis's maximum. An empty chart still has an axis of 0 to 1.
 */
export const axisTicks = (max: number, count = 4, whole = true): number[] => {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const factors = whole && power < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const nice = (factors.find((factor) => factor * power >= rough) ?? 10) * power;
  const step = whole ? Math.max(1, Math.ceil(nice)) : nice;
  const steps = Math.ceil(Number((max / step).toPrecision(12)));
  return Array.from({ length: steps + 1 }, (_, index) => Number((step * index).toPrecision(12)));
};

/** Maps `value` of 0…`maximum` onto `length` (0 at the start); values outside are held to the ends. */
export const scale = (value: number, maximum: number, length: number): number =>
  maximum > 0 ? (Math.min(Math.max(value, 0), maximum) / maximum) * length : 0;

/**
 * Where the `index`th of `count` points in time sits across `width`: the first at the reading
 * start (left in English, right in Arabic), the last at the reading end. A single point sits in the middle.
 */
export const timeX = (index: number, count: number, width: number, direction: Direction): number => {
  const along = count > 1 ? (index / (count - 1)) * width : width / 2;
  return direction === 'rtl' ? width - along : along;
};

/** Which of `count` points in time to label, at most `most`, always the first and the last. */
export const labelledIndexes = (count: number, most: number): number[] => {
  if (count <= most) return Array.from({ length: count }, (_, index) => index);
  const step = (count - 1) / (most - 1);
  return [...new Set(Array.from({ length: most }, (_, index) => Math.round(index * step)))];
};

/** An SVG path through the points, in order: `M x y L x y …`, two decimals at most. */
export const linePath = (points: readonly { x: number; y: number }[]): string =>
  points.map((point, index) => `${index === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`).join(' ');

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * A horizontal bar of `value` (of 0…`maximum`) in a box `width` wide: its start and its length,
 * growing from the reading start (the left in English, the right in Arabic).
 */
export const barSpan = (
  value: number,
  maximum: number,
  width: number,
  direction: Direction,
): { x: number; width: number } => {
  const length = scale(value, maximum, width);
  return { x: direction === 'rtl' ? width - length : 0, width: length };
};
