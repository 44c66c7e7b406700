import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDbStatsStore } from '../../functions/adapters/stats/dynamodb-stats-store.js';
import type { Category } from '../../functions/domain/inquiries/categories.js';
import { addDays } from '../../functions/domain/shared/calendar-date.js';
import { emptyDayCounts, type StatsChange } from '../../functions/domain/stats/day-counts.js';
import { freshTables } from '../support/local-tables.js';

/** 09:00 in Riyadh on 2026-11-25. */
const now = new Date('2026-11-25T06:00:00Z');

const freshStore = async () => {
  const { documentClient, names } = await freshTables(['stats']);
  return {
    documentClient,
    tableName: names.stats,
    store: new DynamoDbStatsStore(documentClient, names.stats, () => now),
  };
};

const decision: StatsChange = {
  reference: 'TW-AAAA-BBBB-CCCC',
  revision: 3,
  days: [
    {
      day: '2026-11-25',
      section: 'VISAS',
      category: 'VISA_EXTENSION',
      add: { accepted: 1 },
      workingDaysBucket: 3,
      hoursBucket: 7,
    },
  ],
  gauges: [{ section: 'VISAS', category: 'VISA_EXTENSION', open: -1, overdue: -1 }],
};
const rating: StatsChange = {
  reference: 'TW-AAAA-BBBB-CCCC',
  revision: 4,
  days: [
    {
      day: '2026-11-26',
      section: 'VISAS',
      category: 'VISA_EXTENSION',
      add: { ratingCount: 1, ratingSum: 4 },
      ratingScore: 4,
    },
  ],
  gauges: [],
};
const submission = (reference: string, day: string, category: Category = 'VISA_EXTENSION'): StatsChange => ({
  reference,
  revision: 0,
  days: [{ day, section: 'VISAS', category, add: { submitted: 1 } }],
  gauges: [{ section: 'VISAS', category, open: 1, overdue: 0 }],
});

describe('DynamoDB statistics store against DynamoDB Local', () => {
  it('when the same change is applied twice, it is counted once and the second is told apart', async () => {
    // Prepare
    const { store, documentClient, tableName } = await freshStore();
    // Act
    const outcomes = [await store.apply(decision), await store.apply(decision)];
    // Assess
    expect(outcomes).toEqual(['applied', 'alreadyApplied']);
    const [day] = await store.dailyStats('VISAS', '2026-11-25', '2026-11-25');
    expect(day?.counts.accepted).toBe(1);
    expect(day?.counts.workingDays[3]).toBe(1);
    expect(await store.openGauges('VISAS')).toEqual([
      { section: 'VISAS', category: 'VISA_EXTENSION', open: -1, overdue: -1 },
    ]);
    // The marker expires a week after it was written (the stream redelivers for a day at most).
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: { pk: 'APPLIED#TW-AAAA-BBBB-CCCC', sk: 'REV#3' } }),
    );
    expect(Item?.expiresAt).toBe(now.getTime() / 1000 + 7 * 24 * 60 * 60);
  });

  it('when the same change is applied many times at once, it is counted once', async () => {
    // Prepare
    const { store } = await freshStore();
    // Act
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => store.apply(decision)));
    // Assess
    expect(outcomes.filter((outcome) => outcome === 'applied')).toHaveLength(1);
    const [day] = await store.dailyStats('VISAS', '2026-11-25', '2026-11-25');
    expect(day?.counts.accepted).toBe(1);
  });

  it('when changes are applied in either order, the totals are the same', async () => {
    // Prepare
    const changes = [submission('TW-0000-0000-0001', '2026-11-25'), decision, rating];
    const [forwards, backwards] = [await freshStore(), await freshStore()];
    // Act
    for (const change of changes) await forwards.store.apply(change);
    for (const change of [...changes].reverse()) await backwards.store.apply(change);
    // Assess
    const read = async ({ store }: typeof forwards) => ({
      days: await store.dailyStats('VISAS', '2026-11-01', '2026-11-30'),
      gauges: await store.openGauges('VISAS'),
    });
    const totals = await read(forwards);
    expect(await read(backwards)).toEqual(totals);
    expect(totals.days).toEqual([
      {
        day: '2026-11-25',
        section: 'VISAS',
        category: 'VISA_EXTENSION',
        counts: {
          ...emptyDayCounts(),
          submitted: 1,
          accepted: 1,
          workingDays: emptyDayCounts().workingDays.map((_, index) => (index === 3 ? 1 : 0)),
          hours: emptyDayCounts().hours.map((_, index) => (index === 7 ? 1 : 0)),
        },
      },
      {
        day: '2026-11-26',
        section: 'VISAS',
        category: 'VISA_EXTENSION',
        counts: { ...emptyDayCounts(), ratingCount: 1, ratingSum: 4, ratingScores: [0, 0, 0, 1, 0] },
      },
    ]);
    expect(totals.gauges).toEqual([{ section: 'VISAS', category: 'VISA_EXTENSION', open: 0, overdue: -1 }]);
  });

  it('when 180 days are read, it returns exactly the day items of that section within them, each day and type once, in order', async () => {
    // Prepare: two request types every day for 200 days, and another section's day in the middle
    const { store } = await freshStore();
    const first = '2026-05-01';
    const changes = Array.from({ length: 200 }, (_, index) => [
      submission(`TW-0000-0001-${String(index).padStart(4, '0')}`, addDays(first, index)),
      submission(`TW-0000-0002-${String(index).padStart(4, '0')}`, addDays(first, index), 'EXIT_REENTRY_VISA'),
    ]).flat();
    changes.push({
      ...submission('TW-0000-0003-0000', addDays(first, 50)),
      days: [{ day: addDays(first, 50), section: 'GENERAL', category: 'GENERAL_INQUIRY', add: { submitted: 1 } }],
      gauges: [],
    });
    for (let start = 0; start < changes.length; start += 10)
      await Promise.all(changes.slice(start, start + 10).map((change) => store.apply(change)));
    // Act
    const from = addDays(first, 10);
    const to = addDays(from, 179);
    const days = await store.dailyStats('VISAS', from, to);
    // Assess
    expect(days).toHaveLength(360);
    expect(days[0]).toMatchObject({ day: from, category: 'EXIT_REENTRY_VISA' });
    expect(days.at(-1)).toMatchObject({ day: to, category: 'VISA_EXTENSION' });
    expect(new Set(days.map((day) => `${day.day}|${day.category}`)).size).toBe(360);
    expect(days.every((day) => day.section === 'VISAS' && day.counts.submitted === 1)).toBe(true);
    expect(await store.openGauges('VISAS')).toEqual([
      { section: 'VISAS', category: 'EXIT_REENTRY_VISA', open: 200, overdue: 0 },
      { section: 'VISAS', category: 'VISA_EXTENSION', open: 200, overdue: 0 },
    ]);
    expect(await store.dailyStats('GENERAL', from, to)).toHaveLength(1);
  });
});
