import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { RESIDENT_TABLE_KEYS } from '../../contract/table-layouts.js';
import type { DueDocumentCounts, EmployeeDocumentCounts } from '../../domain/establishments/ports.js';
import type { CalendarDate } from '../../domain/shared/calendar-date.js';

/**
 * Establishments' employees' documents counted on the residents table's employer index, by Query
 * with `Select: 'COUNT'` only: DynamoDB returns the number, never a document.
 */
export class DynamoDbEmployeeDocumentCounts implements EmployeeDocumentCounts {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async dueCounts(establishmentId: string, today: CalendarDate, lastDay: CalendarDate): Promise<DueDocumentCounts> {
    const [expiring, expired] = await Promise.all([
      this.#count(establishmentId, 'BETWEEN :today AND :lastDay', { ':today': today, ':lastDay': lastDay }),
      this.#count(establishmentId, '< :today', { ':today': today }),
    ]);
    return { expiring: expiring.count, expired: expired.count, itemsRead: expiring.read + expired.read };
  }

  /** Counts one key range of the establishment's index partition, a megabyte page at a time. */
  async #count(establishmentId: string, range: string, values: Record<string, string>) {
    let count = 0;
    let read = 0;
    let start: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: RESIDENT_TABLE_KEYS.byEmployerIndex,
          KeyConditionExpression: `#employer = :employer AND #expiresOn ${range}`,
          ExpressionAttributeNames: {
            '#employer': RESIDENT_TABLE_KEYS.employer,
            '#expiresOn': RESIDENT_TABLE_KEYS.expiresOn,
          },
          ExpressionAttributeValues: { ':employer': establishmentId, ...values },
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      count += page.Count ?? 0;
      read += page.ScannedCount ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    return { count, read };
  }
}
