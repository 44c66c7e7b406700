import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { STATS_TABLE_KEYS } from '../../contract/table-layouts.js';
import type { ProcessingTimesPublisher, PublishedProcessingTimes } from '../../domain/stats/ports.js';
import type { ProcessingTimes } from '../../domain/stats/processing-times.js';

const { partitionKey: PK, sortKey: SK } = STATS_TABLE_KEYS;

/** The snapshot's one item, in a partition of its own beside the sections' day items. */
export const SNAPSHOT_KEY = { [PK]: 'PUBLISHED', [SK]: 'PROCESSING_TIMES' };

/**
 * The published processing times as one item of the statistics table: each refresh replaces it
 * whole, and every reader gets it with one GetItem (eventually consistent: a reader a moment behind
 * a refresh gets yesterday's figures, which are as true).
 */
export class DynamoDbProcessingTimes implements PublishedProcessingTimes, ProcessingTimesPublisher {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async latest(): Promise<ProcessingTimes | undefined> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: SNAPSHOT_KEY }));
    if (!Item) return undefined;
    const { computedAt, window, requestTypes } = Item as Record<string, unknown> & ProcessingTimes;
    return { computedAt, window, requestTypes };
  }

  async publish(times: ProcessingTimes): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...SNAPSHOT_KEY, computedAt: times.computedAt, window: times.window, requestTypes: times.requestTypes },
      }),
    );
  }
}
