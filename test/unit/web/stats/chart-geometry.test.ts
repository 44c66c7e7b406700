import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  barSpan,
  labelledIndexes,
  linePath,
  scale,
  timeX,
} from '../../../../web/src/stats/chart-geometry.js';

describe("the charts' arithmetic", () => {
  it('when counts are charted, the axis marks whole, round steps up to a ceiling at or above the largest', () => {
    expect(axisTicks(5)).toEqual([0, 2, 4, 6]);
    expect(axisTicks(2)).toEqual([0, 1, 2]);
    expect(axisTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('when there is nothing to chart, the axis still runs from 0 to 1', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
  });

  it('when fractions are charted, the steps may be fractional', () => {
    expect(axisTicks(0.9, 4, false)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('when a value is scaled, it lands in proportion, held to the ends', () => {
    expect(scale(3, 6, 120)).toBe(60);
    expect(scale(9, 6, 120)).toBe(120);
    expect(scale(-1, 6, 120)).toBe(0);
  });

  it('when time is drawn in Arabic, it runs from the right (the earliest) to the left; in English from the left', () => {
    // Act
    const english = [0, 1, 2].map((index) => timeX(index, 3, 200, 'ltr'));
    const arabic = [0, 1, 2].map((index) => timeX(index, 3, 200, 'rtl'));
    // Assess
    expect(english).toEqual([0, 100, 200]);
    expect(arabic).toEqual([200, 100, 0]);
    expect(timeX(0, 1, 200, 'rtl')).toBe(100);
  });

  it('when a bar is drawn in Arabic, it grows from the right edge; in English from the left', () => {
    expect(barSpan(25, 100, 100, 'ltr')).toEqual({ x: 0, width: 25 });
    expect(barSpan(25, 100, 100, 'rtl')).toEqual({ x: 75, width: 25 });
  });

  it('when there are more points than room for labels, the first and the last are labelled and a few between', () => {
    expect(labelledIndexes(31, 4)).toEqual([0, 10, 20, 30]);
    expect(labelledIndexes(3, 6)).toEqual([0, 1, 2]);
  });

  it('when a line is drawn, its path moves to the first point and draws to the others', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5.555, y: 2 },
      ]),
    ).toBe('M0 10 L5.56 2');
  });
});
