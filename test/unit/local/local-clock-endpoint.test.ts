import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../functions/domain/shared/calendar-date.js';
import { type BareLocalServer, bareLocalServer } from '../../support/bare-local-server.js';

describe('the local clock endpoint', () => {
  let server: BareLocalServer;
  const moves: number[] = [];
  const start = Date.parse('2026-12-05T12:00:00Z');

  beforeAll(async () => {
    server = await bareLocalServer({
      advance: async (ms) => {
        moves.push(ms);
        return new Date(start + ms);
      },
    });
  });

  afterAll(() => server.close());

  const move = (body: unknown) =>
    fetch(`${server.base}/local/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('when asked to advance by hours, it moves time by that many hours and answers the new time', async () => {
    // Act
    const response = await move({ advanceHours: 11 });
    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ now: '2026-12-05T23:00:00.000Z' });
    expect(moves.at(-1)).toBe(11 * HOUR_MS);
  });

  it('when asked to advance by days, it moves time by whole days, as before', async () => {
    // Act
    const response = await move({ advanceDays: 2 });
    // Assess
    expect(response.status).toBe(200);
    expect(moves.at(-1)).toBe(2 * DAY_MS);
  });

  it.each([
    ['both days and hours', { advanceDays: 1, advanceHours: 1 }],
    ['hours back in time', { advanceHours: -1 }],
    ['more than a year of hours', { advanceHours: 366 * 24 + 1 }],
    ['hours as text', { advanceHours: '9' }],
    ['a hostile field', JSON.parse('{"__proto__": {"advanceHours": 1}}')],
    ['nothing', {}],
  ])('when the body has %s, it is refused with 400 and time stays', async (_case, body) => {
    // Prepare
    const before = moves.length;
    // Act
    const response = await move(body);
    // Assess
    expect(response.status).toBe(400);
    expect(moves.length).toBe(before);
  });
});
