import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { STATS_TABLE_KEYS } from '../../contract/table-layouts.js';
import type { Section } from '../../domain/inquiries/categories.js';
import type { CalendarDate } from '../../domain/shared/calendar-date.js';
import type { Clock } from '../../domain/shared/clock.js';
import type { DailyStats, OpenGauge, StatsChange } from '../../domain/stats/day-counts.js';
import type { StatsReader, StatsStore } from '../../domain/stats/ports.js';
import { conditionFailedAt, transactWrite } from '../shared/dynamodb-transactions.js';
import {
  appliedMarkerKey,
  dailyStatsOf,
  dayItemAdditions,
  dayItemKey,
  dayRange,
  GAUGE_ATTRIBUTES,
  GAUGE_PREFIX,
  gaugeItemKey,
  openGaugeOf,
  sectionPartition,
} from './stats-items.js';

/**
 * A change's marker outlives every redelivery of it: the stream keeps records 24 hours, and
 * Lambda retries within that.
 */
const MARKER_RETENTION_SECONDS = 7 * 24 * 60 * 60;

const { partitionKey: PK, sortKey: SK, timeToLive: TTL } = STATS_TABLE_KEYS;

/** One Update adding to the counters of one item; names are aliased, since some (`open`) are reserved words. */
const addTo = (tableName: string, key: Record<string, string>, additions: Record<string, number>) => {
  const entries = Object.entries(additions);
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `ADD ${entries.map((_, index) => `#a${index} :a${index}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(entries.map(([name], index) => [`#a${index}`, name])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(([, value], index) => [`:a${index}`, value])),
    },
  };
};

/**
 * The statistics in their own table. Each change is added in one transaction with a marker named
 * by its reference and revision, which exists only if the change was counted: a change delivered
 * again fails the marker's condition and adds nothing. Since each change's counts are additions,
 * changes may be applied in any order.
 */
export class DynamoDbStatsStore implements StatsStore, StatsReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async apply(change: StatsChange): Promise<'applied' | 'alreadyApplied'> {
    const marker = {
      Put: {
        TableName: this.tableName,
        Item: {
          ...appliedMarkerKey(change.reference, change.revision),
          [TTL]: Math.floor(this.clock().getTime() / 1000) + MARKER_RETENTION_SECONDS,
        },
        ConditionExpression: `attribute_not_exists(${PK})`,
      },
    };
    const days = change.days.map((delta) =>
      addTo(this.tableName, dayItemKey(delta.section, delta.day, delta.category), dayItemAdditions(delta)),
    );
    const gauges = change.gauges.map(({ section, category, open, overdue }) =>
      addTo(
        this.tableName,
        gaugeItemKey(section, category),
        Object.fromEntries(
          [
            [GAUGE_ATTRIBUTES.open, open],
            [GAUGE_ATTRIBUTES.overdue, overdue],
          ].filter(([, value]) => value !== 0),
        ),
      ),
    );
    try {
      await transactWrite(this.client, [marker, ...days, ...gauges]);
      return 'applied';
    } catch (error) {
      if (error instanceof TransactionCanceledException && conditionFailedAt(error, 0)) return 'alreadyApplied';
      throw error;
    }
  }

  async dailyStats(section: Section, from: CalendarDate, to: CalendarDate): Promise<DailyStats[]> {
    const { first, last } = dayRange(from, to);
    const items = await this.#queryAll({
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :first AND :last',
      ExpressionAttributeValues: { ':pk': sectionPartition(section), ':first': first, ':last': last },
    });
    return items.map((item) => dailyStatsOf(section, item));
  }

  async openGauges(section: Section): Promise<OpenGauge[]> {
    const items = await this.#queryAll({
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :gauges)',
      ExpressionAttributeValues: { ':pk': sectionPartition(section), ':gauges': GAUGE_PREFIX },
    });
    return items.map((item) => openGaugeOf(section, item));
  }

  /** Every page of a key range of one section's partition. */
  async #queryAll(
    query: Pick<QueryCommandInput, 'KeyConditionExpression' | 'ExpressionAttributeValues'>,
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          ...query,
          ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
