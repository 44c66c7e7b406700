/**
 * A 32-bit integer hash of (a, b): synthetic populations derive every attribute of item `a` from
 * its index alone, so a larger population holds the smaller one and every run is the same.
 */
export const indexHash = (a: number, b: number): number => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
};
