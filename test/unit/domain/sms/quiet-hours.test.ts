import { describe, expect, it } from 'vitest';
import { quietUntil } from '../../../../functions/domain/sms/quiet-hours.js';

describe('quiet hours', () => {
  it.each([
    ['08:00 in Riyadh', '2026-12-05T08:00:00+03:00'],
    ['midday', '2026-12-05T12:30:00+03:00'],
    ['21:59:59.999', '2026-12-05T21:59:59.999+03:00'],
  ])('when a message falls due at %s, it goes at once', (_moment, at) => {
    // Act
    const held = quietUntil(new Date(at));
    // Assess
    expect(held).toBeUndefined();
  });

  it.each([
    ['22:00 in Riyadh', '2026-12-05T22:00:00+03:00', '2026-12-06T08:00:00+03:00'],
    ['23:30, the last evening of a month', '2027-01-31T23:30:00+03:00', '2027-02-01T08:00:00+03:00'],
    ['00:30, the first hour of 29 February', '2028-02-29T00:30:00+03:00', '2028-02-29T08:00:00+03:00'],
    ['07:59:59.999', '2026-12-05T07:59:59.999+03:00', '2026-12-05T08:00:00+03:00'],
    ['21:30 UTC, which is 00:30 the next day in Riyadh', '2026-12-31T21:30:00Z', '2027-01-01T08:00:00+03:00'],
  ])('when a message falls due at %s, it is held until 08:00 in Riyadh', (_moment, at, morning) => {
    // Act
    const held = quietUntil(new Date(at));
    // Assess
    expect(held?.toISOString()).toBe(new Date(morning).toISOString());
  });
});
